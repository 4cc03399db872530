package org.quotestance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local matching: no loops through linked directories, and nothing a pattern matches vanishes. */
@Tag("unit")
class InputFilesTest {
  @TempDir static Path tmp;
  private static Path in;

  @BeforeAll
  static void folder() throws Exception {
    in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("one.txt"), "One.");
    Files.writeString(Files.createDirectories(in.resolve("sub")).resolve("two.txt"), "Two.");
    Files.createSymbolicLink(in.resolve("a"), Path.of("."));
    Files.createSymbolicLink(in.resolve("b"), Path.of("."));
    Files.createSymbolicLink(in.resolve("link.txt"), Path.of("one.txt"));
    Files.createSymbolicLink(in.resolve("dangling.txt"), Path.of("gone.txt"));
    Files.createDirectories(in.resolve("folder.txt"));
    Files.createSymbolicLink(in.resolve("linked-folder.txt"), Path.of("sub"));
    Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Files.createDirectories(tmp.resolve("out"));
    Files.writeString(tmp.resolve("out").resolve("quotes.csv"), "a table of a run");
  }

  private static InputFiles.Match match(String pattern) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> InputFiles.match(pattern, new InputFiles.Excluded(tmp.resolve("out").toString()), Integer.MAX_VALUE));
  }

  @Test
  void symlinkLoopsDoNotHangAFlatPattern() {
    assertEquals(List.of(in + "/link.txt", in + "/one.txt"), match(in + "/*.txt").files());
  }

  @Test
  void aRecursivePatternDoesNotEnterLinkedDirectories() {
    assertEquals(List.of(in + "/link.txt", in + "/one.txt", in + "/sub/two.txt"), match(in + "/**.txt").files());
  }

  @Test
  void whatCannotBeReadIsARejectionWithAReason() {
    Map<String, String> why = new TreeMap<>();
    match(in + "/*.txt").rejected().forEach(d -> why.put(ArticleParser.fileName(d.input()), d.error()));
    assertEquals(List.of("dangling.txt", "folder.txt", "linked-folder.txt", "pipe.txt"), List.copyOf(why.keySet()));
    assertTrue(why.get("dangling.txt").startsWith("a dangling symbolic link (its target gone.txt"), why.get("dangling.txt"));
    assertTrue(why.get("folder.txt").startsWith("a directory, not a file"), why.get("folder.txt"));
    assertTrue(why.get("linked-folder.txt").contains("not followed"), why.get("linked-folder.txt"));
    assertTrue(why.get("pipe.txt").startsWith("a named pipe"), why.get("pipe.txt"));
  }

  @Test
  void aMissingPathIsMissingAndTheOutputIsNeverRead() {
    assertTrue(match(in + "/typo.txt").missing());
    assertTrue(match(tmp + "/**.csv").files().isEmpty(), "the output directory's tables are not input");
  }
}
