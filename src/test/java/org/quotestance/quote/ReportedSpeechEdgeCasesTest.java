package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.NlpAnnotator;
import org.quotestance.nlp.ParsedText;
import org.quotestance.quote.QuoteSpan.Kind;

/**
 * Reported speech that the parser gets wrong or that hides inside other structures; each text was
 * written for the test, and the expected spans were worked out by hand.
 */
@Tag("integration")
class ReportedSpeechEdgeCasesTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.create();

  private static List<QuoteSpan> extract(String text, int titleEnd) {
    return EXTRACTOR.extract(NlpAnnotator.annotate(text), titleEnd);
  }

  private static List<String> texts(String text, Kind kind) {
    return extract(text, 0).stream().filter(q -> q.kind() == kind).map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void aReportInARelativeClauseReportsTheClauseAfterItsVerb() {
    String text = "The port authority released photographs which it said showed barges carrying grain into the harbour.";
    assertEquals(List.of("showed barges carrying grain into the harbour"), texts(text, Kind.INDIRECT));
  }

  @Test
  void aSecondReportAfterCommaAndIsItsOwnQuoteOfTheSameSpeaker() {
    String text = "The mayor reiterated that Bergen buys its gravel from licensed quarries in the north, "
        + "and said the council had fined three haulers this year.";
    assertEquals(List.of("Bergen buys its gravel from licensed quarries in the north",
        "the council had fined three haulers this year"), texts(text, Kind.INDIRECT));
    for (QuoteSpan q : extract(text, 0)) {
      assertEquals("mayor", NlpAnnotator.annotate(text).sentences().get(q.sourceSentence()).tokens().get(q.sourceToken()).word(),
          q::toString);
    }
  }

  @Test
  void aPhraseAfterAnInvertedReportSaysHowItWasSaidButAQuantifierResumesTheClause() {
    assertEquals(List.of("Norway has allowed the smugglers to sell fuel through its ports"), texts(
        "Norway has allowed the smugglers to sell fuel through its ports, Defence Minister Jan Roe said on Tuesday, in unusually "
            + "blunt remarks.", Kind.INDIRECT));
    assertEquals(List.of("Now, he says, at least seven of the delegates have signed on"), texts(
        "Now, he says, at least seven of the delegates have signed on.", Kind.INDIRECT));
  }

  @Test
  void aNarratedAsClauseWithItsOwnSubjectIsNoPartOfTheReport() {
    String text = "Sweden has called on Norway and Denmark to end their quarrel over the fishing quotas, as Oslo pressed its "
        + "charge that Copenhagen had hidden the true size of its catch.";
    List<String> reported = texts(text, Kind.INDIRECT);
    assertTrue(reported.contains("Norway and Denmark to end their quarrel over the fishing quotas"), reported::toString);
    assertTrue(reported.contains("Copenhagen had hidden the true size of its catch"), reported::toString);
  }

  /**
   * One sentence parsed by hand, from rows of word, lemma, POS, head, relation: for the parses CoreNLP
   * gives long sentences, so that a test does not depend on the parser's mood. {@code ner} gives a word's
   * entity class ("O" otherwise); no space before a comma or a full stop.
   */
  private static ParsedText handParsed(String[][] rows, java.util.Map<String, String> ner) {
    StringBuilder text = new StringBuilder();
    List<org.quotestance.nlp.Token> tokens = new java.util.ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      if (i > 0 && !rows[i][0].equals(",") && !rows[i][0].equals(".")) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(rows[i][0]);
      tokens.add(new org.quotestance.nlp.Token(i, rows[i][0], rows[i][1], rows[i][2], ner.getOrDefault(rows[i][0], "O"), begin,
          text.length(), Integer.parseInt(rows[i][3]), rows[i][4]));
    }
    return new ParsedText(text.toString(), List.of(new org.quotestance.nlp.Sentence(0, 0, tokens)));
  }

  @Test
  void aPredicateTheParserHungOnTheCueEndsTheReportedClause() {
    // a parse CoreNLP gives: the participle "caught" taken for the clause's verb, the real predicate "is sold"
    // hung on the cue as "dep", with its auxiliary and no subject; built by hand as the test above
    String[][] rows = {
        {"Lund", "Lund", "NNP", "1", "nsubj"}, {"wrote", "write", "VBD", "-1", "root"}, {"that", "that", "IN", "5", "mark"},
        {"most", "most", "JJS", "5", "nsubj"}, {"fish", "fish", "NN", "3", "nmod"}, {"caught", "catch", "VBN", "1", "ccomp"},
        {"by", "by", "IN", "7", "case"}, {"trawlers", "trawler", "NNS", "5", "obl"}, {"is", "be", "VBZ", "9", "aux:pass"},
        {"sold", "sell", "VBN", "1", "dep"}, {"abroad", "abroad", "RB", "9", "advmod"}, {".", ".", ".", "1", "punct"}};
    ParsedText doc = handParsed(rows, java.util.Map.of("Lund", "PERSON"));
    List<String> reported = QuoteExtractor.create().extract(doc, 0).stream().filter(q -> q.kind() == Kind.INDIRECT)
        .map(q -> doc.text().substring(q.start(), q.end())).toList();
    assertEquals(List.of("most fish caught by trawlers is sold abroad"), reported);
  }

  @Test
  void aSecondReportAfterCommaAndEndsTheFirstWhereverTheParserHangsIt() {
    // a parse CoreNLP gives a long sentence of this shape: "said" a parataxis of a participle deep inside the
    // first report's content, built by hand so that the test does not depend on the parser's mood
    String[][] rows = {
        {"The", "the", "DT", "1", "det"}, {"mayor", "mayor", "NN", "2", "nsubj"}, {"reiterated", "reiterate", "VBD", "-1", "root"},
        {"that", "that", "IN", "5", "mark"}, {"Bergen", "Bergen", "NNP", "5", "nsubj"}, {"buys", "buy", "VBZ", "2", "ccomp"},
        {"gravel", "gravel", "NN", "5", "obj"}, {"from", "from", "IN", "9", "case"}, {"licensed", "licensed", "JJ", "9", "amod"},
        {"quarries", "quarry", "NNS", "5", "obl"}, {",", ",", ",", "12", "punct"}, {"and", "and", "CC", "12", "cc"},
        {"said", "say", "VBD", "15", "parataxis"}, {"Bergen", "Bergen", "NNP", "12", "obj"}, {"had", "have", "VBD", "15", "aux"},
        {"fined", "fine", "VBN", "16", "amod"}, {"haulers", "hauler", "NNS", "9", "nmod"}, {".", ".", ".", "2", "punct"}};
    ParsedText doc = handParsed(rows, java.util.Map.of("Bergen", "CITY"));
    List<String> reported = QuoteExtractor.create().extract(doc, 0).stream().filter(q -> q.kind() == Kind.INDIRECT)
        .map(q -> doc.text().substring(q.start(), q.end())).toList();
    assertEquals("Bergen buys gravel from licensed quarries", reported.get(0), reported::toString);
  }

  @Test
  void aCoordinatedAccusationSpeaksWithTheOuterReportsSource() {
    String text = "In Oslo, Foreign Minister Erik Lund told a news conference that Norway would hand the evidence it had gathered "
        + "to its partners in the coalition, and accused Bergen of \"looking the other way\".";
    QuoteSpan partial = extract(text, 0).stream().filter(q -> q.kind() == Kind.PARTIAL).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("Lund", NlpAnnotator.annotate(text).sentences().get(partial.sourceSentence()).tokens().get(partial.sourceToken()).word(),
        partial::toString);
  }

  @Test
  void aSubjectInsideTheQuoteMarksIsNotTheOneWhoSpeaks() {
    String text = "\"Because it was a family matter until it wasn't,\" she replied.";
    QuoteSpan q = extract(text, 0).get(0);
    assertEquals("she", NlpAnnotator.annotate(text).sentences().get(q.sourceSentence()).tokens().get(q.sourceToken()).word(),
        q::toString);
  }

  @Test
  void aFramingClauseBeforeTheVerbIsNotWhatWasSaid() {
    String text = "As odd as it may sound, Ms. Orla Brandt said the merger had saved the factory.";
    assertEquals(List.of("the merger had saved the factory"), texts(text, Kind.INDIRECT));
  }

  @Test
  void aStateAbbreviationInParenthesesDoesNotEndTheSentence() {
    String text = "Sen. Tobias Wren (R-Ga.) said the bridge bill would pass in the spring.";
    List<QuoteSpan> quotes = extract(text, 0);
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("the bridge bill would pass in the spring", text.substring(quotes.get(0).start(), quotes.get(0).end()));
    assertTrue(quotes.get(0).hasSource());
  }

  @Test
  void aParticipleRightAfterAnInvertedReportGoesOnWithItsSubject() {
    String text = "Norway has never sold a single ferry to the rebels, he added, noting that every sale is registered with customs.";
    QuoteSpan noting = extract(text, 0).stream().filter(q -> "noting".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("he", NlpAnnotator.annotate(text).sentences().get(noting.sourceSentence()).tokens().get(noting.sourceToken()).word(),
        noting::toString);
  }

  @Test
  void aNameTheParserJoinedToThePhraseBeforeIsTheStrandedVerbsSubject() {
    String text = "In response, Oslo announced a series of economic sanctions against Bergen and Norwegian Prime Minister Ann Roe "
        + "has alleged Sweden buys timber from the rebels.";
    QuoteSpan alleged = extract(text, 0).stream().filter(q -> "alleged".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("Roe", NlpAnnotator.annotate(text).sentences().get(alleged.sourceSentence()).tokens().get(alleged.sourceToken()).word(),
        alleged::toString);
  }

  @Test
  void aParticipleOfSayingRightAfterAPersonsNameIsThatPersonsReport() {
    String text = "The new spot uses footage of Senator Ann Roe asking, \"Why are we not fixing the roads first?\"";
    QuoteSpan asking = extract(text, 0).stream().filter(q -> "asking".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("Roe", NlpAnnotator.annotate(text).sentences().get(asking.sourceSentence()).tokens().get(asking.sourceToken()).word(),
        asking::toString);
  }

  @Test
  void aDescriptionBeforeTheNameIsNotTheSpeaker() {
    // the parser gives "likened" two subjects, "defender" and "Dahl"
    String text = "A passionate defender of NRK Norway, Mr. Dahl likened NRK to Deutsche Welle, which gets some state money.";
    QuoteSpan compared = extract(text, 0).stream().filter(q -> "likened".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("Dahl", NlpAnnotator.annotate(text).sentences().get(compared.sourceSentence()).tokens().get(compared.sourceToken()).word(),
        compared::toString);
    // a plural description with one name as its example is the description's report
    String some = "Some mayors on the coast, for instance, Mayor Lars Dahl, have called for a new timetable.";
    QuoteSpan called = extract(some, 0).stream().filter(q -> "called".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(some, 0).toString()));
    assertEquals("mayors", NlpAnnotator.annotate(some).sentences().get(called.sourceSentence()).tokens().get(called.sourceToken()).word(),
        called::toString);
  }

  @Test
  void aReportAfterASemicolonDoesNotTakeTheReportBeforeIt() {
    // the parser hangs "insists" on "says" as parataxis and its clause as "dep"
    String text = "Norway says the ferry strayed into its waters and ignored repeated warnings; Sweden insists it never left port.";
    List<QuoteSpan> quotes = extract(text, 0);
    assertEquals(List.of("the ferry strayed into its waters and ignored repeated warnings", "it never left port"),
        quotes.stream().map(q -> text.substring(q.start(), q.end())).toList(), quotes::toString);
    assertEquals(List.of("says", "insists"), quotes.stream().map(QuoteSpan::cue).toList(), quotes::toString);
  }

  @Test
  void wonderingWhetherReportsAQuestion() {
    String text = "The mayor has repeatedly wondered whether the ferry board will be fair to the islands.";
    List<QuoteSpan> quotes = extract(text, 0);
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("wondered", quotes.get(0).cue(), quotes::toString);
    assertEquals("mayor", NlpAnnotator.annotate(text).sentences().get(0).tokens().get(quotes.get(0).sourceToken()).word(), quotes::toString);
  }

  @Test
  void aNameTheParserMadeTheRootIsTheSubjectOfTheVerbItLost() {
    // the parser makes "Dahl" the root and hangs "suggests" inside the apposition's relative clause
    String text = "Lars Dahl, a former Norwegian foreign minister who is a harsh critic of Mr. Ola Berg, suggests that Norway's "
        + "best argument is that the country's ferries are indispensable for the coast.";
    QuoteSpan suggests = extract(text, 0).stream().filter(q -> "suggests".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("Dahl", NlpAnnotator.annotate(text).sentences().get(suggests.sourceSentence()).tokens().get(suggests.sourceToken()).word(),
        suggests::toString);
  }

  @Test
  void aNameBeforeAPhraseSetOffByCommasIsTheStrandedVerbsSubject() {
    // the parser hangs "cited" on "attacking" with no subject, and "Roe" on "attacking" too
    String text = "Berg has been attacking the harbour board since Roe, at Tuesday's council meeting, cited complaints Berg had "
        + "made about the ferries after they broke down.";
    QuoteSpan cited = extract(text, 0).stream().filter(q -> "cited".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals(8, cited.sourceToken(), cited::toString);
  }

  @Test
  void aNameSetOffByCommasRightBeforeTheVerbIsTheDescriptionsName() {
    String text = "Her former business partner at Nordvik, Lars Dahl, called her a genius at stitching together unlikely deals.";
    QuoteSpan called = extract(text, 0).stream().filter(q -> "called".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("Dahl", NlpAnnotator.annotate(text).sentences().get(called.sourceSentence()).tokens().get(called.sourceToken()).word(),
        called::toString);
  }

  @Test
  void aReportSetOffByCommasIsTheNamesBeforeIt() {
    String text = "To grasp the real Ola Berg, Chief Justice Ann Roe said, one should visit the harbour museum.";
    QuoteSpan said = extract(text, 0).stream().filter(q -> "said".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("Roe", NlpAnnotator.annotate(text).sentences().get(said.sourceSentence()).tokens().get(said.sourceToken()).word(),
        said::toString);
  }

  @Test
  void aFrontedAsClauseWithAReportingVerbReportsTheMainClause() {
    String text = "As several harbour engineers have pointed out, the old pier is safe to use even if it looks worn.";
    List<QuoteSpan> quotes = extract(text, 0);
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("the old pier is safe to use even if it looks worn", text.substring(quotes.get(0).start(), quotes.get(0).end()));
    assertEquals("engineers", NlpAnnotator.annotate(text).sentences().get(0).tokens().get(quotes.get(0).sourceToken()).word());
    // a comparison or a clause of time with "as" reports nothing
    assertTrue(extract("The pier is not quite as safe as the engineers suggest.", 0).stream().noneMatch(q -> q.start() == 0));
  }

  @Test
  void aNameBeforeAnAppositionIsTheSubjectTheParserLost() {
    // the parser makes "told" the root with no subject and the name an apposition of "Bergen"
    String text = "In a panel discussion this weekend in Bergen, Lars H. Dahl, the chief executive of the National Harbour "
        + "League, forcefully told a young woman who suggested that some people may not vote because of frustration that "
        + "\"this is not the first generation to be frustrated.\"";
    org.quotestance.nlp.Sentence sentence = NlpAnnotator.annotate(text).sentences().get(0);
    Cue told = new CueFinder(ReportingLexicon.load()).find(sentence).stream().filter(c -> c.text().equals("told")).findFirst()
        .orElseThrow();
    assertEquals("Dahl", sentence.tokens().get(told.source()).word(), told::toString);
  }

  @Test
  void aConjunctAfterAClosedRelativeClauseGoesOnWithTheMainClause() {
    String text = "Mr. Dahl generally backed the unions during his years at NRK, which let him go in 2015, and said he did not "
        + "back the new ferry plan.";
    QuoteSpan said = extract(text, 0).stream().filter(q -> "said".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("Dahl", NlpAnnotator.annotate(text).sentences().get(said.sourceSentence()).tokens().get(said.sourceToken()).word(),
        said::toString);
    // without the comma the relative clause goes on: the company said it
    String open = "Mr. Dahl worked for years at NRK, which let him go in 2015 and said the cuts were needed.";
    QuoteSpan its = extract(open, 0).stream().filter(q -> "said".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(open, 0).toString()));
    assertEquals("which", NlpAnnotator.annotate(open).sentences().get(its.sourceSentence()).tokens().get(its.sourceToken()).word(),
        its::toString);
  }

  @Test
  void theVerbRightBeforeTheOpeningMarkIntroducesTheQuote() {
    String text = "Lamenting their weather, Norwegians often say, \"Poor Norway, so far from the sun and so close to the rain.\"";
    QuoteSpan quote = extract(text, 0).stream().filter(q -> q.kind() == Kind.DIRECT).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("say", quote.cue(), quote::toString);
    assertEquals("Norwegians", NlpAnnotator.annotate(text).sentences().get(0).tokens().get(quote.sourceToken()).word(), quote::toString);
  }

  @Test
  void aGerundAfterAPrepositionGoesOnWithTheClausesSubject() {
    String text = "Likely Republican nominee Ann Roe has offered few ideas for easing student debt aside from stating that the state "
        + "shouldn't profit from such loans.";
    QuoteSpan stating = extract(text, 0).stream().filter(q -> "stating".equals(q.cue())).findFirst()
        .orElseThrow(() -> new AssertionError(extract(text, 0).toString()));
    assertEquals("Roe", NlpAnnotator.annotate(text).sentences().get(0).tokens().get(stating.sourceToken()).word(), stating::toString);
  }

  @Test
  void aReportInAWhereClauseAfterTheSpeakerIsNotTheQuotesCue() {
    // "where the governor also spoke" hangs on the place; the quote is the mayor's "said"
    String text = "\"Our roads come first,\" Mayor Ann Berg said on Monday at a dinner in Bergen, where Governor Tom Lind also spoke.";
    QuoteSpan quote = extract(text, 0).stream().filter(q -> q.start() == 1).findFirst().orElseThrow();
    assertEquals("said", quote.cue(), quote::toString);
  }

  @Test
  void aParagraphSetOffAfterAReportEndingInAColonIsWhatWasReported() {
    String text = "Mayor Ann Berg criticised her rival on Wednesday.\n\nThe mayor added:\n\n"
        + "It is typical of Tom Lind. He knows nothing about the bridge, as you rightly said, but he never stops talking.\n\n"
        + "Lind did not respond.";
    int block = text.indexOf("It is typical");
    int blockEnd = text.indexOf("talking.") + "talking.".length();
    List<QuoteSpan> quotes = extract(text, 0);
    QuoteSpan quote = quotes.stream().filter(q -> q.start() == block).findFirst().orElseThrow(() -> new AssertionError(quotes.toString()));
    assertEquals(List.of(blockEnd, "added", BlockQuotes.RULE), List.of(quote.end(), quote.cue(), quote.rule()));
    assertTrue(quote.hasSource());
    // the block is one quotation: nothing inside it is reported again on its own
    assertEquals(1, quotes.stream().filter(q -> q.start() < blockEnd && q.end() > block).count(), quotes::toString);
  }

  @Test
  void aParticipleAfterTheReportAddsItsOwnClause() {
    String text = "\"The day was long,\" he said, adding he would never vote for the plan.";
    assertTrue(texts(text, Kind.INDIRECT).contains("he would never vote for the plan"), () -> extract(text, 0).toString());
  }

  @Test
  void aParticipleThatOnlyGlossesTheReportIsNotAQuote() {
    String text = "The talks were useful, the envoy said, describing the rebels as partners in the region.";
    assertEquals(List.of("The talks were useful"), texts(text, Kind.INDIRECT));
  }

  @Test
  void aReportInTheMiddleOfTheSentenceTakesTheWholeSentence() {
    String text = "The new plant, the company said, would employ four hundred people.";
    List<String> indirect = texts(text, Kind.INDIRECT);
    assertEquals(1, indirect.size(), indirect::toString);
    assertTrue(indirect.get(0).startsWith("The new plant") && indirect.get(0).endsWith("four hundred people"), indirect::toString);
  }

  @Test
  void aFrontedAdverbialIsNotAnInvertedReport() {
    String text = "On Thursday, however, the mayor spoke to a crowd of farmers.";
    assertEquals(List.of(), texts(text, Kind.INDIRECT));
  }

  @Test
  void aQuoteOnALineOfItsOwnIsDirectEvenAfterASignature() {
    String text = "“The rent doubled in a year.” ― Marta Ruiz\n“Nobody asked us before the vote.” ― Ivo Petrov";
    assertEquals(List.of("The rent doubled in a year.", "Nobody asked us before the vote."), texts(text, Kind.DIRECT));
  }

  @Test
  void talkOnADayOrForAWhileHasNoTopic() {
    assertEquals(List.of(), texts("The two leaders spoke for about five minutes on Monday.", Kind.INDIRECT));
    assertEquals(List.of("the new tariffs"), texts("The minister commented on the new tariffs.", Kind.INDIRECT));
  }

  @Test
  void aPassiveAgentIsTheSourceAndNotTheContent() {
    String text = "The surgeon has been called a fraud by several of his colleagues.";
    List<QuoteSpan> quotes = extract(text, 0);
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("a fraud", text.substring(quotes.get(0).start(), quotes.get(0).end()));
    ParsedText parsed = NlpAnnotator.annotate(text);
    // the head of the by-phrase "several of his colleagues"
    assertEquals("several", parsed.sentences().get(quotes.get(0).sourceSentence()).tokens().get(quotes.get(0).sourceToken()).word());
  }

  @Test
  void aHeadlineThatRestatesABodyQuoteIsAQuoteOfItsOwn() {
    // the guidelines count "Speaker: statement" headlines, also when the body says it again
    String title = "Varga: Harbour Will Reopen In May";
    String text = title + "\n\nThe harbour will reopen in May, port director Paul Varga said on Monday.";
    List<QuoteSpan> quotes = extract(text, title.length());
    assertEquals(2, quotes.size(), quotes::toString);
    assertEquals("Harbour Will Reopen In May", text.substring(quotes.get(0).start(), quotes.get(0).end()));
    assertTrue(quotes.get(1).start() > title.length());
  }

  @Test
  void aHeadlineSaysClauseIsReportedSpeech() {
    String title = "Varga says harbour will reopen in May";
    String text = title + "\n\nThe port's director spoke to reporters on the quay on Monday.";
    List<QuoteSpan> quotes = extract(text, title.length());
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("harbour will reopen in May", text.substring(quotes.get(0).start(), quotes.get(0).end()));
  }

  @Test
  void aHeadlineVerbWithAnObjectOnlyLabelsTheStory() {
    String title = "Varga slams port report";
    String text = title + "\n\nThe port's director spoke to reporters on the quay on Monday.";
    assertEquals(List.of(), extract(text, title.length()));
  }

  @Test
  void aHeadlineLabelThatNamesNoOneAttributesNothing() {
    String title = "Stealth Over Health: Mayor Skipped The Hospital Visit";
    String text = title + "\n\nThe mayor did not visit the hospital on Sunday.";
    assertEquals(List.of(), extract(text, title.length()));
  }

  @Test
  void verbsThatRejectOrAccuseReportTheirObject() {
    assertEquals(List.of("the opposition's claims of fraud"),
        texts("Finance Minister Lena Okafor rejected the opposition's claims of fraud.", Kind.INDIRECT));
    assertEquals(List.of("the port authority of hiding the losses"),
        texts("The union accused the port authority of hiding the losses.", Kind.INDIRECT));
    assertEquals(List.of("the company had paid the bribes"),
        texts("Director Omar Bello denied that the company had paid the bribes.", Kind.INDIRECT));
  }

  @Test
  void membersOfTheAccusedObjectAreStillWhatTheVerbReports() {
    // the parser hangs ", including …" on the verb and "of hiding …" on the member's name
    assertEquals(List.of("the port's management, including director Ola Brandt and her deputy, of hiding the losses"),
        texts("The union accused the port's management, including director Ola Brandt and her deputy, of hiding the losses.",
            Kind.INDIRECT));
  }

  @Test
  void reportingNounsReportTheirClauseOrTheirTopic() {
    assertEquals(List.of("he had misled the regulators"),
        texts("For years the surgeon has faced charges that he had misled the regulators.", Kind.INDIRECT));
    assertEquals(List.of("the harbour closure"),
        texts("Mayor Dana Quill's comments on the harbour closure surprised the council.", Kind.INDIRECT));
  }

  @Test
  void aSourcelessReportInsideSomeonesReportIsTheirs() {
    String text = "Governor Ana Brill challenged the senator to prove allegations that the port had lost money.";
    List<String> indirect = texts(text, Kind.INDIRECT);
    assertEquals(1, indirect.size(), indirect::toString);
    assertTrue(indirect.get(0).startsWith("the senator to prove allegations"), indirect::toString);
  }

  @Test
  void onlyVerbsWithAnAddresseeSkipTheirObject() {
    assertEquals(List.of("the money could be better spent on schools"),
        texts("But critics say the money could be better spent on schools.", Kind.INDIRECT));
    assertEquals(List.of("the plan was dead"), texts("The mayor told reporters the plan was dead.", Kind.INDIRECT));
  }

  @Test
  void aConcessiveReportIsNotAnInversion() {
    String text = "Ms. Orla Brandt said the union would strike, though she acknowledged it was unlikely to work.";
    List<String> indirect = texts(text, Kind.INDIRECT);
    assertTrue(indirect.contains("it was unlikely to work"), indirect::toString);
    assertTrue(indirect.stream().noneMatch(q -> q.startsWith("Ms. Orla Brandt")), indirect::toString);
  }

  @Test
  void aReportInsideTheSentenceBeforeItsMainVerb() {
    String text = "The new bridge, the mayor said, opened two weeks early.";
    assertEquals(List.of("The new bridge, the mayor said, opened two weeks early"), texts(text, Kind.INDIRECT));
  }

  @Test
  void aBareNounPhraseCanBeWhatWasSaid() {
    assertEquals(List.of("Leaders like Okafor"),
        texts("\"We need people of substance.\"\n\nLeaders like Okafor, she said.", Kind.INDIRECT));
  }

  @Test
  void theSpeakerMayFollowTheVerbAfterTheComma() {
    String text = "The harbour fees would double by the summer, noted port director Paul Varga.";
    List<QuoteSpan> quotes = extract(text, 0);
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("The harbour fees would double by the summer", text.substring(quotes.get(0).start(), quotes.get(0).end()));
    ParsedText parsed = NlpAnnotator.annotate(text);
    assertEquals("Varga", parsed.sentences().get(0).tokens().get(quotes.get(0).sourceToken()).word());
  }

  @Test
  void aShortAddresseeDoesNotStopAMidSentenceReport() {
    String text = "The difference now, he told me on Friday, is that the show airs live.";
    List<String> indirect = texts(text, Kind.INDIRECT);
    assertEquals(1, indirect.size(), indirect::toString);
    assertTrue(indirect.get(0).startsWith("The difference now") && indirect.get(0).endsWith("airs live"), indirect::toString);
  }

  @Test
  void aQuotedTitleCaseSubheadingIsNotAQuote() {
    String text = "The mine closed in May.\n\n'A Town Without Coal.'\n\n\"We will have to start again,\" the mayor said.";
    assertEquals(List.of("We will have to start again,"), texts(text, Kind.DIRECT));
  }

  @Test
  void aHeadlineAttributionTakesTheQuoteMarksInsideIt() {
    String title = "Dana Quill: Harbour Workers Are Worried; It's 'in Their Wages.'";
    String text = title + "\n\nPollster Dana Quill told reporters on Monday that harbour workers were worried.";
    List<QuoteSpan> quotes = extract(text, title.length());
    QuoteSpan headline = quotes.get(0);
    assertEquals(Kind.INDIRECT, headline.kind(), quotes::toString);
    assertTrue(text.substring(headline.start(), headline.end()).startsWith("Harbour Workers Are Worried"), quotes::toString);
    assertTrue(headline.hasSource());
    assertTrue(quotes.stream().noneMatch(q -> q.kind() == Kind.PARTIAL), quotes::toString);
  }
}
