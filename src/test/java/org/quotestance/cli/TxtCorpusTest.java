package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.table.CsvNumbers;

/**
 * A folder of .txt files with a metadata.csv, given as --input=FOLDER: outlets, titles and dates
 * reach every table, and the metadata file itself is not read as an article.
 */
@Tag("integration")
class TxtCorpusTest {
  @TempDir
  static Path tmp;
  static Path out;
  static String stderr;

  @BeforeAll
  static void run() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("corpus"));
    Files.writeString(in.resolve("a.txt"), "Minister rejects oil claim\n\n"
        + "\"Turkey has never bought oil from DAESH, and these claims are lies,\" Turkish Foreign Minister "
        + "Mevlut Cavusoglu told reporters in Ankara on Tuesday.\n");
    Files.writeString(in.resolve("b.txt"), "Moscow repeats its oil charge\n\n"
        + "\"Turkey is the main consumer of the oil stolen from Syria and Iraq by DAESH,\" Russian Deputy "
        + "Defence Minister Anatoly Antonov said on Wednesday.\n");
    Files.writeString(in.resolve("c.txt"), "No metadata here\n\n"
        + "\"We will rebuild the bridge before winter,\" Mayor Helen Dorsey said.\n");
    Files.writeString(in.resolve("metadata.csv"), "file,outlet,title,url,published\n"
        + "a.txt,Harbour Gazette,Minister rejects oil claim (metadata),https://example.org/a,2015-12-02\n"
        + "b,Valley Times,,https://example.org/b,2015-12-03T10:00:00+03:00\n");
    out = tmp.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RunCommand.run(new String[] {"--input=" + in, "--output=" + out},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    stderr = err.toString();
    assertEquals(0, status, stderr);
  }

  private static List<CSVRecord> read(String name) throws IOException {
    try (Reader r = Files.newBufferedReader(out.resolve(name))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
    }
  }

  private static Map<String, CSVRecord> byArticle() throws IOException {
    Map<String, CSVRecord> m = new TreeMap<>();
    read("articles.csv").forEach(r -> m.put(r.get("article_id"), r));
    return m;
  }

  @Test
  void articlesGetOutletTitleUrlAndDateFromTheMetadataFile() throws IOException {
    Map<String, CSVRecord> articles = byArticle();
    assertEquals(List.of("a", "b", "c"), new ArrayList<>(articles.keySet()), "metadata.csv is not an article");
    CSVRecord a = articles.get("a");
    assertEquals("Harbour Gazette", a.get("outlet"));
    assertEquals("Minister rejects oil claim (metadata)", a.get("title"));
    assertEquals("2015-12-02", a.get("published"));
    assertEquals("https://example.org/a", a.get("url"));
    CSVRecord b = articles.get("b");
    assertEquals("Valley Times", b.get("outlet"));
    assertEquals("Moscow repeats its oil charge", b.get("title"), "an empty cell leaves the title found in the text");
    assertEquals("2015-12-03T10:00:00+03:00", b.get("published"));
    assertEquals("", articles.get("c").get("published"));
    assertEquals("unknown", articles.get("c").get("outlet"));
  }

  @Test
  void quotesOutletsAndTimelineCarryThem() throws IOException {
    List<CSVRecord> quotes = read("quotes.csv");
    assertTrue(quotes.stream().anyMatch(q -> q.get("article_id").equals("a") && q.get("outlet").equals("Harbour Gazette")
        && q.get("published").equals("2015-12-02")), quotes.toString());
    assertTrue(quotes.stream().anyMatch(q -> q.get("article_id").equals("b") && q.get("outlet").equals("Valley Times")
        && q.get("published").equals("2015-12-03T10:00:00+03:00")), quotes.toString());
    List<String> outlets = read("outlets.csv").stream().map(r -> r.get("outlet")).toList();
    assertEquals(List.of("Harbour Gazette", "Valley Times", "unknown"), outlets);
    List<String> days = read("timeline.csv").stream().map(r -> r.get("date")).distinct().toList();
    assertEquals(List.of("2015-12-02", "2015-12-03"), days, "c has no date: not on the timeline");
    int timelineQuotes = read("timeline.csv").stream().mapToInt(r -> Integer.parseInt(r.get("quotes"))).sum();
    long datedQuotes = quotes.stream().filter(q -> !q.get("published").isEmpty()).count();
    assertEquals(datedQuotes, timelineQuotes);
    CsvNumbers.assertCellsAreNumbers(out);
  }

  @Test
  void aBrokenMetadataFileStopsTheRunBeforeAnyWork() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("broken"));
    Files.writeString(in.resolve("a.txt"), "Some text.\n");
    Files.writeString(in.resolve("metadata.csv"), "file,date\na.txt,2015-12-02\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RunCommand.run(new String[] {"--input=" + in, "--output=" + tmp.resolve("broken-out")},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(RunCommand.USAGE_ERROR, status);
    assertTrue(err.toString().contains("metadata.csv: unknown column \"date\""), err.toString());
  }

  @Test
  void theDefaultClaimIsFoundFromAnyWorkingDirectory() throws Exception {
    // Another working directory, where pipelines/ does not exist: the claim bundled with the
    // classes is used. The output is a file, so preflight stops right after reading the claim.
    Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
    Path notADir = Files.writeString(elsewhere.resolve("file"), "x");
    Path seed = Path.of("seeds").toAbsolutePath();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--input=" + seed, "--output=" + notADir + "/sub")
        .directory(elsewhere.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(RunCommand.USAGE_ERROR, p.exitValue(), output);
    assertTrue(output.contains("is not writable"), output);
    assertTrue(Preflight.readClaim("pipelines/turkey-daesh-oil.json").bytes().length > 0);
    assertEquals(Preflight.readClaim("pipelines/turkey-daesh-oil.json").bytes().length,
        Preflight.bundledClaim("./pipelines/turkey-daesh-oil.json").length);
    assertEquals(null, Preflight.bundledClaim("../pipelines/turkey-daesh-oil.json"));
  }
}
