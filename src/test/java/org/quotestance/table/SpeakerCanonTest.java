package org.quotestance.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Names merged across articles, on rows written for the test. */
@Tag("unit")
class SpeakerCanonTest {
  private static QuoteRow row(String speaker, String affiliation) {
    return new QuoteRow("1", "Outlet", "1#1", "direct", 0, 5, "words", speaker, speaker, affiliation, "said", "unrelated", 0.5, "");
  }

  private static List<QuoteRow> rows(String speaker, String affiliation, int times) {
    List<QuoteRow> out = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      out.add(row(speaker, affiliation));
    }
    return out;
  }

  @Test
  void militaryTitleIsNotPartOfTheName() {
    List<QuoteRow> all = new ArrayList<>(rows("Lt-Gen Piotr Zaleski", "Poland", 2));
    all.addAll(rows("Piotr Zaleski", "", 1));
    SpeakerCanon canon = new SpeakerCanon(all);
    assertEquals("Piotr Zaleski", canon.apply(row("Lt-Gen Piotr Zaleski", "Poland")).speaker());
    assertEquals("Piotr Zaleski", canon.apply(row("Piotr Zaleski", "")).speaker());
    assertEquals("Poland", canon.apply(row("Piotr Zaleski", "")).affiliation());
  }

  @Test
  void surnameGoesToThePersonQuotedFarMoreOften() {
    List<QuoteRow> all = new ArrayList<>(rows("Tomas Halvorsen", "Norway", 6));
    all.addAll(rows("Ingrid Halvorsen", "", 1));
    all.addAll(rows("Halvorsen", "", 10));
    SpeakerCanon canon = new SpeakerCanon(all);
    assertEquals("Tomas Halvorsen", canon.apply(row("Halvorsen", "")).speaker());
    assertEquals("Ingrid Halvorsen", canon.apply(row("Ingrid Halvorsen", "")).speaker());
  }

  @Test
  void surnameOfTwoPeopleQuotedAlikeStaysApart() {
    List<QuoteRow> all = new ArrayList<>(rows("Tomas Halvorsen", "", 3));
    all.addAll(rows("Ingrid Halvorsen", "", 2));
    all.addAll(rows("Halvorsen", "", 4));
    assertEquals("Halvorsen", new SpeakerCanon(all).apply(row("Halvorsen", "")).speaker());
  }

  @Test
  void britishAndAmericanSpellingsAreOneInstitution() {
    List<QuoteRow> all = new ArrayList<>(rows("Polish Defense Ministry", "Poland", 3));
    all.addAll(rows("Polish defence ministry", "Poland", 1));
    assertEquals("Polish Defense Ministry", new SpeakerCanon(all).apply(row("Polish defence ministry", "Poland")).speaker());
  }

  /**
   * Comparing a name only with the heads that share its last word gives what comparing it with
   * every head gave: random names from a few first names, surnames, titles and spellings, so that
   * many are compatible, checked against the all-pairs rule written out here.
   */
  @Test
  void blockingByLastWordGivesTheSameNamesAsComparingEveryPair() {
    String[] first = {"Recep", "Recep Tayyip", "Tayyip", "Sergei", "Sergey", "Ingrid", "Tomas", "", "Barack", "Michelle"};
    String[] last = {"Erdogan", "Erdoğan", "Lavrov", "Halvorsen", "Obama", "Defence Ministry", "Defense Ministry"};
    String[] title = {"", "", "Mr. ", "Dr. ", "Lt-Gen ", "President "};
    java.util.Random random = new java.util.Random(15);
    for (int round = 0; round < 30; round++) {
      List<QuoteRow> all = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String name = (title[random.nextInt(title.length)] + first[random.nextInt(first.length)] + " "
            + last[random.nextInt(last.length)]).trim();
        all.addAll(rows(random.nextInt(20) == 0 ? "..." : name, random.nextBoolean() ? "" : "Aff" + random.nextInt(3),
            1 + random.nextInt(4)));
      }
      SpeakerCanon canon = new SpeakerCanon(all);
      java.util.Map<String, String> expected = allPairs(all);
      for (QuoteRow r : all) {
        assertEquals(expected.get(r.speaker()), canon.apply(r).speaker(), "round " + round + ": " + r.speaker());
      }
    }
  }

  /** The canonical names by the rule before blocking: every name against every head. */
  private static java.util.Map<String, String> allPairs(List<QuoteRow> rows) {
    java.util.Map<String, Integer> frequency = new java.util.TreeMap<>();
    rows.forEach(r -> frequency.merge(r.speaker(), 1, Integer::sum));
    java.util.Map<String, String> untitled = new java.util.HashMap<>();
    for (String n : frequency.keySet()) {
      String stripped = org.quotestance.speaker.Affiliations.get().withoutTitles(n);
      untitled.put(n, stripped.matches("\\p{Lu}[\\p{L}.'’-]*( \\p{Lu}[\\p{L}.'’-]*)*") ? stripped : n);
    }
    List<String> names = new ArrayList<>(frequency.keySet());
    names.sort(java.util.Comparator.<String>comparingInt(n -> -org.quotestance.speaker.NameVariants.tokens(n).size())
        .thenComparing(n -> -frequency.get(n)).thenComparing(java.util.Comparator.naturalOrder()));
    java.util.Map<String, String> canonical = new java.util.HashMap<>();
    List<String> heads = new ArrayList<>();
    for (String name : names) {
      List<String> fits = heads.stream()
          .filter(h -> org.quotestance.speaker.NameVariants.compatible(untitled.get(h), untitled.get(name))).toList();
      String dominant = null;
      if (fits.size() == 1) {
        dominant = fits.get(0);
      } else if (fits.size() > 1) {
        List<String> byFrequency = fits.stream().sorted(java.util.Comparator.comparingInt(n -> -frequency.get(n))).toList();
        if (frequency.get(byFrequency.get(0)) >= 3 * frequency.get(byFrequency.get(1))) {
          dominant = byFrequency.get(0);
        }
      }
      if (dominant != null) {
        canonical.put(name, canonical.get(dominant));
      } else {
        heads.add(name);
        canonical.put(name, untitled.get(name));
      }
    }
    return canonical;
  }

  @Test
  void manyDistinctNamesTakeLinearTime() {
    List<QuoteRow> all = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      all.add(row("Person" + Integer.toString(i, 26).replaceAll("[0-9]", "x") + " Surname" + i, ""));
    }
    long started = System.nanoTime();
    SpeakerCanon canon = new SpeakerCanon(all);
    double seconds = (System.nanoTime() - started) / 1e9;
    assertEquals("Personx Surname0", canon.apply(all.get(0)).speaker());
    // all pairs: 800 million compatibility checks, many minutes; by last word, a few seconds at most
    org.junit.jupiter.api.Assertions.assertTrue(seconds < 30, seconds + " s for 40,000 names");
  }
}
