package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.table.CsvNumbers;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus with every kind of broken input next to two good articles: the run goes on, every
 * input has its row in articles.csv, every failure its row in errors.csv, and no cell could run as
 * a spreadsheet formula.
 */
@Tag("integration")
class BrokenInputTest {
  private static final String GOOD = "Mayor Helen Dorsey said the bridge would reopen in May.\n\n"
      + "\"We will rebuild it before winter,\" Dorsey told reporters on Friday.\n";
  @TempDir static Path tmp;
  private static Path out;
  private static int status;
  private static String stderr;

  @BeforeAll
  static void runOnBrokenCorpus() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), GOOD);
    Files.writeString(in.resolve("records.jsonl"), String.join("\n",
        "{\"id\": \"json-good\", \"outlet\": \"Harbour Gazette\", \"text\": "
            + new ObjectMapper().writeValueAsString("\"=SUM(A1:A9) is not a budget,\" Senator Ruth Alvarez said.") + "}",
        "{\"id\": \"broken\", \"text\": ",
        "{\"text\": \"a record without an id\"}",
        "{\"id\": \"no-text\"}",
        "{\"id\": \"good\", \"text\": \"A second article that reuses the id of good.txt.\"}"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3});
    byte[] invalid = "The minister said the port was open. Bad bytes: \u0000".getBytes(StandardCharsets.UTF_8);
    invalid[invalid.length - 1] = (byte) 0xFF;
    Files.write(in.resolve("invalid-utf8.txt"), invalid);
    Files.writeString(in.resolve("runaway.txt"), "Quotes everywhere " + "\"".repeat(20_000) + " and more text.");
    Files.writeString(in.resolve("too-long.txt"), "Words and words. ".repeat(12_000));
    Files.write(in.resolve("corrupt.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("zipped.txt.gz")))) {
      gz.write(GOOD.replace("Dorsey", "Okafor").getBytes(StandardCharsets.UTF_8));
    }
    out = tmp.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    status = RunCommand.run(new String[] {"--input=" + in + "/*", "--output=" + out},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    stderr = err.toString();
  }

  @Test
  void runCompletesAndAccountsForEveryInput() throws IOException {
    assertEquals(0, status, stderr);
    Map<String, List<String>> statuses = new HashMap<>();
    for (CSVRecord r : read("articles.csv")) {
      statuses.computeIfAbsent(r.get("article_id"), k -> new ArrayList<>()).add(r.get("status"));
    }
    assertEquals(List.of("ok"), statuses.get("json-good"));
    assertEquals(List.of("ok"), statuses.get("zipped"));
    assertEquals(List.of("ok"), statuses.get("invalid-utf8"), "invalid bytes are replaced, not fatal");
    assertEquals(List.of("ok"), statuses.get("runaway"));
    assertEquals(List.of("skipped"), statuses.get("empty"));
    assertEquals(List.of("failed"), statuses.get("binary"));
    assertEquals(List.of("failed"), statuses.get("too-long"));
    assertEquals(List.of("failed"), statuses.get("corrupt"));
    assertEquals(List.of("failed"), statuses.get("records:2"), "malformed JSON line");
    assertEquals(List.of("failed"), statuses.get("records:3"), "record without id");
    assertEquals(List.of("failed"), statuses.get("no-text"));
    assertEquals(2, statuses.get("good").size(), "a duplicate id is reported, not merged");
    assertTrue(statuses.get("good").containsAll(List.of("ok", "failed")));
    assertEquals(13, statuses.values().stream().mapToInt(List::size).sum());

    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals(13, run.at("/articles/read").asInt());
    assertEquals(run.at("/articles/read").asInt(), run.at("/articles/ok").asInt()
        + run.at("/articles/skipped").asInt() + run.at("/articles/failed").asInt());
  }

  @Test
  void everyFailureHasAnErrorRowSayingWhy() throws IOException {
    Map<String, String> errors = new HashMap<>();
    for (CSVRecord r : read("errors.csv")) {
      errors.merge(r.get("article_id"), r.get("error"), (a, b) -> a + " | " + b);
    }
    assertTrue(errors.get("too-long").contains("--maxArticleChars=200000"), errors.get("too-long"));
    assertTrue(errors.get("corrupt").contains("corrupt gzip"), errors.get("corrupt"));
    assertTrue(errors.get("binary").contains("binary"), errors.get("binary"));
    assertTrue(errors.get("records:2").contains("malformed JSON"), errors.get("records:2"));
    assertTrue(errors.get("records:3").contains("no \"id\""), errors.get("records:3"));
    assertTrue(errors.get("no-text").contains("no \"text\""), errors.get("no-text"));
    assertTrue(errors.get("good").contains("duplicate article_id"), errors.get("good"));
  }

  @Test
  void goodArticlesKeepTheirQuotes() throws IOException {
    List<CSVRecord> quotes = read("quotes.csv");
    assertTrue(quotes.stream().anyMatch(q -> q.get("article_id").equals("good")
        && q.get("text").equals("We will rebuild it before winter,") && q.get("speaker").equals("Helen Dorsey")));
    assertTrue(quotes.stream().anyMatch(q -> q.get("article_id").equals("zipped")
        && q.get("speaker").equals("Helen Okafor")));
    assertTrue(quotes.stream().anyMatch(q -> q.get("article_id").equals("json-good")
        && q.get("outlet").equals("Harbour Gazette") && q.get("text").startsWith("'=SUM")),
        "a formula-like quote is neutralised with a leading '");
  }

  @Test
  void noCellStartsLikeAFormula() throws IOException {
    // Text cells only: numeric columns are plain numbers (a stance index may be -1.000).
    for (String table : List.of("quotes.csv", "speakers.csv", "affiliations.csv", "outlets.csv", "timeline.csv",
        "articles.csv", "errors.csv")) {
      java.util.Set<String> numeric = CsvNumbers.NUMERIC.getOrDefault(table, java.util.Set.of());
      for (CSVRecord r : read(table)) {
        r.toMap().forEach((column, cell) -> assertTrue(numeric.contains(column)
            || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, table + ": " + cell));
      }
    }
    CsvNumbers.assertCellsAreNumbers(out);
  }

  @Test
  void unwritableOutputFailsBeforeAnyWork() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RunCommand.run(new String[] {"--input=" + tmp.resolve("in") + "/good.txt", "--output=" + file + "/sub"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(2, code);
    assertTrue(err.toString().contains("not writable"), err.toString());
  }

  private static List<CSVRecord> read(String name) throws IOException {
    try (Reader r = Files.newBufferedReader(out.resolve(name))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
    }
  }
}
