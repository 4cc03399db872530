package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.io.Streams;

/**
 * The second round of hostile input (issue 16), in one folder next to good articles: 3 GiB gzip
 * bombs, symlink loops, a named pipe, a dangling link, a directory named like an article, UTF-16,
 * a late NUL byte, a 100 MB JSONL line, records run together on one line, duplicate ids. The run
 * ends with exit 0, the good articles keep their quotes and every bad input has its own row.
 * Then the checks before any work (exit 2, one line) and the all-or-nothing publish.
 */
@Tag("integration")
class HostileCorpusTest {
  private static final String GOOD = "Mayor Helen Dorsey said the bridge would reopen in May.\n\n"
      + "\"We will rebuild it before winter,\" Dorsey told reporters on Friday.\n";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  private static Path in;
  private static Path out;
  private static int status;
  private static String stderr;

  @BeforeAll
  static void runOnHostileCorpus() throws Exception {
    in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), GOOD);
    Files.writeString(in.resolve("records.jsonl"), String.join("\n",
        record("r1", GOOD.replace("Dorsey", "Okafor")) + record("r2", "\"The port is open,\" Captain Ada Moss said."),
        record("r1", "A second record with the id r1."),
        "{\"id\": \"nt\"}",
        "{\"id\": \"nt\"}"));
    Files.write(in.resolve("utf16.txt"), ("\uFEFF" + GOOD.replace("Dorsey", "Varga")).getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(in.resolve("late-nul.txt"), "Plain words. ".repeat(1_000) + "\u0000\"Hidden,\" he said.");
    Streams.gzipBomb(in.resolve("bomb-letters.txt.gz"), (byte) 'a', 48);
    Streams.gzipBomb(in.resolve("bomb-zeros.jsonl.gz"), (byte) 0, 48);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("huge.jsonl.gz")), 1 << 16)) {
      gz.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
      Streams.repeat((byte) 'a', 100L << 20).transferTo(gz);
      gz.write(("\"}\n" + record("after", GOOD.replace("Dorsey", "Lindqvist")) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.createSymbolicLink(in.resolve("a"), Path.of("."));
    Files.createSymbolicLink(in.resolve("b"), Path.of("."));
    Files.createSymbolicLink(in.resolve("dangling.txt"), Path.of("missing.txt"));
    Files.createDirectories(in.resolve("folder.txt"));
    assertEquals(0, new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start().waitFor());
    out = tmp.resolve("out");
    // what interrupted runs leave: a staging folder of the old layout inside, one of the new beside
    Files.writeString(Files.createDirectories(out.resolve(".staging-stale")).resolve("quotes.csv"), "stale");
    Files.createDirectories(tmp.resolve(".out.staging-stale"));
    String[] result = assertTimeoutPreemptively(Duration.ofSeconds(400), () -> run("--input=" + in + "/*", "--output=" + out));
    status = Integer.parseInt(result[0]);
    stderr = result[1];
  }

  private static String record(String id, String text) throws IOException {
    return "{\"id\": " + JSON.writeValueAsString(id) + ", \"text\": " + JSON.writeValueAsString(text) + "}";
  }

  /**
   * Runs the command; returns the exit status and stderr. One DirectRunner thread: with three, a run
   * of this class now and then never finished, every worker idle but one spinning in the runner's
   * watermark manager (in about one run in ten of this class; not seen in other tests or runs, cause
   * not found, see docs/DEVELOPING.md); with one there is no race between workers.
   */
  private static String[] run(String... args) {
    String[] withOneThread = java.util.Arrays.copyOf(args, args.length + 1);
    withOneThread[args.length] = "--targetParallelism=1";
    args = withOneThread;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RunCommand.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    return new String[] {Integer.toString(code), err.toString()};
  }

  @Test
  void everyRecordAndEveryBadFileHasItsOwnRow() throws IOException {
    assertEquals(0, status, stderr);
    Map<String, String> statuses = new HashMap<>();
    for (CSVRecord r : read(out, "articles.csv")) {
      assertEquals(null, statuses.put(r.get("article_id"), r.get("status")), "one row per id: " + r.get("article_id"));
    }
    Map<String, String> expected = new HashMap<>();
    List.of("good", "r1", "r2", "utf16", "after").forEach(id -> expected.put(id, "ok"));
    List.of("records:2", "nt", "records:4", "late-nul", "bomb-letters", "bomb-zeros:1", "huge", "pipe", "dangling",
        "folder").forEach(id -> expected.put(id, "failed"));
    assertEquals(expected, statuses);
    JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
    assertEquals(15, run.at("/articles/read").asInt());
    assertEquals(5, run.at("/articles/ok").asInt());
    assertEquals(10, run.at("/articles/failed").asInt());
    assertEquals(10, read(out, "errors.csv").size(), "one error row per failed record");
  }

  @Test
  void everyErrorSaysWhatToDoAbout() throws IOException {
    Map<String, String> errors = new HashMap<>();
    read(out, "errors.csv").forEach(r -> errors.put(r.get("article_id"), r.get("error")));
    assertTrue(errors.get("bomb-letters").contains("more than --maxArticleChars=200000; reading stopped"),
        errors.get("bomb-letters"));
    assertTrue(errors.get("bomb-zeros:1").contains("the rest of the file was not read"), errors.get("bomb-zeros:1"));
    assertTrue(errors.get("huge").startsWith("line 1: record is longer than"), errors.get("huge"));
    assertTrue(errors.get("records:2").contains("duplicate article_id \"r1\""), errors.get("records:2"));
    assertTrue(errors.get("nt").contains("no \"text\"") && errors.get("records:4").contains("no \"text\""));
    assertTrue(errors.get("late-nul").startsWith("binary file"), errors.get("late-nul"));
    assertTrue(errors.get("pipe").startsWith("a named pipe"), errors.get("pipe"));
    assertTrue(errors.get("dangling").startsWith("a dangling symbolic link"), errors.get("dangling"));
    assertTrue(errors.get("folder").startsWith("a directory, not a file"), errors.get("folder"));
  }

  @Test
  void goodArticlesKeepTheirQuotes() throws IOException {
    Map<String, String> speakers = new HashMap<>();
    read(out, "quotes.csv").forEach(q -> speakers.merge(q.get("article_id"), q.get("speaker"), (a, b) -> a + "|" + b));
    assertTrue(speakers.get("good").contains("Helen Dorsey"), speakers.toString());
    assertTrue(speakers.get("r1").contains("Helen Okafor"), speakers.toString());
    assertTrue(speakers.get("r2").contains("Ada Moss"), speakers.toString());
    assertTrue(speakers.get("utf16").contains("Helen Varga"), "UTF-16 is decoded: " + speakers);
    assertTrue(speakers.get("after").contains("Helen Lindqvist"), "the line after a 100 MB line is read: " + speakers);
  }

  @Test
  void staleStagingFoldersAreRemovedAndNoneIsLeft() throws IOException {
    try (Stream<Path> inside = Files.list(out); Stream<Path> beside = Files.list(tmp)) {
      assertEquals(List.of(), inside.filter(p -> p.getFileName().toString().startsWith(".")).toList());
      assertEquals(List.of(), beside.filter(p -> p.getFileName().toString().contains("staging")).toList());
    }
  }

  @Test
  void aMissingPathInAListStopsBeforeAnyWork() {
    String[] r = run("--input=" + in + "/*.txt," + in + "/typo.txt", "--output=" + tmp.resolve("out-typo"));
    assertEquals("2", r[0], r[1]);
    assertEquals("quote-stance: no such file: " + in + "/typo.txt (in --input=" + in + "/*.txt," + in + "/typo.txt)",
        r[1].strip());
    assertFalse(Files.exists(tmp.resolve("out-typo")));
  }

  @Test
  void claimFilesAreCheckedFieldByField() throws IOException {
    String claim = Files.readString(Path.of("pipelines/turkey-daesh-oil.json"));
    JsonNode good = JSON.readTree(claim);
    Map<String, String> broken = Map.of(
        "\"cues\": {}", "\"cues.denyVerbs\" is missing (a list of strings)",
        "\"target\": {\"name\": \"Turkey\", \"aliases\": [\"Turkey\", null]}", "\"target.aliases[1]\" must be a string, not null",
        "\"relation\": [\"oil\", \" \"]", "\"relation[1]\" is blank",
        "\"speakers\": [{\"affiliation\": \"Russia\"}]", "\"speakers[0].name\" is missing (a string)");
    int i = 0;
    for (Map.Entry<String, String> b : broken.entrySet()) {
      com.fasterxml.jackson.databind.node.ObjectNode c = good.deepCopy();
      c.setAll((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree("{" + b.getKey() + "}"));
      Path file = Files.writeString(tmp.resolve("claim-" + i++ + ".json"), c.toString());
      Path output = tmp.resolve("out-claim");
      String[] r = run("--input=" + in + "/good.txt", "--output=" + output, "--claim=" + file);
      assertEquals("2", r[0], r[1]);
      assertEquals("quote-stance: cannot use claim file " + file + ": " + b.getValue(), r[1].strip());
      assertFalse(Files.exists(output), "no work, no staging folder");
    }
  }

  @Test
  void aSecondRunIntoTheSameOutputIsTurnedAway() throws IOException {
    Path output = tmp.resolve("out-locked");
    try (FileChannel c = FileChannel.open(OutputDir.lockFile(output), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = c.lock()) {
      String[] r = run("--input=" + in + "/good.txt", "--output=" + output);
      assertEquals("2", r[0], r[1]);
      assertTrue(r[1].startsWith("quote-stance: another run is writing into " + output), r[1]);
      assertEquals(1, r[1].strip().lines().count());
    }
  }

  @Test
  void theInputFolderIsNoOutputFolder() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(folder.resolve("article.txt"), GOOD);
    String[] r = run("--input=" + folder + "/*", "--output=" + folder);
    assertEquals("2", r[0], r[1]);
    assertTrue(r[1].contains("holds article.txt, which is not a table of an earlier run"), r[1]);
  }

  @Test
  void aRunReplacesTheWholeSetEvenWhereAFileCouldNotBeRenamedOver() throws IOException {
    Path output = tmp.resolve("out-swap");
    assertEquals("0", run("--input=" + in + "/good.txt", "--output=" + output)[0]);
    // a directory in the place of a table: renaming a file over it fails
    Files.delete(output.resolve("errors.csv"));
    Files.writeString(Files.createDirectories(output.resolve("errors.csv")).resolve("x"), "x");
    Files.writeString(output.resolve(".gitkeep"), "");
    String[] r = run("--input=" + in + "/good.txt," + in + "/records.jsonl", "--output=" + output);
    assertEquals("0", r[0], r[1]);
    assertEquals(6, read(output, "articles.csv").size(), "the new articles.csv");
    assertTrue(Files.isRegularFile(output.resolve("errors.csv")));
    assertEquals(3, read(output, "errors.csv").size(), "the new errors.csv");
    assertTrue(Files.exists(output.resolve(".gitkeep")), "hidden files of the folder are kept");
  }

  private static List<CSVRecord> read(Path dir, String name) throws IOException {
    try (Reader r = Files.newBufferedReader(dir.resolve(name))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
    }
  }
}
