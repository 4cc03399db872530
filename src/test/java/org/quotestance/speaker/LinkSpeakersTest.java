package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.beam.BeamTests;
import org.quotestance.beam.Coders;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.DeadLetterStage;
import org.quotestance.nlp.AnnotatedArticle;
import org.quotestance.nlp.ParsedFixtures;
import org.quotestance.quote.ArticleQuotes;
import org.quotestance.quote.QuoteExtractor;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.quote.ReportingLexicon;

/**
 * The speaker stage on stored parses (no CoreNLP): a surname alone is the fullest name the article
 * gives, a quote's next sentence keeps its speaker, a description without a name is unknown, and an
 * article the resolver throws on is a dead letter.
 */
@Tag("unit")
class LinkSpeakersTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.create();

  static ArticleQuotes quotes(AnnotatedArticle a) {
    return new ArticleQuotes(a, new ArrayList<>(EXTRACTOR.extract(a.parsed(), 0)));
  }

  /** "article: first words of the quote -> speaker". */
  static List<String> describe(AttributedQuotes a) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.speakers().size(); i++) {
      var q = a.quotes().quotes().get(i);
      String words = a.quotes().annotated().parsed().slice(q.start(), q.end());
      out.add(a.quotes().annotated().cleaned().article().id() + ": " + words.split(" ")[0] + " "
          + words.split(" ")[1] + " -> " + a.speakers().get(i).name());
    }
    return out;
  }

  @Test
  void eachQuoteGetsItsSpeakerAndABrokenParseIsADeadLetter() throws Throwable {
    ArticleQuotes harbour = quotes(ParsedFixtures.annotated("harbour"));
    ArticleQuotes oil = quotes(ParsedFixtures.annotated("oil"));
    // quotes that point at a sentence the parse does not have (another article's, say)
    QuoteSpan first = oil.quotes().get(0);
    ArticleQuotes broken = new ArticleQuotes(ParsedFixtures.broken("oil"), List.of(new QuoteSpan(first.kind(),
        first.start(), first.end(), first.cue(), first.cueLemma(), 99, first.sourceToken(), 99, first.rule())));
    BeamTests.withPipeline(LinkSpeakersTest.class, p -> {
      LinkSpeakers link = new LinkSpeakers(new SpeakerResolver(ReportingLexicon.load(), Countries.get(), KnownSpeakers.none()));
      PCollectionTuple out = p.apply(Create.of(harbour, oil, broken).withCoder(Coders.of(ArticleQuotes.class))).apply(link);
      PAssert.that(out.get(link.stage().ok())
              .apply(FlatMapElements.into(TypeDescriptors.strings()).via(LinkSpeakersTest::describe)))
          .containsInAnyOrder(
              "harbour: the repairs -> Mira Holm", // the apposition names the harbour master
              "harbour: We have -> Mira Holm", // "Holm told": the fullest name the article gives
              "harbour: The wall -> Mira Holm", // the same quote's second sentence
              "harbour: a careful -> Kai Strand",
              "harbour: the costs -> Kai Strand",
              "oil: Turkey buys -> Pavel Orlov",
              "oil: the accusation -> Emre Kaya",
              "oil: Turkey has -> Emre Kaya",
              "oil: The ferry -> unknown"); // "a port official" names no one
      PAssert.that(out.get(DeadLetterStage.FAILED)).satisfies(letters -> {
        DeadLetter d = letters.iterator().next();
        assertEquals(List.of("fixtures/oil.txt", "oil-broken", "speakers"), List.of(d.input(), d.articleId(), d.stage()));
        return null;
      });
      p.run().waitUntilFinish();
    });
  }
}
