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
    if (shortFormOf(name, e.name())) {
      return true;
    }
    return e.aliases() != null && e.aliases().stream().anyMatch(a -> shortFormOf(name, a));
  }

  /**
   * The listed name itself, or a shorter form of it with the same surname ("Nowak", "Jan
   * Nowak" for "Jan Piotr Nowak"), accents and spellings folded; never a longer or other
   * name ("Anna Nowak" is another person).
   */
  private static boolean shortFormOf(String name, String listed) {
    List<String> shorter = NameVariants.tokens(name);
    List<String> full = NameVariants.tokens(listed);
    return !shorter.isEmpty() && shorter.size() <= full.size()
        && shorter.get(shorter.size() - 1).equals(full.get(full.size() - 1)) && full.containsAll(shorter);
  }
}
