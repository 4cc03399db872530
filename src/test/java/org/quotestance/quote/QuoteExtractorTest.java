package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.NlpAnnotator;
import org.quotestance.nlp.ParsedText;
import org.quotestance.quote.QuoteSpan.Kind;

/** Quote extraction on short texts written for the test, with the shared CoreNLP pipeline. */
@Tag("integration")
class QuoteExtractorTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.create();

  private static List<QuoteSpan> extract(String text) {
    return EXTRACTOR.extract(NlpAnnotator.annotate(text), 0);
  }

  private static QuoteSpan only(String text, Kind kind) {
    List<QuoteSpan> quotes = extract(text).stream().filter(q -> q.kind() == kind).toList();
    assertEquals(1, quotes.size(), () -> "expected one " + kind + " quote in: " + text + " got " + extract(text));
    return quotes.get(0);
  }

  private static String slice(String text, QuoteSpan q) {
    return text.substring(q.start(), q.end());
  }

  @Test
  void directQuoteWithCueAfterIt() {
    String text = "\"We will rebuild the bridge before winter,\" Mayor Helen Dorsey said on Tuesday.";
    QuoteSpan q = only(text, Kind.DIRECT);
    assertEquals("We will rebuild the bridge before winter,", slice(text, q));
    assertEquals("said", q.cue());
    assertEquals(QuoteSpan.MARKED, q.rule());
    assertTrue(q.hasSource());
  }

  @Test
  void reportedSpeechWithThatClause() {
    String text = "The finance minister said that the budget would be balanced by next year.";
    QuoteSpan q = only(text, Kind.INDIRECT);
    assertEquals("the budget would be balanced by next year", slice(text, q));
    assertEquals("reported-speech", q.rule());
  }

  @Test
  void invertedReportTakesTheClauseBeforeTheComma() {
    String text = "The harbour will reopen in May, the port authority's director Paul Varga said Monday.";
    QuoteSpan q = only(text, Kind.INDIRECT);
    assertEquals("The harbour will reopen in May", slice(text, q));
    assertEquals("inverted-report", q.rule());
  }

  @Test
  void accordingToNamesTheSource() {
    String text = "According to the engineers, the dam can hold another meter of water.";
    QuoteSpan q = only(text, Kind.INDIRECT);
    assertEquals("the dam can hold another meter of water", slice(text, q));
    assertEquals("according to", q.cue());
    assertEquals("according-to", q.rule());
  }

  @Test
  void partialQuoteInsideReportedSpeech() {
    String text = "Senator Ruth Alvarez called the new tax plan “a gift to the wealthy” during the debate.";
    QuoteSpan q = only(text, Kind.PARTIAL);
    assertEquals("a gift to the wealthy", slice(text, q));
  }

  @Test
  void titleOfAPublicationIsNotAQuote() {
    String text = "The professor gave an interview to “Nordlicht,” a German weekly, last month.";
    assertTrue(extract(text).stream().noneMatch(q -> slice(text, q).contains("Nordlicht")));
  }

  @Test
  void scareQuotesNobodySaidAreNotQuotes() {
    String text = "The so-called “reform” left the old rules in place for another decade.";
    assertTrue(extract(text).isEmpty(), () -> "got " + extract(text));
  }

  @Test
  void passiveCitationKeepsThePersonNotTheAgencyAsSource() {
    String text = "\"The talks were useful,\" she was quoted as saying by a news agency.";
    QuoteSpan q = only(text, Kind.DIRECT);
    ParsedText parsed = NlpAnnotator.annotate(text);
    String source = parsed.sentences().get(q.sourceSentence()).tokens().get(q.sourceToken()).word();
    assertEquals("she", source);
  }

  @Test
  void sayingVerbWithoutAClauseIsNoQuote() {
    String text = "The spokesman spoke to reporters on the sidelines of the summit.";
    assertFalse(extract(text).stream().anyMatch(q -> q.kind() == Kind.INDIRECT), () -> "got " + extract(text));
  }

  @Test
  void headlineWithSpeakerAndColonIsAQuoteOfThatSpeaker() {
    String title = "Dorsey: Harbour Bridge Will Reopen Before Winter";
    String text = title + "\n\nMayor Helen Dorsey spoke on Friday.";
    List<QuoteSpan> quotes = EXTRACTOR.extract(NlpAnnotator.annotate(text), title.length());
    QuoteSpan q = quotes.get(0);
    assertEquals("Harbour Bridge Will Reopen Before Winter", text.substring(q.start(), q.end()));
    assertTrue(q.hasSource());
    assertEquals(QuoteSpan.HEADLINE, q.rule());
  }

  @Test
  void headlineEndingInADashAndASourceIsAQuoteOfThatSource() {
    String title = "Norway main destination for smuggled timber \u2014 Swedish Forestry Agency";
    String text = title + "\n\nSTOCKHOLM, March 3. The Swedish Forestry Agency published its report on Monday.";
    List<QuoteSpan> quotes = EXTRACTOR.extract(NlpAnnotator.annotate(text), title.length());
    assertEquals(1, quotes.size(), () -> "got " + quotes);
    assertEquals("Norway main destination for smuggled timber", text.substring(quotes.get(0).start(), quotes.get(0).end()));
    assertEquals(QuoteSpan.HEADLINE, quotes.get(0).rule());
    String plain = "Timber prices rise \u2014 and so do the fines\n\nThe agency published its report on Monday.";
    assertTrue(EXTRACTOR.extract(NlpAnnotator.annotate(plain), plain.indexOf('\n')).isEmpty());
  }

  @Test
  void headlineEndingInSpeakerAndAHeadlineVerbIsAQuote() throws Exception {
    String title = "Harbour Bridge Will Reopen Before Winter, Dorsey Says";
    String text = title + "\n\nMayor Helen Dorsey spoke on Friday.";
    ParsedText doc = NlpAnnotator.annotate(text);
    List<QuoteSpan> quotes = EXTRACTOR.extract(doc, title.length());
    assertEquals(1, quotes.size(), () -> "got " + quotes);
    assertEquals("Harbour Bridge Will Reopen Before Winter", text.substring(quotes.get(0).start(), quotes.get(0).end()));
    // the verbs are reporting.json's headlineVerbs: without "says" there, the headline names no speaker
    String json = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/quote-stance/reporting.json"))
        .replace("\"headlineVerbs\": [\"says\", ", "\"headlineVerbs\": [");
    ReportingLexicon withoutSays = org.quotestance.config.StrictJson.resource("reporting.json",
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8), ReportingLexicon.class);
    assertFalse(withoutSays.headlineVerbs().contains("says"));
    assertTrue(new QuoteExtractor(withoutSays).extract(doc, title.length()).isEmpty());
  }

  @Test
  void headlineVerbIsNotAReport() {
    String title = "Senator Slams Budget Plan Over Rising Costs";
    String text = title + "\n\nThe budget was published on Monday.";
    assertTrue(EXTRACTOR.extract(NlpAnnotator.annotate(text), title.length()).isEmpty());
  }

  @Test
  void reportingNounWithPossessorAndThatClause() {
    String text = "The mayor's claim that the old bridge was still safe angered residents.";
    List<QuoteSpan> quotes = extract(text);
    assertTrue(quotes.stream().anyMatch(q -> slice(text, q).contains("the old bridge was still safe")
        && q.rule().equals("nominal-cue")), () -> "got " + quotes);
  }

  @Test
  void aMarkedQuoteAndAReportedClauseNameTheirRules() {
    String text = "\"The pier is closed,\" the harbour master said on Monday. "
        + "She said that the ferries would sail from the north quay until June.";
    List<QuoteSpan> quotes = extract(text);
    assertEquals(2, quotes.size(), () -> "got " + quotes);
    assertEquals("The pier is closed,", slice(text, quotes.get(0)));
    assertEquals(Kind.DIRECT, quotes.get(0).kind());
    assertEquals("marked-quote", quotes.get(0).rule());
    assertEquals("the ferries would sail from the north quay until June", slice(text, quotes.get(1)));
    assertEquals("reported-speech", quotes.get(1).rule());
  }

  @Test
  void anAccusationKeepsWhatTheAccusedIsAccusedOf() {
    // an object-content verb with an object: its "of" phrase is what is reported, not a circumstance
    String text = "At a briefing in Oslo, Deputy Minister Ola Berg went further, accusing the company's board of hiding the losses.";
    QuoteSpan q = only(text, Kind.INDIRECT);
    assertEquals("the company's board of hiding the losses", slice(text, q));
    // a circumstance is still not content
    String time = "The mayor accused the council on Monday.";
    assertFalse(extract(time).stream().anyMatch(x -> slice(time, x).contains("Monday")), () -> extract(time).toString());
  }

  @Test
  void aChargeAfterAnAsideInDashesIsStillTheAccusation() {
    // the parser makes "of hiding …" a conjunct of the clause after the dashed aside
    String text = "Norway has escalated its row with Sweden, accusing the Swedish government — and Prime Minister Lars Berg's "
        + "family personally — of profiting from timber smuggled out of forests held by the rebels.";
    QuoteSpan q = only(text, Kind.INDIRECT);
    assertEquals("the Swedish government — and Prime Minister Lars Berg's family personally — of profiting from timber smuggled out "
        + "of forests held by the rebels", slice(text, q));
  }

  @Test
  void aPhrasalRejectionReportsWhatItRejects() {
    // "hit back at" acts as "reject": its object is the speaker's report, not the possessor's
    String text = "The fisheries minister hit back at Oslo's claim that the fleet had emptied the fjord.";
    QuoteSpan q = only(text, Kind.INDIRECT);
    assertEquals("Oslo's claim that the fleet had emptied the fjord", slice(text, q));
    assertEquals("reject", q.cueLemma());
    assertEquals("hit back at", q.cue());
    assertEquals("phrasal-report", q.rule());
    // an adverb between the words, and the that-clause the parser hangs on the verb
    String hard = "The agency is pushing back hard on the accusation that its inspectors took bribes.";
    assertEquals("the accusation that its inspectors took bribes", slice(hard, only(hard, Kind.INDIRECT)));
  }

  @Test
  void aPhrasalRejectionOfSomeoneReportsNothing() {
    // at the accuser, not at what was said
    assertTrue(extract("The fisheries minister hit back at Oslo on Tuesday.").isEmpty());
  }

  @Test
  void anAbsolutePhraseWithAReportingParticipleIsItsOwnReport() {
    String text = "The council has rejected the complaint, with its chairwoman Ingrid Lund saying the permits were issued lawfully.";
    List<QuoteSpan> quotes = extract(text);
    QuoteSpan absolute = quotes.stream().filter(q -> q.rule().equals("absolute-report")).findFirst().orElseThrow(() -> new AssertionError(quotes.toString()));
    assertEquals("the permits were issued lawfully", slice(text, absolute));
    assertEquals("saying", absolute.cue());
    // the report before it ends at the comma
    assertTrue(quotes.stream().noneMatch(q -> q != absolute && q.end() > text.indexOf(", with")), quotes::toString);
  }

  @Test
  void aReportNounsClauseEndsBeforeAnAbsoluteReport() {
    String text = "The union repeated its charge that the mill poisons the river, with the mayor saying the tests show nothing of the kind.";
    List<QuoteSpan> quotes = extract(text);
    assertTrue(quotes.stream().anyMatch(q -> slice(text, q).equals("the mill poisons the river")), quotes::toString);
    assertTrue(quotes.stream().anyMatch(q -> slice(text, q).equals("the tests show nothing of the kind")), quotes::toString);
  }
}
