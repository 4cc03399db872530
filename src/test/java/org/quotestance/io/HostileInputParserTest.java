package org.quotestance.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.beam.DeadLetter;

/**
 * Hostile files read as streams: bombs and endless lines stop at a bound, every record keeps its
 * own row, odd encodings are decoded or reported.
 */
@Tag("unit")
class HostileInputParserTest {
  private static final Duration QUICK = Duration.ofSeconds(20);

  private static ArticleParser.Parsed parse(String path, InputStream in, int maxArticleChars) {
    List<Article> articles = new ArrayList<>();
    List<DeadLetter> errors = new ArrayList<>();
    ArticleParser.parse(path, in, new ArticleParser.Limits(maxArticleChars), new ArticleParser.Sink() {
      @Override
      public void article(Article a) {
        articles.add(a);
      }

      @Override
      public void error(DeadLetter e) {
        errors.add(e);
      }
    });
    return new ArticleParser.Parsed(articles, errors);
  }

  private static InputStream concat(InputStream... parts) {
    return new SequenceInputStream(Collections.enumeration(List.of(parts)));
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(UTF_8));
  }

  @Test
  void endlessGzippedTextStopsAtMaxArticleChars() {
    ArticleParser.Parsed p = assertTimeoutPreemptively(QUICK,
        () -> parse("in/bomb.txt.gz", Streams.endlessGzip((byte) 'a'), 5_000));
    assertTrue(p.articles().isEmpty());
    assertEquals(1, p.errors().size());
    assertEquals("bomb", p.errors().get(0).articleId());
    assertTrue(p.errors().get(0).error().contains("more than 5000 characters, more than --maxArticleChars=5000; reading"
        + " stopped there"), p.errors().get(0).error());
  }

  @Test
  void endlessGzippedJsonLineIsOneDeadLetterAndStopsTheFile() {
    ArticleParser.Parsed p = assertTimeoutPreemptively(QUICK,
        () -> parse("in/bomb.jsonl.gz", Streams.endlessGzip((byte) 0), 1_000));
    assertTrue(p.articles().isEmpty());
    assertEquals(1, p.errors().size(), p.errors().toString());
    DeadLetter e = p.errors().get(0);
    assertEquals("bomb:1", e.articleId());
    assertTrue(e.error().startsWith("line 1: record is longer than") && e.error().contains("--maxArticleChars=1000")
        && e.error().contains("the rest of the file was not read"), e.error());
  }

  @Test
  void endlessBlankLinesAreStopped() {
    ArticleParser.Parsed p = assertTimeoutPreemptively(QUICK,
        () -> parse("in/blank.jsonl.gz", Streams.endlessGzip((byte) '\n'), 1_000));
    assertEquals(1, p.errors().size(), p.errors().toString());
    assertTrue(p.errors().get(0).error().contains("compression bomb"), p.errors().get(0).error());
  }

  @Test
  void hundredMegabyteLineIsReportedUnderItsIdAndTheNextLinesAreRead() {
    long size = 100L << 20;
    InputStream in = concat(text("{\"id\": \"huge\", \"text\": \""), Streams.repeat((byte) 'a', size),
        text("\"}\n{\"text\": \""), Streams.repeat((byte) 'b', size), text("\", \"id\": \"late-id\"}\n"),
        text("{\"id\": \"next\", \"text\": \"The ferry left at dawn.\"}\n"));
    ArticleParser.Parsed p = assertTimeoutPreemptively(QUICK, () -> parse("feeds/day.jsonl", in, 200_000));
    assertEquals(List.of("next"), p.articles().stream().map(Article::id).toList());
    assertEquals(List.of("huge", "late-id"), p.errors().stream().map(DeadLetter::articleId).toList());
    assertTrue(p.errors().get(0).error().startsWith("line 1: record is longer than 2248576 bytes"), p.errors().get(0).error());
    assertTrue(p.errors().get(1).error().startsWith("line 2: "), p.errors().get(1).error());
  }

  @Test
  void twoObjectsOnOneLineAreTwoRecords() {
    ArticleParser.Parsed p = ArticleParser.parse("feeds/run.jsonl",
        ("{\"id\": \"a\", \"text\": \"First.\"}{\"id\": \"b\", \"text\": \"Second.\"}\n"
            + "{\"id\": \"c\", \"text\": \"Third.\"} {\"id\": \"d\", \"text\": ").getBytes(UTF_8));
    assertEquals(List.of("a", "b", "c"), p.articles().stream().map(Article::id).toList());
    assertEquals(1, p.errors().size());
    assertEquals("run:2#2", p.errors().get(0).articleId());
    assertTrue(p.errors().get(0).error().startsWith("line 2 (JSON value 2 on the line): malformed JSON"),
        p.errors().get(0).error());
  }

  @Test
  void everyRecordOfAFileHasItsOwnId() {
    ArticleParser.Parsed p = ArticleParser.parse("feeds/dup.jsonl", String.join("\n",
        "{\"id\": \"a\", \"text\": \"First copy.\"}",
        "{\"id\": \"a\", \"text\": \"Second copy.\"}",
        "{\"id\": \"x\"}",
        "{\"id\": \"x\"}",
        "{\"text\": \"no id\"}",
        "{\"text\": \"no id either\"}").getBytes(UTF_8));
    assertEquals(List.of("a"), p.articles().stream().map(Article::id).toList());
    assertEquals(List.of("dup:2", "x", "dup:4", "dup:5", "dup:6"), p.errors().stream().map(DeadLetter::articleId).toList());
    assertTrue(p.errors().get(0).error().contains("duplicate article_id \"a\" (first on line 1)"), p.errors().get(0).error());
    assertTrue(p.errors().get(2).error().contains("no \"text\""), p.errors().get(2).error());
  }

  @Test
  void utf16WithAByteOrderMarkIsDecoded() {
    String s = "\"We will rebuild it,\" the mayor said.";
    byte[] le = ("\uFEFF" + s).getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("\uFEFF" + s).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(List.of(Article.ofText("le", "le.txt", s)), ArticleParser.parse("le.txt", le).articles());
    assertEquals(List.of(Article.ofText("be", "be.txt", s)), ArticleParser.parse("be.txt", be).articles());
  }

  @Test
  void aNulByteAnywhereMakesTheFileBinary() {
    String late = "Plain words. ".repeat(1_000) + "\u0000\"A quote after the NUL,\" he said.";
    ArticleParser.Parsed p = ArticleParser.parse("late.txt", late.getBytes(UTF_8));
    assertTrue(p.articles().isEmpty());
    assertTrue(p.errors().get(0).error().startsWith("binary file, not text (NUL byte at character 13000"),
        p.errors().get(0).error());
    ArticleParser.Parsed json = ArticleParser.parse("j.jsonl", "{\"id\": \"n\", \"text\": \"a\\u0000b\"}".getBytes(UTF_8));
    assertTrue(json.articles().isEmpty());
    assertTrue(json.errors().get(0).error().contains("NUL"), json.errors().get(0).error());
  }
}
