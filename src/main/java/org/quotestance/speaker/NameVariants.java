package org.quotestance.speaker;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether two names can denote the same person: equal after folding accents,
 * transliteration and spelling variants (Sergei/Sergey, Defence/Defense) and case, or one is the other with names dropped
 * (Erdogan, Recep Erdogan, Recep Tayyip Erdogan) as long as the surnames agree.
 */
public final class NameVariants {
  private NameVariants() {}

  public static boolean compatible(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (!x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return false;
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = x.size() <= y.size() ? y : x;
    return longer.containsAll(shorter);
  }

  /** Folded tokens of a name: lower case, no accents or punctuation, spelling variants unified. */
  public static List<String> tokens(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    plain = plain.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^a-z0-9 ]", " ");
    return Arrays.stream(plain.trim().split("\\s+")).filter(t -> !t.isEmpty()).map(NameVariants::fold).toList();
  }

  private static String fold(String token) {
    // British and American spellings are one name: "Defence Ministry" = "Defense Ministry"
    String t = token.replaceAll("ence$", "ense").replaceAll("our$", "or").replace("kh", "h").replace("y", "i").replace("ou", "u").replace("w", "v");
    t = t.replaceAll("(.)\\1+", "$1");
    return t.replaceAll("(ei|ii|ie)$", "i");
  }
}
