package org.quotestance.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names merged across articles, on rows written for the test. */
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
}
