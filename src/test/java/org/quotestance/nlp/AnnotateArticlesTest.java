package org.quotestance.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.beam.BeamTests;
import org.quotestance.beam.Coders;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.DeadLetterStage;
import org.quotestance.io.Article;
import org.quotestance.text.CleanedArticle;

/**
 * The annotate stage with CoreNLP: a cleaned article gets the parse stored for it in the fixtures
 * (so this also says when those are stale), the parse is written to the annotation cache, and an
 * article the stage throws on is a dead letter. CoreNLP cannot be made to fail on demand, so the
 * failing element is one without its cleaned text, which the stage reads first.
 */
@Tag("integration")
class AnnotateArticlesTest {
  @Test
  void annotatesIntoTheCacheAndSendsAFailureToTheDeadLetters(@TempDir Path cache) throws Throwable {
    CleanedArticle harbour = ParsedFixtures.cleaned("harbour");
    AnnotatedArticle expected = ParsedFixtures.annotated("harbour");
    CleanedArticle hollow = new CleanedArticle(Article.ofText("hollow", "in/hollow.txt", "text"), null);
    BeamTests.withPipeline(AnnotateArticlesTest.class, p -> {
      AnnotateArticles annotate = AnnotateArticles.create(new AnnotationCache.Settings(cache.toString(), 1 << 20));
      PCollectionTuple out = p.apply(Create.of(harbour, hollow).withCoder(Coders.of(CleanedArticle.class))).apply(annotate);
      PAssert.that(out.get(annotate.stage().ok())).containsInAnyOrder(expected);
      PAssert.that(out.get(DeadLetterStage.FAILED)).satisfies(letters -> {
        DeadLetter d = letters.iterator().next();
        assertEquals(List.of("in/hollow.txt", "hollow", "annotate"), List.of(d.input(), d.articleId(), d.stage()));
        assertTrue(d.error().startsWith("NullPointerException"), d.error());
        return null;
      });
      p.run().waitUntilFinish();
    });
    try (Stream<Path> files = Files.walk(cache)) {
      assertEquals(1, files.filter(f -> f.toString().endsWith(".qsa")).count(), "one entry, for the one annotated text");
    }
  }
}
