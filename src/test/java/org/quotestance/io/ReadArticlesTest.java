package org.quotestance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.beam.BeamTests;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.DeadLetterStage;

/**
 * The read stage on a folder written here: a .txt file that metadata.csv dates and names an outlet
 * for, a JSONL file with a malformed line between two good records, and a .gz that is not gzip.
 * and a file named on the command line that is gone. The good records are articles, each bad one
 * a dead letter, and nothing else is lost.
 */
@Tag("unit")
class ReadArticlesTest {
  @Test
  void articlesFromEveryFormatAndADeadLetterPerBrokenRecordOrFile(@TempDir Path dir) throws Throwable {
    Files.writeString(dir.resolve("a.txt"), "Harbour Wall Repairs\n\nThe mayor said the works begin in May.\n");
    Files.writeString(dir.resolve("metadata.csv"), "file,outlet,published\na.txt,Harbour Post,2015-12-02\n");
    Files.writeString(dir.resolve("b.jsonl"), String.join("\n",
        "{\"id\":\"b1\",\"text\":\"The first story.\",\"outlet\":\"Valley Times\"}",
        "{\"id\":\"b2\",\"text\":",
        "{\"id\":\"b3\",\"text\":\"The third story.\"}") + "\n");
    Files.write(dir.resolve("c.txt.gz"), "plain bytes, no gzip header".getBytes(StandardCharsets.UTF_8));
    String a = dir.resolve("a.txt").toString();
    String b = dir.resolve("b.jsonl").toString();
    String c = dir.resolve("c.txt.gz").toString();
    String gone = dir.resolve("gone.txt").toString(); // a String: the assertion is serialised, a Path is not

    BeamTests.withPipeline(ReadArticlesTest.class, p -> {
      // a folder means its article files (metadata.csv is not one); gone.txt went away after the checks
      List<String> patterns = new ArrayList<>(InputPatterns.of(dir.toString()));
      patterns.add(gone);
      PCollectionTuple out = p.apply(new ReadArticles(patterns, InputFiles.Excluded.none(), 1000));
      PAssert.that(out.get(ReadArticles.ARTICLES)).containsInAnyOrder(
          // metadata.csv fills in what a .txt cannot say; the JSONL record's own outlet is kept
          new Article("a", a, "", "Harbour Post", "", "2015-12-02",
              "Harbour Wall Repairs\n\nThe mayor said the works begin in May.\n"),
          new Article("b1", b, "", "Valley Times", "", "", "The first story."),
          new Article("b3", b, "", "", "", "", "The third story."));
      PAssert.that(out.get(DeadLetterStage.FAILED)).satisfies(letters -> {
        List<DeadLetter> sorted = new ArrayList<>();
        letters.forEach(sorted::add);
        sorted.sort(Comparator.comparing(DeadLetter::articleId));
        assertEquals(3, sorted.size(), sorted.toString());
        DeadLetter line = sorted.get(0);
        assertEquals(List.of(b, "b:2", "read"), List.of(line.input(), line.articleId(), line.stage()));
        assertTrue(line.error().startsWith("line 2: malformed JSON"), line.error());
        DeadLetter gzip = sorted.get(1);
        assertEquals(List.of(c, "c", "read"), List.of(gzip.input(), gzip.articleId(), gzip.stage()));
        assertTrue(gzip.error().startsWith("corrupt gzip"), gzip.error());
        assertEquals(new DeadLetter(gone, "gone", "read", "no such file"), sorted.get(2));
        return null;
      });
      p.run().waitUntilFinish();
    });
  }

  @Test
  void aTextLongerThanTheLimitIsADeadLetterNotATruncatedArticle(@TempDir Path dir) throws Throwable {
    Files.writeString(dir.resolve("long.txt"), "word ".repeat(300));
    Files.writeString(dir.resolve("short.txt"), "A short story.");
    BeamTests.withPipeline(ReadArticlesTest.class, p -> {
      PCollectionTuple out = p.apply(new ReadArticles(List.of(dir + "/*.txt"), InputFiles.Excluded.none(), 1000));
      PAssert.that(out.get(ReadArticles.ARTICLES))
          .containsInAnyOrder(Article.ofText("short", dir.resolve("short.txt").toString(), "A short story."));
      PAssert.that(out.get(DeadLetterStage.FAILED)).satisfies(letters -> {
        DeadLetter only = letters.iterator().next();
        assertEquals("long", only.articleId());
        assertTrue(only.error().contains("more than 1000 characters"), only.error());
        return null;
      });
      p.run().waitUntilFinish();
    });
  }

  @Test
  void theSpreadGroupsArticlesInTheirOwnCoderNotJavaSerialization() {
    // A group's values are copied in its coder each time a bundle adds to it (the DirectRunner),
    // so whole articles must not go through SerializableCoder there.
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    PCollectionTuple out = p.apply(new ReadArticles(List.of("in/*.txt"), InputFiles.Excluded.none(), 1000, 4));
    assertEquals(ArticleCoder.of(), out.get(ReadArticles.ARTICLES).getCoder());
    List<String> groups = new ArrayList<>();
    p.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitPrimitiveTransform(TransformHierarchy.Node node) {
        if (node.getTransform() instanceof GroupByKey) {
          for (PCollection<?> in : node.getInputs().values()) {
            String coder = in.getCoder().toString();
            groups.add(node.getFullName() + " " + coder);
            assertTrue(!coder.contains(SerializableCoder.class.getSimpleName()), node.getFullName() + ": " + coder);
          }
        }
      }
    });
    assertTrue(groups.stream().anyMatch(g -> g.contains("Spread/") && g.contains("ArticleCoder")), groups.toString());
  }
}
