package org.quotestance.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.beam.BeamTests;
import org.quotestance.beam.DeadLetter;
import org.quotestance.report.ReportHtml;
import org.quotestance.table.ArticleResult.Status;

/**
 * The scaled-out table stage against the one that builds the tables in memory: the same results
 * and dead letters give the same bytes in every file, report.html included.
 */
@Tag("unit")
class WriteTablesTest {
  private static final String ORLOV = "Dmitri Ivanovich Orlov";

  static QuoteRow quote(String article, String outlet, String id, String kind, int start, String speaker,
      String affiliation, String stance, String published) {
    return new QuoteRow(article, outlet, id, kind, start, start + 10, "text of " + id, speaker, speaker, affiliation,
        "say", stance, 0.8, "rule", published, "marked-quote", "cue-subject");
  }

  /**
   * Articles a, b (Orlov under three spellings, one affiliation in b only; dated), a copy of b from
   * another input (a duplicate id), c skipped, d and e known only from dead letters (d twice), a
   * spreadsheet-formula outlet and a negative stance index.
   */
  static List<ArticleResult> results() {
    List<QuoteRow> a = List.of(
        quote("a", "Harbour Post", "a#3", "direct", 50, "Kai Strand", "", "unrelated", "2015-12-02"),
        quote("a", "Harbour Post", "a#1", "direct", 10, "Dmitry Orlov", "", "support", "2015-12-02"),
        quote("a", "Harbour Post", "a#2", "partial", 30, "Mira Holm", "City Council", "deny", "2015-12-02"));
    List<QuoteRow> b = List.of(
        quote("b", "=Valley Times", "b#2", "direct", 40, ORLOV, "", "deny", "2015-12-03T10:00:00+02:00"),
        quote("b", "=Valley Times", "b#1", "indirect", 5, "Dmitri Orlov", "Ministry of Energy", "support", ""),
        quote("b", "=Valley Times", "b#3", "direct", 90, "unknown", "", "discuss", ""),
        quote("b", "=Valley Times", "b#4", "direct", 120, "Mira Holm", "", "deny", "2015-12-03"));
    return List.of(
        ArticleResult.skipped("c", "in/c.txt", "=Valley Times", "Title C"),
        new ArticleResult("b", "in/z.jsonl", "Other", "Copy of B", Status.OK, List.of(
            quote("b", "Other", "b#1", "direct", 1, "Someone Else", "", "support", ""))),
        new ArticleResult("b", "in/b.txt", "=Valley Times", "Title B", Status.OK, b, "2015-12-03", "http://b"),
        new ArticleResult("a", "in/a.txt", "Harbour Post", "Title A", Status.OK, a, "2015-12-02", ""));
  }

  static List<DeadLetter> errors() {
    return List.of(
        new DeadLetter("in/d.txt", "d", "nlp", "IllegalStateException: boom"),
        new DeadLetter("in/d.txt", "d", "clean", "IllegalStateException: bang"),
        new DeadLetter("in/e.jsonl", "e", "read", "-not json"));
  }

  private static RunInfo info(Path staging) {
    return new RunInfo(List.of("in/*"), "claim.json", "abc", "claim", "all", staging + "/", "A claim.", 100);
  }

  /** Every file of a directory by name. */
  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void sameBytesAsTheInMemoryTables(@TempDir Path tmp) throws Throwable {
    Path scaled = Files.createDirectory(tmp.resolve("scaled"));
    Path memory = Files.createDirectory(tmp.resolve("memory"));
    BeamTests.withPipeline(WriteTablesTest.class, p -> {
      List<TableItem> items = new ArrayList<>();
      results().forEach(r -> items.add(TableItem.of(r)));
      errors().forEach(e -> items.add(TableItem.of(e)));
      PCollection<String> out = p.apply(Create.of(items).withCoder(org.quotestance.beam.Coders.of(TableItem.class)))
          .apply(new WriteTables(info(scaled), ReportHtml::render));
      PAssert.that(out).containsInAnyOrder(scaled + "/");
      p.run().waitUntilFinish();
    });
    Tables t = TableBuilder.build(results(), errors());
    TableWriter.write(FileSystems.matchNewResource(memory + "/", true), t, RunSummary.of(info(memory), t.counts()),
        ReportHtml::render);

    Map<String, byte[]> expected = files(memory);
    Map<String, byte[]> actual = files(scaled);
    assertEquals(expected.keySet(), actual.keySet(), "the same files, and no run files left behind");
    for (String name : expected.keySet()) {
      String e = new String(expected.get(name), java.nio.charset.StandardCharsets.UTF_8);
      String a = new String(actual.get(name), java.nio.charset.StandardCharsets.UTF_8);
      if (name.equals("run.json")) {
        e = e.replace(memory.toString(), "DIR");
        a = a.replace(scaled.toString(), "DIR");
      }
      assertEquals(e, a, name);
    }
    // checked by hand against the fixture (intervals: Wilson, n=3 at p=2/3 gives -0.585..0.877, n=2 at p=0 gives
    // -1..0.315): Orlov's three spellings are one speaker with b's affiliation,
    // the copy of b from in/z.jsonl is a dead letter and a failed row, d and e are failed rows once each
    String speakers = Files.readString(scaled.resolve("speakers.csv"));
    assertEquals("speaker,affiliation,quotes,support,deny,discuss,unrelated,stance_index,claim_quotes,stance_low,stance_high\n"
        + "Dmitri Ivanovich Orlov,Ministry of Energy,3,2,1,0,0,0.333,3,-0.585,0.877\n"
        + "Kai Strand,,1,0,0,0,1,,0,,\n"
        + "Mira Holm,City Council,2,0,2,0,0,-1.000,2,-1.000,0.315\n", speakers);
    String articles = Files.readString(scaled.resolve("articles.csv"));
    assertEquals(List.of("article_id,outlet,title,status,quotes,support,deny,discuss,unrelated,published,url",
        "a,Harbour Post,Title A,ok,3,1,1,0,1,2015-12-02,", "b,'=Valley Times,Title B,ok,4,1,2,1,0,2015-12-03,http://b",
        "b,unknown,,failed,0,0,0,0,0,,", "c,'=Valley Times,Title C,skipped,0,0,0,0,0,,", "d,unknown,,failed,0,0,0,0,0,,",
        "e,unknown,,failed,0,0,0,0,0,,"), List.of(articles.split("\n")));
    assertTrue(Files.readString(scaled.resolve("errors.csv")).contains("in/z.jsonl,b,tables,duplicate article_id"));
    assertEquals("date,affiliation,quotes,support,deny,discuss,unrelated,stance_index,claim_quotes\n"
        + "2015-12-02,,1,0,0,0,1,,0\n2015-12-02,City Council,1,0,1,0,0,-1.000,1\n"
        + "2015-12-02,Ministry of Energy,1,1,0,0,0,1.000,1\n" // a#1 takes Orlov's affiliation from b
        + "2015-12-03,City Council,1,0,1,0,0,-1.000,1\n2015-12-03,Ministry of Energy,1,0,1,0,0,-1.000,1\n",
        Files.readString(scaled.resolve("timeline.csv")));
  }

  @Test
  void emptyRunWritesEveryFileWithItsHeader(@TempDir Path tmp) throws Throwable {
    Path scaled = Files.createDirectory(tmp.resolve("scaled"));
    BeamTests.withPipeline(WriteTablesTest.class, p -> {
      PCollection<String> out = p.apply(Create.empty(org.quotestance.beam.Coders.of(TableItem.class)))
          .apply(new WriteTables(info(scaled), ReportHtml::render));
      PAssert.thatSingleton(out).isEqualTo(scaled + "/");
      p.run().waitUntilFinish();
    });
    assertEquals("input,article_id,stage,error\n", Files.readString(scaled.resolve("errors.csv")));
    assertEquals("", Files.readString(scaled.resolve("quotes.jsonl")));
    assertTrue(Files.readString(scaled.resolve("report.html")).contains("No quotes."));
    assertFalse(Files.exists(scaled.resolve(".runs")));
  }
}
