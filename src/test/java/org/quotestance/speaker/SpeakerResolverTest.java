package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaker linking on short texts written for the test, with the shared CoreNLP pipeline. */
class SpeakerResolverTest {
  @Test
  void fullNameAndNationalityFromTheTitle() {
    List<Speaker> s = SpeakerTexts.speakers("Norwegian Fisheries Minister Ingrid Solberg Dahl said the quota would be cut. "
        + "\"We have no choice,\" Dahl told reporters.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Ingrid Solberg Dahl", s.get(0).name());
    assertEquals("Norway", s.get(0).affiliation());
    assertEquals("Ingrid Solberg Dahl", s.get(1).name());
    assertEquals("Dahl", s.get(1).mention());
  }

  @Test
  void pronounContinuesThePreviousSpeaker() {
    List<Speaker> s = SpeakerTexts.speakers("Chilean President Marco Ruiz said the mine would stay open.\n\n"
        + "\"The workers deserve certainty,\" he told a press conference.");
    assertEquals("Marco Ruiz", s.get(1).name());
    assertEquals("he", s.get(1).mention());
  }

  @Test
  void capitalStandsForItsCountry() {
    List<Speaker> s = SpeakerTexts.speakers("Berlin said the sanctions would remain in force until the summer.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Germany", s.get(0).name());
    assertEquals("Germany", s.get(0).affiliation());
  }

  @Test
  void institutionWithPossessiveCountryBecomesAdjective() {
    List<Speaker> s = SpeakerTexts.speakers("Japan's Health Ministry said the vaccine supply was sufficient for the winter.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Japanese Health Ministry", s.get(0).name());
    assertEquals("Japan", s.get(0).affiliation());
  }

  @Test
  void descriptionResolvesToThePersonWithThoseTitles() {
    List<Speaker> s = SpeakerTexts.speakers("Kenyan Foreign Minister Amina Odhiambo met her Ugandan counterpart on Monday.\n\n"
        + "The talks covered the border, the Kenyan minister said after the meeting.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Amina Odhiambo", s.get(0).name());
    assertEquals("Kenya", s.get(0).affiliation());
  }

  @Test
  void quoteWithoutCueAndNoSpeakerAroundIsUnknown() {
    List<Speaker> s = SpeakerTexts.speakers("The river rose overnight.\n\n\"Nobody expected the water to come this fast.\"");
    assertEquals(1, s.size(), s::toString);
    assertEquals(Speaker.UNKNOWN, s.get(0).name());
  }
}
