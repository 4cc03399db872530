package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reporting frames and continuations, on sentences written for the test. */
@Tag("integration")
class SpeakerFramesTest {
  @Test
  void outletQuotedPersonAsSaying() {
    List<Speaker> s = SpeakerTexts.speakers("The Daily Courier quoted Finance Minister Olga Petrova as saying that the budget would be balanced.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Olga Petrova", s.get(0).name());
  }

  @Test
  void titledNameWritesInALetter() {
    List<Speaker> s = SpeakerTexts.speakers("In a letter to the Security Council, Ambassador Marcus Odinga wrote that the ceasefire had collapsed.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Marcus Odinga", s.get(0).name());
  }

  @Test
  void secretaryGeneralDeclaresAfterAMeetingOfACouncil() {
    List<Speaker> s = SpeakerTexts.speakers("After a meeting of the Arctic Council, Secretary-General Hanna Lindqvist declared: \"The ice will not wait.\"");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Hanna Lindqvist", s.get(0).name());
  }

  @Test
  void nationalityAndRoleAfterANamedGeneral() {
    List<Speaker> s = SpeakerTexts.speakers("Lt-Gen Pavel Orlov briefed reporters in Moscow on Monday.\n\n"
        + "The convoys used three routes, the Russian general said.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Pavel Orlov", s.get(0).name());
  }

  @Test
  void invertedSaidWithASurname() {
    List<Speaker> s = SpeakerTexts.speakers("Ukrainian President Ivan Kovalenko arrived in Brussels on Monday.\n\n"
        + "\"We will not retreat,\" said Kovalenko.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Ivan Kovalenko", s.get(0).name());
    assertEquals("Ukraine", s.get(0).affiliation());
  }

  @Test
  void heContinuesThePersonNotTheInstitutionNamedSince() {
    List<Speaker> s = SpeakerTexts.speakers("The Defence Ministry said the convoys had been tracked for weeks.\n\n"
        + "More details were given by the head of its operations directorate, Pavel Orlov.\n\n"
        + "\"The trucks cross at night,\" he said.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Pavel Orlov", s.get(1).name());
  }

  @Test
  void aPlaceInAnOpeningClauseDoesNotSpeakForThePersonBeforeTheCue() {
    List<Speaker> s = SpeakerTexts.speakers("Asked why Portugal does not close its ports to the trawlers, Rui Tavares said that Portugal was patrolling the coast.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Rui Tavares", s.get(0).name());
  }

  @Test
  void aLowerCaseParticleIsPartOfTheName() {
    List<Speaker> s = SpeakerTexts.speakers("According to Iraqi lawmaker Hamid al-Jubouri, the smugglers earn millions a month.\n\n"
        + "\"They sell at half price,\" Jubouri said.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Hamid al-Jubouri", s.get(0).name());
    assertEquals("Iraq", s.get(0).affiliation());
    assertEquals("Hamid al-Jubouri", s.get(1).name());
  }

  @Test
  void anOrganisationsShortNameIsExpandedAndSpeaksForItself() {
    List<Speaker> s = SpeakerTexts.speakers("The EU said the fishing quotas would be reviewed in June.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("European Union", s.get(0).name());
    assertEquals("European Union", s.get(0).affiliation());
  }

  @Test
  void aNationalityAdjectiveOnAReportNounIsItsHolder() {
    // the allegation is the nation's, not the subject's who answers it
    List<Speaker> s = SpeakerTexts.speakers("The mayor's brother, Emil Varga, spoke on Tuesday in response to Moldovan allegations that he runs a smuggling ring.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Moldova", s.get(0).name());
  }

  @Test
  void aNationalBodyHasOneNameHoweverTheTextSpellsIt() {
    List<Speaker> s = SpeakerTexts.speakers("The Norwegian defence ministry said the drills would go ahead.\n\n"
        + "The Norwegian MoD said the ships had left port.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Norwegian Defense Ministry", s.get(0).name());
    assertEquals("Norwegian Defense Ministry", s.get(1).name());
    assertEquals("Norway", s.get(1).affiliation());
  }

  @Test
  void asSomeonePutItMakesThemTheSourceOfTheClause() {
    List<Speaker> s = SpeakerTexts.speakers("Or as Ivan Petrov bluntly put it, the ministers would deny it \"even if they were caught red-handed\".");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Ivan Petrov", s.get(0).name());
  }

  @Test
  void aLongClaimThatTheParserMakesASubjectStillNamesItsSpeaker() {
    List<Speaker> s = SpeakerTexts.speakers("Ivanov claimed that many leaders he had spoken to at the climate change conference agreed that "
        + "it was unnecessary for Norway to have closed the port, and said that the alliance was weakened by Norwegian action.");
    assertTrue(!s.isEmpty(), s::toString);
    assertTrue(s.stream().allMatch(x -> x.name().equals("Ivanov")), s::toString);
  }

  @Test
  void aBodyWithoutItsCountrySpeaksForTheOneCountryItsSentenceNames() {
    List<Speaker> s = SpeakerTexts.speakers("\"Denmark hopes the talks will resume soon,\" Foreign Ministry spokesperson Lise Holm said on Thursday.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Lise Holm", s.get(0).name());
    assertEquals("Denmark", s.get(0).affiliation());
  }

  @Test
  void aBodyWithoutItsCountryInASentenceNamingTwoStaysTheBody() {
    List<Speaker> s = SpeakerTexts.speakers("\"Denmark and Sweden hope the talks will resume soon,\" Foreign Ministry spokesperson Lise Holm said on Thursday.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Foreign Ministry", s.get(0).affiliation());
  }

  @Test
  void aPlaceAfterAnInvertedSpeakersNameIsNotTheSpeaker() {
    List<Speaker> s = SpeakerTexts.speakers("\"The vote was rushed through,\" said Rep. Jane Roe of Utah, the panel's ranking member.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Jane Roe", s.get(0).name());
    List<Speaker> title = SpeakerTexts.speakers("\"The vote was rushed through,\" said Secretary of State Jane Roe.");
    assertEquals("Jane Roe", title.get(0).name(), title::toString);
  }
  @Test
  void aParticipleHungOnAWhereClauseIsNotThatClausesSubjects() {
    List<Speaker> s = SpeakerTexts.speakers("Small groups of marchers kept circling the arena, where the city's Hawks "
        + "played the Comets, while chanting, \"No justice, no peace.\"");
    assertEquals(1, s.size(), s::toString);
    assertTrue(!s.get(0).name().contains("Hawks") && !s.get(0).mention().contains("Hawks"), s::toString);
  }
  @Test
  void aPrepositionBeforeTheSourceIsNoPartOfItsName() {
    List<Speaker> s = SpeakerTexts.speakers("The fund has lost half its value, according to the Nordic Pension Institute.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Nordic Pension Institute", s.get(0).name(), s::toString);
    List<Speaker> officials = SpeakerTexts.speakers("The convoys crossed twice a week, according to Danish officials.");
    assertEquals(1, officials.size(), officials::toString);
    assertTrue(!officials.get(0).name().startsWith("according"), officials::toString);
  }
  @Test
  void anInstitutionsNameIsTheRunOfWordsBeforeItsHeadNotAPhraseTheParserHangsUnderIt() {
    // the parser hangs "and the first two months of 2019" under "Times"
    List<Speaker> s = SpeakerTexts.speakers("The former governor earned more than $9 million delivering 40 lectures in 2018"
        + " and the first two months of 2019, according to The Baltic Times.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Baltic Times", s.get(0).name(), s::toString);
    // a possessive apostrophe and a conjunction between capitalised words stay in the name
    List<Speaker> council = SpeakerTexts.speakers("The Dutch Growers’ Council, for its part, warned that the new tariffs"
        + " could cost farmers $2 billion next year.");
    assertEquals(1, council.size(), council::toString);
    assertEquals("Dutch Growers Council", council.get(0).name(), council::toString);
  }
  @Test
  void aHeadlineQuoteIsTheSpeakersWhoseBodyQuoteHoldsItsWords() {
    List<Speaker> s = SpeakerTexts.speakers("Ferry trade in 'worst slump in twenty years' after storms, says harbour boss\n\n"
        + "The ferry trade faces the worst slump in twenty years after the winter storms, said harbour chief Ola Brandt.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Ola Brandt", s.get(1).name(), s::toString);
    assertEquals("Ola Brandt", s.get(0).name(), s::toString);
    List<Speaker> other = SpeakerTexts.speakers("Ferry trade in 'worst slump in twenty years' after storms, says harbour boss\n\n"
        + "Bookings fell by half after the winter storms, said harbour chief Ola Brandt.");
    assertEquals("unknown", other.get(0).name(), other::toString);
  }
  @Test
  void theBodyQuoteThatHoldsAHeadlineQuoteNamesItsSpeakerOverTheHeadlinesDescription() {
    // "Norwegian official" in the headline would be the first Norwegian the article names; the body says whose words they are
    List<Speaker> s = SpeakerTexts.speakers("Smugglers meet 'wall of granite' at the port, Norwegian official says\n\n"
        + "Norwegian Fisheries Minister Erik Larsen visited the port of Tromsø on Monday.\n\n"
        + "\"For smugglers this harbour is a wall of granite,\" customs chief Per Holm told reporters.");
    assertEquals("Per Holm", s.get(0).name(), s::toString);
    assertEquals("headline-echo", s.get(0).rule(), s::toString);
    // two words are enough for an echo
    List<Speaker> two = SpeakerTexts.speakers("Hoteliers fear a 'lost season' on the coast\n\n"
        + "\"This will be a lost season for every hotel on the coast,\" said Ola Brandt, who runs a guesthouse in Bodø.");
    assertEquals("Ola Brandt", two.get(0).name(), two::toString);
  }

  @Test
  void anAgencyThatRelaysAReportIsNotItsSpeaker() {
    // "according to Reuters" after "X told a briefing": the agency relays, X speaks; one quote, not a second report around it
    List<Speaker> s = SpeakerTexts.speakers("Port news\n\n"
        + "\"The harbour is closed,\" Deputy Minister Per Holm told a briefing in Oslo, according to Reuters.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Per Holm", s.get(0).name(), s::toString);
    // "according to" alone still names the source
    List<Speaker> alone = SpeakerTexts.speakers("Port news\n\n"
        + "According to Reuters, the harbour will stay closed until the end of the month.");
    assertEquals("Reuters", alone.get(0).name(), alone::toString);
  }

  @Test
  void aCountrysPeopleAsAPluralDemonymSpeakForTheCountry() {
    List<Speaker> s = SpeakerTexts.speakers("Port news\n\nThe Americans, meanwhile, say they have looked and found nothing.");
    assertEquals("United States", s.get(0).name(), s::toString);
    List<Speaker> russians = SpeakerTexts.speakers("Port news\n\nThe Russians say the tankers crossed every night.");
    assertEquals("Russia", russians.get(0).name(), russians::toString);
    // with a word that says which of them, they are no country
    List<Speaker> some = SpeakerTexts.speakers("Port news\n\nThe Russians at the port say the tankers crossed every night.");
    assertNotEquals("Russia", some.get(0).name(), some::toString);
  }

  @Test
  void theStatementOrTheLetterIsItsAuthors() {
    List<Speaker> s = SpeakerTexts.speakers("Lind falls ill\n\n"
        + "Hours later, her physician, Dr. Ada Brook, said in a written statement that the senator had pneumonia.\n"
        + "\"She was tired at the event. I examined her this afternoon,\" the statement said.\n\n"
        + "The campaign released a letter from Dr. Ada Brook on Wednesday.\n"
        + "The letter also disclosed a mild pneumonia and seasonal allergies.");
    assertEquals(3, s.size(), s::toString);
    assertEquals("Ada Brook", s.get(1).name(), s::toString);
    assertEquals("Ada Brook", s.get(2).name(), s::toString);
  }
  @Test
  void aReportersQuestionInABriefingTranscriptIsNotTheSpokesmansWords() {
    List<Speaker> s = SpeakerTexts.speakers("Harbour briefing\n\n"
        + "Ministry spokesman Ola Brandt opened the weekly briefing on Thursday.\n\n"
        + "Question (Nordic Wire): \u201cWill the ministry publish the customs records for the port?\u201d\n\n"
        + "Brandt: \u201cEvery record is already public, and anyone may read them.\u201d");
    Speaker question = s.stream().filter(x -> x.rule().equals("question-label")).findFirst().orElseThrow(() -> new AssertionError(s));
    assertEquals(Speaker.UNKNOWN, question.name(), s::toString);
    assertEquals("Nordic Wire", question.affiliation(), s::toString);
    assertEquals("Ola Brandt", s.get(s.size() - 1).name(), s::toString);
  }
}
