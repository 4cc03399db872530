package org.quotestance.speaker;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which first names are given to men and which to women, from CoreNLP's name-gender list, so that
 * "she said" is not linked to a man who spoke before. A name the list does not know fits either.
 */
final class NameGenders {
  private static final String LIST = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static volatile NameGenders instance;
  private final Map<String, String> genderByName = new HashMap<>();

  static NameGenders get() {
    if (instance == null) {
      synchronized (NameGenders.class) {
        if (instance == null) {
          instance = new NameGenders();
        }
      }
    }
    return instance;
  }

  private NameGenders() {
    TsvResource.read(LIST, fields -> {
      if (fields.length == 2) {
        // a name the list gives to both sexes ("Terry", "Jamie") says nothing: it fits either
        genderByName.merge(fields[0].strip().toLowerCase(Locale.ROOT), fields[1].strip(),
            (was, now) -> was.equals(now) ? was : EITHER);
      }
    });
  }

  private static final String EITHER = "EITHER";

  /** "MALE" for he, "FEMALE" for she, null for other words. */
  static String ofPronoun(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his" -> "MALE";
      case "she", "her", "hers" -> "FEMALE";
      default -> null;
    };
  }

  /** False only when the name's first word is a first name of the other gender. */
  boolean fits(String name, String gender) {
    if (gender == null) {
      return true;
    }
    String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    String corrected = Affiliations.get().sexOfFirstName(first);
    String known = corrected != null ? corrected : genderByName.get(first);
    return known == null || known.equals(EITHER) || known.equals(gender);
  }
}
