package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
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
import org.quotestance.quote.ReportingLexicon;
import org.quotestance.speaker.AttributedQuotes;
import org.quotestance.speaker.Countries;
import org.quotestance.speaker.SpeakerResolver;

/**
 * The stance stage on stored parses of an invented article (no CoreNLP), with the default claim
 * (Turkey supports DAESH, by buying its oil among others): an accusation supports it, a denial
 * denies it, a remark about a ferry is unrelated; the stage emits what its row builder makes of
 * them; an article the classifier throws on (a sentence without tokens) and one its row builder
 * throws on are dead letters.
 */
@Tag("unit")
class ClassifyStanceTest {
  @Test
  void stanceOfEachQuoteAndDeadLettersForTheClassifierAndTheRows() throws Throwable {
    Claim claim = Claim.parse(Files.readAllBytes(Path.of("pipelines/turkey-daesh-oil.json")));
    ReportingLexicon lexicon = ReportingLexicon.load();
    SpeakerResolver resolver = new SpeakerResolver(lexicon, Countries.get(), claim.knownSpeakers());
    AnnotatedArticle oil = ParsedFixtures.annotated("oil");
    ArticleQuotes q = new ArticleQuotes(oil, new ArrayList<>(new QuoteExtractor(lexicon).extract(oil.parsed(), 0)));
    AttributedQuotes good = new AttributedQuotes(q, new ArrayList<>(resolver.resolve(oil.parsed(), q.quotes())));
    AttributedQuotes broken = new AttributedQuotes(new ArticleQuotes(ParsedFixtures.broken("oil"), q.quotes()), good.speakers());
    AttributedQuotes noRow = new AttributedQuotes(new ArticleQuotes(ParsedFixtures.withId(oil, "oil-norow"), q.quotes()),
        good.speakers());
    BeamTests.withPipeline(ClassifyStanceTest.class, p -> {
      ClassifyStance<String> stance = new ClassifyStance<>(new ArticleStances(new StanceClassifier(claim)),
          (a, stances) -> {
            if (a.quotes().annotated().cleaned().article().id().equals("oil-norow")) {
              throw new IllegalArgumentException("no row for this one");
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < stances.size(); i++) {
              cells.add(a.speakers().get(i).name() + "=" + stances.get(i).label().label());
            }
            return String.join(", ", cells);
          }, StringUtf8Coder.of());
      PCollectionTuple out = p.apply(Create.of(good, broken, noRow).withCoder(Coders.of(AttributedQuotes.class))).apply(stance);
      PAssert.that(out.get(stance.stage().ok()))
          // Kaya's two: "rejected the accusation" and the quoted denial
          .containsInAnyOrder("Pavel Orlov=support, Emre Kaya=deny, Emre Kaya=deny, unknown=unrelated");
      PAssert.that(out.get(DeadLetterStage.FAILED)).containsInAnyOrder(
          new DeadLetter("fixtures/oil.txt", "oil-norow", "stance", "IllegalArgumentException: no row for this one"),
          new DeadLetter("fixtures/oil.txt", "oil-broken", "stance", "ArrayIndexOutOfBoundsException: Index 0 out of bounds for length 0"));
      p.run().waitUntilFinish();
    });
  }
}
