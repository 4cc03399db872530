package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The quote stage on stored parses of articles written for it (no CoreNLP): each quote's kind, words
 * and cue, and a dead letter for an article whose parse the extractor throws on.
 */
@Tag("unit")
class ExtractQuotesTest {
  /** "article kind cue: words" for each quote. */
  static List<String> describe(ArticleQuotes q) {
    return q.quotes().stream().map(s -> q.annotated().cleaned().article().id() + " " + s.kind().label() + " "
        + s.cueLemma() + ": " + q.annotated().parsed().slice(s.start(), s.end())).toList();
  }

  @Test
  void quotesOfEachKindAndADeadLetterForABrokenParse() throws Throwable {
    BeamTests.withPipeline(ExtractQuotesTest.class, p -> {
      ExtractQuotes extract = new ExtractQuotes(QuoteExtractor.create());
      PCollectionTuple out = p.apply(Create.of(ParsedFixtures.annotated("harbour"), ParsedFixtures.broken("harbour"))
              .withCoder(Coders.of(AnnotatedArticle.class)))
          .apply(extract);
      PAssert.that(out.get(extract.stage().ok())
              .apply(FlatMapElements.into(TypeDescriptors.strings()).via(ExtractQuotesTest::describe)))
          .containsInAnyOrder(
              "harbour indirect say: the repairs would start in May",
              "harbour direct tell: We have waited long enough for this,",
              // the quote's second sentence has no cue of its own; the speaker stage carries its speaker over
              "harbour direct : The wall will be safe by winter.",
              "harbour partial call: a careful first step",
              "harbour indirect warn: the costs could rise");
      PAssert.that(out.get(DeadLetterStage.FAILED)).satisfies(letters -> {
        DeadLetter d = letters.iterator().next();
        assertEquals(List.of("fixtures/harbour.txt", "harbour-broken", "quotes"), List.of(d.input(), d.articleId(), d.stage()));
        assertTrue(d.error().contains("IndexOutOfBoundsException"), d.error());
        return null;
      });
      p.run().waitUntilFinish();
    });
  }
}
