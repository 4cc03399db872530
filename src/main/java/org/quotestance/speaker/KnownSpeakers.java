package org.quotestance.speaker;

import java.io.Serializable;
import java.util.List;

/**
 * Optional per-claim knowledge about speakers, from the claim file: affiliations the texts may not
 * state, and aliases that name-variant rules cannot know (a nickname, a maiden name).
 */
public record KnownSpeakers(List<Entry> entries) implements Serializable {

  public record Entry(String name, String affiliation, List<String> aliases) implements Serializable {}

  public static KnownSpeakers none() {
    return new KnownSpeakers(List.of());
  }

  public String affiliationOf(String name) {
    for (Entry e : entries) {
      if (matches(e, name) && e.affiliation() != null) {
        return e.affiliation();
      }
    }
    return "";
  }

  /** The listed name for an alias or variant, else the name itself. */
  public String canonical(String name) {
    for (Entry e : entries) {
      if (matches(e, name)) {
        return e.name();
      }
    }
    return name;
  }

  private static boolean matches(Entry e, String name) {
    if (NameVariants.tokens(e.name()).equals(NameVariants.tokens(name))) {
      return true;
    }
    return e.aliases() != null && e.aliases().stream()
        .anyMatch(a -> NameVariants.tokens(a).equals(NameVariants.tokens(name)));
  }
}
