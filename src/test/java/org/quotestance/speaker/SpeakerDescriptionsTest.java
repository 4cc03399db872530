package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.NlpAnnotator;
import org.quotestance.nlp.ParsedText;
import org.quotestance.quote.QuoteSpan;

/**
 * Speakers the article describes rather than names, family names written first, and the
 * rejecter of a nominal allegation; sentences written for the test, with the shared CoreNLP
 * pipeline.
 */
@Tag("integration")
class SpeakerDescriptionsTest {
  @Test
  void qualifiedDescriptionIsTheSpeaker() {
    List<Speaker> s = SpeakerTexts.speakers("A senior Labour aide said the vote had been rushed through.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("senior Labour aide", s.get(0).name());
  }

  @Test
  void bareDescriptionStaysUnknown() {
    List<Speaker> s = SpeakerTexts.speakers("An official said the vote had been rushed through.");
    assertEquals(1, s.size(), s::toString);
    assertEquals(Speaker.UNKNOWN, s.get(0).name());
  }

  @Test
  void anonymousSourcesStayUnknownButKeepTheirCountry() {
    List<Speaker> s = SpeakerTexts.speakers("Norwegian sources said the border crossing would reopen on Friday.");
    assertEquals(1, s.size(), s::toString);
    assertEquals(Speaker.UNKNOWN, s.get(0).name());
    assertEquals("Norway", s.get(0).affiliation());
  }

  @Test
  void pronounContinuesADescribedPerson() {
    List<Speaker> s = SpeakerTexts.speakers("Prime Minister Erik Larsen left for Brussels on Monday.\n\n"
        + "Larsen's official spokesman said briefings were open to every member.\n\n"
        + "\"It is effectively an open invitation,\" he said.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Larsen's official spokesman", s.get(0).name());
    assertEquals("Larsen's official spokesman", s.get(1).name());
  }

  @Test
  void pronounAfterANamedPersonDoesNotContinueTheDescription() {
    List<Speaker> s = SpeakerTexts.speakers("Norway's envoy to the UN accused the council of inaction.\n\n"
        + "Ambassador Ingrid Dahl met her counterparts on Tuesday.\n\n"
        + "\"They did not do it,\" she told reporters.");
    assertEquals("Ingrid Dahl", s.get(s.size() - 1).name(), s::toString);
  }

  @Test
  void familyNameFirstIsTheFullName() {
    List<Speaker> s = SpeakerTexts.speakers("Foreign Ministry spokesperson Wang Lixin said the talks had been useful.\n\n"
        + "\"We hope for steady progress,\" Wang said.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Wang Lixin", s.get(1).name());
  }

  @Test
  void definiteDescriptionWithNationalityIsThatCountrysPerson() {
    List<Speaker> s = SpeakerTexts.speakers("Turkish President Kemal Arslan opened the session on Monday.\n\n"
        + "The Turkish strongman said the border would stay open.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Kemal Arslan", s.get(0).name());
  }

  @Test
  void bareDefiniteRoleIsThePersonSpeaking() {
    List<Speaker> s = SpeakerTexts.speakers("\"The council must act,\" Ambassador Nadia Petrova said on Tuesday.\n\n"
        + "The diplomat revealed that a new resolution was being drafted.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Nadia Petrova", s.get(1).name());
  }

  @Test
  void rejectedAllegationBelongsToTheRejecter() {
    String text = "Prime Minister Ayse Demir rejected Moscow's accusations that Ankara buys oil from the militants, calling them lies.";
    ParsedText parsed = NlpAnnotator.annotate(text);
    List<QuoteSpan> quotes = SpeakerTexts.EXTRACTOR.extract(parsed, 0);
    List<Speaker> speakers = SpeakerTexts.RESOLVER.resolve(parsed, quotes);
    int allegation = -1;
    for (int i = 0; i < quotes.size(); i++) {
      String quoted = text.substring(quotes.get(i).start(), quotes.get(i).end());
      assertFalse(quoted.contains("calling"), () -> "the participle is a report of its own: " + quoted);
      if (quoted.contains("Ankara buys oil")) {
        allegation = i;
      }
    }
    assertTrue(allegation >= 0, quotes::toString);
    assertEquals("Ayse Demir", speakers.get(allegation).name());
  }

  @Test
  void participleInsideTheReportedClauseKeepsTheReporter() {
    List<Speaker> s = SpeakerTexts.speakers("Minister Ayse Demir said Turkey does not buy any oil from the group, "
        + "insisting that its fight against the militants is undisputed.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Ayse Demir", s.get(0).name());
    assertEquals("Ayse Demir", s.get(1).name());
  }

  @Test
  void partyLabelAfterALegislatorsName() {
    List<Speaker> s = SpeakerTexts.speakers("\"Subpoenas are not optional,\" Rep. Martin Kowalczyk (R-Ohio) said on Tuesday.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Martin Kowalczyk", s.get(0).name());
    assertEquals("Republican Party", s.get(0).affiliation());
  }

  @Test
  void partyLetterAloneAfterAGovernorsName() {
    List<Speaker> s = SpeakerTexts.speakers("Gov. Dale Whitacre (D) said the footage should be released after the inquiry.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Dale Whitacre", s.get(0).name());
    assertEquals("Democratic Party", s.get(0).affiliation());
  }

  @Test
  void theFirstOfTwoRolesInALongApposition() {
    List<Speaker> s = SpeakerTexts.speakers("\"The numbers do not add up,\" Greta Lindholm, a senior fellow at the Brookings Institution "
        + "and a former adviser to the Swedish finance ministry on pensions and taxes, said on Monday.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Greta Lindholm", s.get(0).name());
    assertEquals("Brookings Institution", s.get(0).affiliation());
  }

  @Test
  void anAtPhraseAfterTheSubjectNamesTheWorkplace() {
    List<Speaker> s = SpeakerTexts.speakers("Paul Okafor at the Cato Institute said the plan would cost more than it saves.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Paul Okafor", s.get(0).name());
    assertEquals("Cato Institute", s.get(0).affiliation());
  }

  @Test
  void anAtPhraseAfterAnObjectOnlySaysWhere() {
    List<Speaker> s = SpeakerTexts.speakers("Her old professor remembered teaching Paul Okafor at the Cato Institute. "
        + "Paul Okafor said the plan would cost more than it saves.");
    assertEquals("", s.get(s.size() - 1).affiliation(), s::toString);
  }

  @Test
  void aRelativeClauseThatMakesThePersonTheHeadOfAnOrganisation() {
    List<Speaker> s = SpeakerTexts.speakers("\"The tariffs will hurt farmers first,\" said Ines Varga, who heads the Danube Trade Council.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Danube Trade Council", s.get(0).affiliation());
  }

  @Test
  void aRelativeClauseOnTheAppositionThatMakesThePersonTheHeadOfAnOrganisation() {
    List<Speaker> s = SpeakerTexts.speakers("\"The tariffs will hurt farmers first,\" said Ines Varga, a former trade official who runs Larchmont Advisory.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Larchmont Advisory", s.get(0).affiliation());
  }

  @Test
  void anOfPhraseAfterACommaNamesTheOrganisation() {
    List<Speaker> s = SpeakerTexts.speakers("Oslo-based analyst Sigrid Nes, of the Institute for Arctic Policy, says the talks will stall.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Institute for Arctic Policy", s.get(0).affiliation());
  }

  @Test
  void aLongAppositionWithOneRoleKeepsItsFirstOrganisation() {
    List<Speaker> s = SpeakerTexts.speakers("Tomas Berger, a member of parliament for the opposition Christian Democratic Union "
        + "from the northern mining district of Kiruna in the far north, said the vote was rushed.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Christian Democratic Union", s.get(0).affiliation());
  }

  @Test
  void anAidesAffiliationIsTheOneTheClaimFileGivesTheirPrincipal() {
    SpeakerResolver resolver = new SpeakerResolver(org.quotestance.quote.ReportingLexicon.load(), Countries.get(),
        new KnownSpeakers(List.of(new KnownSpeakers.Entry("Marta Lind", "Lind campaign", List.of()))));
    ParsedText parsed = NlpAnnotator.annotate("Marta Lind rested at home on Tuesday.\n\n"
        + "Lind spokeswoman Ada Brook said the senator would return to the trail on Thursday.");
    List<Speaker> s = resolver.resolve(parsed, SpeakerTexts.EXTRACTOR.extract(parsed, 0));
    assertEquals(1, s.size(), s::toString);
    assertEquals("Ada Brook", s.get(0).name());
    assertEquals("Lind campaign", s.get(0).affiliation());
    assertEquals("", SpeakerTexts.speakers("Marta Lind rested at home on Tuesday.\n\n"
        + "Lind spokeswoman Ada Brook said the senator would return to the trail on Thursday.").get(0).affiliation());
  }

  @Test
  void aCampaignRoleThatNamesNoOneIsTheOneCampaignTheArticleNames() {
    List<Speaker> s = SpeakerTexts.speakers("The Roe campaign said on Monday that the senator was resting. "
        + "\"She is fine,\" said Ada Brook, the campaign's communications director.\n\n"
        + "Campaign spokeswoman Lena Ruiz said there was nothing more to tell.");
    assertEquals(3, s.size(), s::toString);
    assertEquals("Roe campaign", s.get(1).affiliation(), s::toString);
    assertEquals("Roe campaign", s.get(2).affiliation(), s::toString);
    List<Speaker> two = SpeakerTexts.speakers("The Roe campaign and the Lee campaign traded barbs on Monday. "
        + "\"She is fine,\" said Ada Brook, the campaign's communications director.");
    assertEquals("", two.get(two.size() - 1).affiliation(), two::toString);
  }

  @Test
  void anOrganisationsPossessiveBeforeTheNameIsTheEmployer() {
    List<Speaker> s = SpeakerTexts.speakers("The debates rarely move the polls, noted Reuters’s Ivo Brandt.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Ivo Brandt", s.get(0).name());
    assertEquals("Reuters", s.get(0).affiliation());
  }

  @Test
  void aBookTitleWithAColonIsNoTranscriptLabelWhenACueNamesTheSpeaker() {
    List<Speaker> s = SpeakerTexts.speakers("Climate talks\n\n\"Drought: How Empires Meet Their End,\" aide Ben Ross recalled.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Ben Ross", s.get(0).name(), s::toString);
    List<Speaker> transcript = SpeakerTexts.speakers("\"LINDQVIST: We will not yield on the budget.\"");
    assertEquals("Lindqvist", transcript.get(0).name(), transcript::toString);
  }

  @Test
  void aMinistersPortfolioIsNoOrganisation() {
    List<Speaker> s = SpeakerTexts.speakers("Canada weighs in\n\nOTTAWA - Foreign Affairs Minister Jean Tremblay says Canada has "
        + "seen nothing to back the claims.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Canada", s.get(0).affiliation(), s::toString);
  }

  @Test
  void anUnnamedSpokesmanOfAPersonSpeaksForWhomThePersonSpeaksFor() {
    SpeakerResolver resolver = new SpeakerResolver(org.quotestance.quote.ReportingLexicon.load(), Countries.get(),
        new KnownSpeakers(List.of(new KnownSpeakers.Entry("Marta Lind", "Lind campaign", List.of()))));
    ParsedText parsed = NlpAnnotator.annotate("Marta Lind rested at home on Tuesday.\n\n"
        + "Asked about the rally, Lind's official spokesman said the senator would return on Thursday.\n\n"
        + "Lind's lawyer said the case was closed.");
    List<Speaker> s = resolver.resolve(parsed, SpeakerTexts.EXTRACTOR.extract(parsed, 0));
    assertEquals("Lind's official spokesman", s.get(0).name(), s::toString);
    assertEquals("Lind campaign", s.get(0).affiliation(), s::toString);
    assertEquals("Lind's lawyer", s.get(s.size() - 1).name(), s::toString);
    assertEquals("", s.get(s.size() - 1).affiliation(), s::toString); // a lawyer is no voice of the client's side
  }

  @Test
  void aPartysShortNameInADescriptionGivesThePartysName() {
    List<Speaker> s = SpeakerTexts.speakers("A senior GOP aide said the bill would pass.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Republican Party", s.get(0).affiliation(), s::toString);
  }

  @Test
  void roleInARelativeClause() {
    List<Speaker> s = SpeakerTexts.speakers("Ed Marlowe, who served as general chairman of the DNC during the 2000 election, "
        + "said the rules should be modernized.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Ed Marlowe", s.get(0).name());
    assertEquals("Democratic Party", s.get(0).affiliation());
  }

  @Test
  void aRelativeClauseWithoutARoleGivesNoAffiliation() {
    List<Speaker> s = SpeakerTexts.speakers("Ed Marlowe, who sued the DNC during the 2000 election, said the rules should be modernized.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("", s.get(0).affiliation());
  }

  @Test
  void partyMemberInAnApposition() {
    List<Speaker> s = SpeakerTexts.speakers("Rep. Nora Vance, the top Democrat on the committee, said the hearing was a waste of time.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Nora Vance", s.get(0).name());
    assertEquals("Democratic Party", s.get(0).affiliation());
  }

  @Test
  void aCountryDescriptionContinuesASpeakerPlacedNowhere() {
    // the article never says which country the president leads; the description does
    List<Speaker> s = SpeakerTexts.speakers("President Anton Vargas said on Monday that the border would stay open.\n\n"
        + "The Norwegian strongman said the talks had failed.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Anton Vargas", s.get(1).name());
    assertEquals("Norway", s.get(1).affiliation());
  }

  @Test
  void aCountryDescriptionDoesNotContinueASpeakerPlacedElsewhere() {
    List<Speaker> s = SpeakerTexts.speakers("Swedish President Anton Vargas said on Monday that the border would stay open.\n\n"
        + "The Norwegian strongman said the talks had failed.");
    assertEquals(2, s.size(), s::toString);
    assertNotEquals("Anton Vargas", s.get(1).name());
  }

  @Test
  void aFormerRoleEpithetIsTheArticlesProtagonist() {
    List<Speaker> s = SpeakerTexts.speakers("Lena Holm urged the council on Monday to delay the vote.\n\n"
        + "\"We need more time,\" Holm said.\n\n"
        + "\"It is a mistake,\" Mayor Berg's former campaign strategist said in an interview.");
    assertEquals(3, s.size(), s::toString);
    assertEquals("Lena Holm", s.get(2).name());
  }

  @Test
  void aDescriptionWithoutAnEpithetMarkerStaysItself() {
    List<Speaker> s = SpeakerTexts.speakers("Lena Holm urged the council on Monday to delay the vote.\n\n"
        + "\"We need more time,\" Holm said.\n\n"
        + "\"It is a mistake,\" Mayor Berg's campaign strategist said in an interview.");
    assertEquals(3, s.size(), s::toString);
    assertNotEquals("Lena Holm", s.get(2).name());
  }

  @Test
  void anOrganisationInADescriptionIsNamedWhole() {
    List<Speaker> s = SpeakerTexts.speakers("A Democratic National Committee official said the meeting would be held in March.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Democratic Party", s.get(0).affiliation());
  }

  @Test
  void aCountryDescriptionInTheHeadlineIsTheFirstPersonPlacedThere() {
    List<Speaker> s = SpeakerTexts.speakers("Norwegian PM says talks with the fishing fleet 'have failed'\n\n"
        + "Norwegian Prime Minister Erik Larsen told parliament on Tuesday that the talks had collapsed.");
    assertTrue(!s.isEmpty(), s::toString);
    assertEquals("Erik Larsen", s.get(0).name(), s::toString);
    assertEquals("headline-description", s.get(0).rule());
  }

  @Test
  void aBareRoleInASentenceCaseHeadlineIsThePersonTheLedeGivesThatRole() {
    List<Speaker> s = SpeakerTexts.speakers("\u201cThe ferries will run all winter,\u201d spokeswoman says as strike looms\n\n"
        + "OSLO - Port spokeswoman Ann Lindqvist spent an hour with reporters on Monday.\n\n"
        + "\u201cWe have enough crews,\u201d Lindqvist said.");
    assertEquals("Ann Lindqvist", s.get(0).name(), s::toString);
    assertEquals("headline-description", s.get(0).rule(), s::toString);
  }

  @Test
  void aDescriptionInTheBodyIsNotReadAsAHeadline() {
    List<Speaker> s = SpeakerTexts.speakers("Talks fail\n\n"
        + "A Norwegian fisherman said the talks had failed.\n\n"
        + "Norwegian Prime Minister Erik Larsen told parliament on Tuesday that the talks had collapsed.");
    assertTrue(!s.isEmpty(), s::toString);
    assertNotEquals("Erik Larsen", s.get(0).name(), s::toString);
  }

  @Test
  void theNameAfterARolesBodyIsTheRoleHolder() {
    // the parser hangs the name on the body the role is for; the body and the client are not who speaks
    List<Speaker> s = SpeakerTexts.speakers("A spokeswoman for the Norwegian Foreign Ministry, Kari Holm, said the talks would resume.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Kari Holm", s.get(0).name());
    assertEquals("Norway", s.get(0).affiliation());
    List<Speaker> lawyer = SpeakerTexts.speakers("A lawyer for Peter Lund, Anders Berg, said his client would not testify.");
    assertEquals("Anders Berg", lawyer.get(0).name(), lawyer::toString);
  }

  @Test
  void aPrenominalParticipleKeepsTheRoleApposition() {
    List<Speaker> s = SpeakerTexts.speakers("\"The vote was fair,\" said Ola Strand, a spokesman for the governing Centre Party.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Centre Party", s.get(0).affiliation());
  }

  @Test
  void aPartyWordInsideALongerNameIsNotThatParty() {
    // "Republican" in another country's party name is that party, not the US Republicans
    List<Speaker> s = SpeakerTexts.speakers("\"We need an inquiry,\" Mehmet Kara, of the Republican People's Party, told journalists.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Republican People's Party", s.get(0).affiliation());
  }

  @Test
  void aLedeDescriptionIsThePersonNamedNext() {
    List<Speaker> s = SpeakerTexts.speakers("Fishing quotas in the north\n\n"
        + "Norway's deputy fisheries minister said on Monday that the quotas had been respected.\n\n"
        + "\"We have kept every rule,\" Kari Holm told reporters.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Kari Holm", s.get(0).name());
    assertEquals("lede-description", s.get(0).rule());
    assertEquals("Norway", s.get(1).affiliation(), "the named person takes the description's country");
  }

  @Test
  void aLedeDescriptionWithAPostModifierHasItsRoleBeforeIt() {
    // the role is "adviser" and "lawmaker", not the last words of the phrases after them
    for (String description : List.of("A senior adviser to the Norwegian fisheries council",
        "A lawmaker from Norway's Centre Party (SP)")) {
      List<Speaker> s = SpeakerTexts.speakers("Fishing quotas in the north\n\n"
          + description + " said on Monday that the quotas had been respected.\n\n"
          + "\"We have kept every rule,\" Kari Holm told reporters.");
      assertEquals("Kari Holm", s.get(0).name(), s::toString);
      assertEquals("lede-description", s.get(0).rule(), s::toString);
    }
  }

  @Test
  void aLedeAfterADateLineAndAHeadlineThatNamesThePersonIsStillTheLede() {
    List<Speaker> s = SpeakerTexts.speakers("Holm defends the quotas\n\nMonday 14th\n\n"
        + "Norway's deputy fisheries minister said on Monday that the quotas had been respected.\n\n"
        + "\"We have kept every rule,\" Kari Holm told reporters.");
    Speaker lede = s.stream().filter(x -> x.mention().equals("Norway's deputy fisheries minister")).findFirst().orElseThrow();
    assertEquals("Kari Holm", lede.name(), s::toString);
    assertEquals("lede-description", lede.rule(), s::toString);
  }

  @Test
  void aLedeDescriptionIsNotAPersonWithAnotherRole() {
    List<Speaker> s = SpeakerTexts.speakers("Fishing quotas in the north\n\n"
        + "Norway's deputy fisheries minister said on Monday that the quotas had been respected.\n\n"
        + "\"We have kept every rule,\" Ambassador Kari Holm told reporters.");
    assertNotEquals("Kari Holm", s.get(0).name(), s::toString);
  }

  @Test
  void anOrganisationAfterOfIsTheAffiliation() {
    List<Speaker> s = SpeakerTexts.speakers("Paul Dahl of the Nordic Energy Institute said the figures were plausible.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Nordic Energy Institute", s.get(0).affiliation());
    List<Speaker> place = SpeakerTexts.speakers("Senator Paul Dahl of Utah said the figures were plausible.");
    assertNotEquals("Utah", place.get(0).name(), place::toString);
  }

  @Test
  void aLongRoleAppositionStillGivesTheOrganisation() {
    List<Speaker> s = SpeakerTexts.speakers("\"The images prove nothing,\" said Kari Holm, a senior energy analyst at the Nordic Institute for Strategic Studies in Oslo.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Kari Holm", s.get(0).name());
    assertEquals("Nordic Institute for Strategic Studies", s.get(0).affiliation());
  }

  @Test
  void aMinistersPortfolioTakesTheCountryOfThatMinistry() {
    List<Speaker> s = SpeakerTexts.speakers("Norway's fisheries ministry released new figures on Monday.\n\n"
        + "\"The quotas were respected,\" Deputy Fisheries Minister Kari Holm said.");
    assertEquals("Kari Holm", s.get(s.size() - 1).name(), s::toString);
    assertEquals("Norway", s.get(s.size() - 1).affiliation());
    // ministries of two countries name no one country
    List<Speaker> two = SpeakerTexts.speakers("Norway's fisheries ministry and the Danish fisheries ministry met on Monday.\n\n"
        + "\"The quotas were respected,\" Deputy Fisheries Minister Kari Holm said.");
    assertNotEquals("Norway", two.get(two.size() - 1).affiliation(), two::toString);
  }

  @Test
  void itAndTheMinistryContinueTheInstitutionNamedBefore() {
    List<Speaker> s = SpeakerTexts.speakers("Norway's fisheries ministry summoned the Danish envoy on Friday.\n\n"
        + "The ministry said the quotas had been respected.\n\n"
        + "It said talks would resume in March.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("institution-anaphor", s.get(0).rule(), s::toString);
    assertEquals("Norway", s.get(0).affiliation());
    assertEquals(s.get(0).name(), s.get(1).name());
    // "it" after a subject that is no institution is not the institution
    List<Speaker> report = SpeakerTexts.speakers("Norway's fisheries ministry summoned the Danish envoy on Friday.\n\n"
        + "A new report was published on Monday. It said the quotas had been respected.");
    assertNotEquals("institution-anaphor", report.get(report.size() - 1).rule(), report::toString);
  }

  @Test
  void anIndefiniteSpokesmanIsNotTheSpokesmanNamedBefore() {
    // "never guess": "a spokesman for the prime minister" is someone new, not the last spokesman the article named
    List<Speaker> s = SpeakerTexts.speakers("Port news\n\n"
        + "US State Department spokesman Wesley Dunmore said the pictures proved nothing.\n\n"
        + "The Danish government has been more cautious. A spokesman for Prime Minister Lars Holm said Copenhagen was "
        + "\"studying\" the information.");
    assertNotEquals("Wesley Dunmore", s.get(s.size() - 1).name(), s::toString);
    // the definite "the spokesman" still is
    List<Speaker> the = SpeakerTexts.speakers("Port news\n\n"
        + "US State Department spokesman Wesley Dunmore said the pictures proved nothing.\n\n"
        + "The spokesman said Washington was \"studying\" the information.");
    assertEquals("Wesley Dunmore", the.get(the.size() - 1).name(), the::toString);
  }

  @Test
  void theMinistryAsAPossessorIsStillTheMinistryNamedBefore() {
    // "the ministry's claim that …": the possessive 's says nothing of which ministry
    List<Speaker> s = SpeakerTexts.speakers("Quota row deepens\n\n"
        + "A week ago Norway's fisheries ministry accused the Danish fleet of overfishing.\n\n"
        + "When I put to him the ministry's claim that the fleet had caught twice its quota, Kari Holm laughed.");
    Speaker claim = s.stream().filter(x -> x.mention().contains("ministry") && x.rule().equals("institution-anaphor")).findFirst()
        .orElseThrow(() -> new AssertionError(s.toString()));
    assertEquals("Norway", claim.affiliation(), s::toString);
  }

  @Test
  void heAfterAMinistrysQuoteIsAPersonNotTheMinistry() {
    List<Speaker> s = SpeakerTexts.speakers("Quota row deepens\n\n"
        + "Danish envoy Per Holm met reporters in Oslo on Monday.\n\n"
        + "Norway's Fisheries Ministry said the Danish fleet had caught twice its quota.\n\n"
        + "\"The figures are wrong,\" he said.");
    assertEquals("Per Holm", s.get(s.size() - 1).name(), s::toString);
  }

  @Test
  void herCampaignIsTheCampaignOfThePersonSheIs() {
    List<Speaker> s = SpeakerTexts.speakers("Jane Roe left the rally early on Sunday.\n\n"
        + "Her campaign said she was tired after a long week.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Roe campaign", s.get(0).name());
    assertEquals("possessed-institution", s.get(0).rule());
  }

  @Test
  void aRelativeClauseThatNamesTheDescribedSpeakerGivesTheName() {
    List<Speaker> s = SpeakerTexts.speakers("A farmer in his 60s, who gave his name only as Tomas, said: \"The river has never been"
        + " this low.\"\n\nA fisherman who asked to be identified as Pavel Novak said the catch had halved.");
    assertEquals(2, s.size(), s::toString);
    assertEquals("Tomas", s.get(0).name());
    assertEquals("Pavel Novak", s.get(1).name());
    // a relative clause that names someone else does not
    List<Speaker> other = SpeakerTexts.speakers("A farmer who voted for Jan Horak said the river had never been this low.");
    assertNotEquals("Jan Horak", other.get(0).name());
  }

  @Test
  void aTitleBeforeCapitalisedNamesMakesThemAPerson() {
    // the title-led name is often tagged as an organisation; the title says it is a person
    List<Speaker> s = SpeakerTexts.speakers("A border guard commander in the district, Maj Dalibor Kovarik, said the fence"
        + " had stopped the smugglers.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("Dalibor Kovarik", s.get(0).name());
  }

  @Test
  void aCountryOfSeveralWordsSpeaksForItself() {
    List<Speaker> s = SpeakerTexts.speakers("The United States has rejected Norwegian claims that the fishing fleet is flouting the quotas.");
    assertEquals(1, s.size(), s::toString);
    assertEquals("United States", s.get(0).name());
    assertEquals("United States", s.get(0).affiliation());
  }

  @Test
  void itAfterABareInstitutionIsTheInstitutionTheArticleNamed() {
    List<Speaker> s = SpeakerTexts.speakers("The Norwegian Fisheries Ministry held a briefing in Oslo on Monday.\n\n"
        + "Deputy Minister Ola Berg told journalists: \"The fleet is breaking the law every night.\"\n\n"
        + "The ministry then put up satellite images which, it said, showed dozens of trawlers inside the protected zone.");
    assertEquals(2, s.size(), s::toString);
    assertTrue(s.get(1).name().endsWith("Fisheries Ministry"), s::toString);
  }

  @Test
  void aLedeAfterACaptionThatQuotesNoOneIsStillTheLede() {
    // the caption is the first paragraph with a verb; the lawmaker is a member of a committee of Chile's senate
    List<Speaker> s = SpeakerTexts.speakers("Copper row\n\n"
        + "This image released by the Chilean Mining Ministry on December 2 shows trucks at a crossing point on the border.\n\n"
        + "A senior Chilean lawmaker says the smuggling of copper into Peru could not go on without the backing of officials in Lima.\n\n"
        + "Pablo Reyes, a member of the Chilean Senate's Finance Committee, made the remarks in an interview on Saturday.\n\n"
        + "\"Hundreds of trucks do not cross a border like that without help,\" Reyes said.");
    Speaker lede = s.stream().filter(x -> x.mention().equals("A senior Chilean lawmaker")).findFirst().orElseThrow();
    assertEquals("Pablo Reyes", lede.name(), s::toString);
    assertEquals("lede-description", lede.rule(), s::toString);
  }

  @Test
  void aLedeOfficialIsTheOfficeHolderNamedNext() {
    // "official" may describe any office-holder, here a deputy minister
    List<Speaker> s = SpeakerTexts.speakers("Quota row\n\n"
        + "A senior Norwegian fisheries official on Sunday rejected the claim, calling it \"a fiction written in Stockholm.\"\n\n"
        + "Speaking at the harbour, Deputy Fisheries Minister Kari Holm said the quotas had been respected.");
    Speaker lede = s.stream().filter(x -> x.mention().startsWith("A senior Norwegian fisheries")).findFirst().orElseThrow();
    assertEquals("Kari Holm", lede.name(), s::toString);
  }

  @Test
  void theSameNounAfterAThingTheArticleIntroducedByNameIsThatThing() {
    List<Speaker> s = SpeakerTexts.speakers("A recent Lindholm Herald poll put the mayor four points ahead.\n\n"
        + "The poll also says most voters want the ferries to run all winter.");
    Speaker last = s.get(s.size() - 1);
    // the thing's name starts at its first capital: not "recent Lindholm Herald poll"
    assertEquals("Lindholm Herald poll", last.name(), s::toString);
    assertEquals("described-before", last.rule(), s::toString);
    // a noun that titled a person's name is that person's title, not a thing introduced
    List<Speaker> person = SpeakerTexts.speakers("The award went to actress Anna Berg last year.\n\n"
        + "The actress says the ferries must run all winter.");
    assertNotEquals("actress", person.get(person.size() - 1).name().toLowerCase(java.util.Locale.ROOT), person::toString);
  }

  @Test
  void theHeadOfAnUnnamedDescriptionIsThatSpeakerAgain() {
    List<Speaker> s = SpeakerTexts.speakers("Border row\n\n"
        + "A senior Greek official said the case had been put together after the fact.\n\n"
        + "\"Last month nobody in the capital spoke of fuel. Then we protected our waters, and now there is a file with photos,\" "
        + "the official said.");
    Speaker last = s.get(s.size() - 1);
    assertEquals("senior Greek official", last.name(), s::toString);
    assertEquals("same-description", last.rule(), s::toString);
    assertEquals("Greece", last.affiliation(), s::toString);
  }

  @Test
  void theyNeverContinueOneDescribedPerson() {
    List<Speaker> s = SpeakerTexts.speakers("Debate notes\n\n"
        + "He said that his rival had no experience. The NATO commander criticised the senator for the delay "
        + "but did not call for a vote.\n\n"
        + "As a television host, the businessman often insulted guests, according to former staff. "
        + "They said he rated guests by their looks.");
    Speaker last = s.get(s.size() - 1);
    assertEquals("They", last.mention(), s::toString);
    assertNotEquals("NATO commander", last.name(), s::toString);
  }

  @Test
  void aPartyRoleThatFitsTwoPersonsEquallyIsTheHeadlinesSubject() {
    // "Zeb" has no sex in the name list and both are named twice before the role: the headline decides
    List<Speaker> s = SpeakerTexts.speakers("Anna Berg Takes On Olaf Lund As The New Zeb Dahl.\n\n"
        + "NEW HAVEN ― If it worked against Zeb Dahl, it might work against Olaf Lund. That is what the Berg campaign hopes.\n\n"
        + "The Democratic nominee sharply attacked her opponent as a fraud during the debate on Monday night, "
        + "saying \"he never paid his workers.\"");
    Speaker last = s.get(s.size() - 1);
    assertEquals("Anna Berg", last.name(), s::toString);
    assertEquals("party-description", last.rule(), s::toString);
  }

  @Test
  void aHisOpeningTheNextSentenceSaysTheSexOfAPartyRoleThatIsTheSubject() {
    List<Speaker> s = SpeakerTexts.speakers("Court keeps divorce file sealed.\n\n"
        + "Earlier this month, lawyers for Olaf Lund and for Kari Lund filed papers opposing the request.\n\n"
        + "The Republican nominee argued that the state has put divorce files off-limits.\n\n"
        + "His former wife agreed, but said she should not have to give up her privacy.");
    Speaker role = s.stream().filter(x -> x.mention().equals("The Republican nominee")).findFirst().orElseThrow();
    assertEquals("Olaf Lund", role.name(), s::toString);
  }

  @Test
  void aJusticeBeforeANameIsATitleAndTheLedesJudgeIsThatPerson() {
    List<Speaker> s = SpeakerTexts.speakers("Judge keeps file sealed.\n\n"
        + "A Bergen judge has rejected a request to unseal a court file on the mayor's divorce, saying courts have no "
        + "business deciding what voters need.\n\n"
        + "Hordaland District Court Justice Kari Holm rejected that argument in a ruling released Thursday.\n\n"
        + "\"The court cannot decide what is useful to voters,\" Holm wrote.");
    Speaker lede = s.get(0);
    assertEquals("A Bergen judge", lede.mention(), s::toString);
    assertEquals("Kari Holm", lede.name(), s::toString);
    assertEquals("Kari Holm", s.get(s.size() - 1).name(), s::toString);
    assertEquals("Hordaland District Court", s.get(s.size() - 1).affiliation(), s::toString);
  }
}
