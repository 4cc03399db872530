package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** First names and the pronouns that may stand for their bearers. */
@Tag("unit")
class NameGendersTest {
  private final NameGenders genders = NameGenders.get();

  @Test
  void aNameOfOneSexRulesOutThePronounOfTheOther() {
    assertTrue(genders.fits("Hillary Roe", "FEMALE"));
    assertFalse(genders.fits("Hillary Roe", "MALE"));
    assertTrue(genders.fits("Paul Doe", "MALE"));
    assertFalse(genders.fits("Paul Doe", "FEMALE"));
  }

  @Test
  void aNameTheListGivesToBothSexesFitsEither() {
    // the list has "terry" and "jamie" as both; the last line listed used to decide alone
    assertTrue(genders.fits("Terry Roe", "FEMALE"));
    assertTrue(genders.fits("Terry Roe", "MALE"));
    assertTrue(genders.fits("Jamie Doe", "FEMALE"));
    assertTrue(genders.fits("Jamie Doe", "MALE"));
  }

  @Test
  void anUnknownFirstNameAndNoPronounFitAnything() {
    assertTrue(genders.fits("Zorbulon Roe", "FEMALE"));
    assertTrue(genders.fits("Zorbulon Roe", "MALE"));
    assertTrue(genders.fits("Paul Doe", null));
  }

  @Test
  void theProjectsListCorrectsNamesOtherLanguagesGiveAnotherSex() {
    // CoreNLP's list has "yuri" as female only (Japanese); the Russian name is a man's
    assertTrue(genders.fits("Yuri Roe", "MALE"));
    // Italian "Andrea" is mostly a man's name; the English list gives it to women only
    assertTrue(genders.fits("Andrea Doe", "MALE"));
    assertTrue(genders.fits("Andrea Doe", "FEMALE"));
  }
}
