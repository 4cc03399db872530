package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.NlpAnnotator;
import org.quotestance.nlp.ParsedText;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.quote.ReportingLexicon;

/** How speakers are named and found; texts written for the test, expectations worked out by hand. */
@Tag("integration")
class SpeakerMentionsTest {
  @Test
  void aSignatureAfterTheQuoteNamesItsSpeaker() {
    List<Speaker> s = SpeakerTexts.speakers("“The rent doubled in a year.” ― Marta Ruiz\n“Nobody asked us before the vote.” ― Ivo Petrov.");
    assertEquals(List.of("Marta Ruiz", "Ivo Petrov"), s.stream().map(Speaker::name).toList());
  }

  @Test
  void signatureNeedsADashAndANameAtTheEndOfTheLine() {
    assertEquals("Ana Brill", DashSignature.after("” — Ana Brill\nNext line", 0));
    assertNull(DashSignature.after("” — and then the crowd left.", 0));
    assertNull(DashSignature.after("”, Ana Brill said.", 0));
  }

  @Test
  void theSecondPartOfASplitQuoteKeepsTheMentionThatIntroducedIt() {
    List<Speaker> s = SpeakerTexts.speakers("Port director Paul Varga spoke on Monday.\n\n"
        + "\"The harbour will reopen,\" he said. \"The cranes are already back.\"");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Paul Varga", s.get(1).name());
    assertEquals("he", s.get(1).mention());
  }

  @Test
  void anInstitutionNamedAfterAPersonIsTheInstitution() {
    List<Speaker> s = SpeakerTexts.speakers("The Varga administration said the harbour would reopen in May.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Varga administration", s.get(0).name());
  }

  @Test
  void aParenthesisAfterTheNameIsNotTheSpeaker() {
    List<Speaker> s = SpeakerTexts.speakers("\"The bill is dead,\" Rep. Dana Quill (D-Md.) said after the vote.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Dana Quill", s.get(0).name());
  }

  @Test
  void coordinatedSpeakersAreNamedTogether() {
    List<Speaker> s = SpeakerTexts.speakers("Mr. Brill and Mr. Quill say the program needs other changes.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Mr. Brill and Mr. Quill", s.get(0).mention());
  }

  @Test
  void anUnnamedGroupKeepsItsModifierInTheMention() {
    List<Speaker> s = SpeakerTexts.speakers("Experts on nuclear policy said the test could change the race.");
    assertEquals(1, s.size(), s::toString);
    assertEquals(Speaker.UNKNOWN, s.get(0).name());
    assertEquals("Experts on nuclear policy", s.get(0).mention());
  }

  @Test
  void aVerbInATitleCaseHeadlineSplitsTwoNames() {
    ParsedText parsed = NlpAnnotator.annotate("Governor Ana Brill Calls Dana Quill A Disgrace.");
    PersonIndex persons = new PersonIndex(parsed, ReportingLexicon.load().descriptionHeads());
    assertEquals("Dana Quill", persons.canonical("Quill"));
  }

  @Test
  void aNameModifyingACommonNounIsNotTheSpeaker() {
    List<Speaker> s = SpeakerTexts.speakers("Dana Quill won the vote. Quill supporters said the count had been fair.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Quill supporters", s.get(0).name()); // the supporters, described, not Dana Quill
    assertEquals("Quill supporters", s.get(0).mention());
  }

  @Test
  void anInstitutionKeepsTheCapitalisedRestOfItsName() {
    List<Speaker> s = SpeakerTexts.speakers("The Committee for a Balanced Harbour Budget reported that the plan would cost $2 billion.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Committee for a Balanced Harbour Budget", s.get(0).name());
  }

  @Test
  void anOrganisationInTheTitleIsTheAffiliation() {
    List<Speaker> s = SpeakerTexts.speakers("NATO Secretary General Jens Stoltenberg said the alliance would send more ships.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Jens Stoltenberg", s.get(0).name());
    assertEquals("NATO", s.get(0).affiliation());
  }

  @Test
  void aSpeakerAfterTheVerbThatEndsTheSentenceIsTheSpeaker() {
    List<Speaker> s = SpeakerTexts.speakers("\"The harbour is safe again,\" said port director Paul Varga.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Paul Varga", s.get(0).name());
  }

  @Test
  void anUnnamedSourceKeepsItsParticipleAndItsWholeName() {
    List<Speaker> s = SpeakerTexts.speakers("The rate fell to four percent, according to a Harbour Times/City News poll released last week.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("a Harbour Times/City News poll released last week", s.get(0).mention());
  }

  @Test
  void aNameNerTookForAPlaceIsAPersonWhenAnAppositionGivesItARole() {
    List<Speaker> s = SpeakerTexts.speakers("Port news\n\n"
        + "Gulbahar Tarhan, a district secretary of the Labour Party in Bergen, says the party wrote to the harbour board twice "
        + "about the fees.\n\n\"Nobody wrote back,\" she said.");
    assertEquals("Gulbahar Tarhan", s.get(0).name(), s::toString);
    assertEquals("Gulbahar Tarhan", s.get(1).name(), s::toString);
    // a place with no role in apposition stays a place
    List<Speaker> place = SpeakerTexts.speakers("Port news\n\nSouth Harbour, a fishing town near Bergen, says it will close the pier.");
    assertNotEquals("South Harbour", place.get(0).name(), place::toString);
  }

  @Test
  void aHeadlineNameThatNerMissedIsThePersonWithThatSurname() {
    // CoreNLP tags neither "Okafor" nor "Butts" as a person in this title-case line
    String title = "Okafor Butts Heads With Mayor, Asking 'Are You Ready to Quit?'";
    String text = title + "\n\nFinance Minister Lena Okafor met the mayor on Monday.";
    ParsedText parsed = NlpAnnotator.annotate(text);
    List<QuoteSpan> quotes = SpeakerTexts.EXTRACTOR.extract(parsed, title.length());
    List<Speaker> s = SpeakerTexts.RESOLVER.resolve(parsed, quotes);
    assertEquals("Are You Ready to Quit?", text.substring(quotes.get(0).start(), quotes.get(0).end()));
    assertEquals("Lena Okafor", s.get(0).name());
  }

  @Test
  void aRelativePronounSpeaksForItsAntecedent() {
    List<Speaker> s = SpeakerTexts.speakers("The plan was drafted by Lena Okafor, who said it would cut the deficit by half.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Lena Okafor", s.get(0).name());
    assertEquals("who", s.get(0).mention());
  }

  @Test
  void aTimeIsNotPartOfTheSpeakersMention() {
    List<Speaker> s = SpeakerTexts.speakers("Federal prosecutors in April charged two developers with fraud.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Federal prosecutors", s.get(0).mention());
  }

  @Test
  void sheIsNotTheManWhoSpokeBefore() {
    List<Speaker> s = SpeakerTexts.speakers("Mary Quill met John Varga at the port.\n\n"
        + "\"The fees will double,\" Varga said.\n\n\"That would ruin us,\" she said.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("John Varga", s.get(0).name());
    assertEquals("Mary Quill", s.get(1).name());
  }

  @Test
  void aSentenceEndingInAColonIntroducesTheQuoteAfterIt() {
    List<Speaker> s = SpeakerTexts.speakers("On Monday, Dana Quill made the following remark:\n\n\u201cThe port will not close this year.\u201d");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Dana Quill", s.get(0).name());
  }

  @Test
  void aPlaceAfterTheVerbIsNotTheSpeaker() {
    List<Speaker> s = SpeakerTexts.speakers("\"The count was fair,\" Dana Quill, a writer for The Harbour Times, said on Twitter.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Dana Quill", s.get(0).name());
  }
}
