package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing is all or nothing: whichever rename fails, --output holds one run's complete set. */
@Tag("unit")
class OutputDirTest {
  private static final List<String> TABLES = List.of("quotes.csv", "errors.csv");

  private static void write(Path dir, String content) throws IOException {
    for (String t : TABLES) {
      Files.writeString(dir.resolve(t), content);
    }
  }

  private static List<String> contents(Path dir) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    for (String t : TABLES) {
      out.add(Files.readString(dir.resolve(t)));
    }
    return out;
  }

  @Test
  void aFailedSwitchLeavesTheOldSetWhole(@TempDir Path tmp) throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    write(out, "old");
    for (int failing = 1; failing <= 2; failing++) {
      int fail = failing;
      int[] moves = {0};
      try (OutputDir dir = OutputDir.open(out.toString(), TABLES)) {
        write(dir.staging(), "new");
        assertThrows(IOException.class, () -> dir.publish((from, to) -> {
          if (++moves[0] == fail) {
            throw new IOException("rename failed");
          }
          OutputDir.ATOMIC.move(from, to);
        }));
        dir.discard();
      }
      assertEquals(List.of("old", "old"), contents(out));
    }
    try (OutputDir dir = OutputDir.open(out.toString(), TABLES)) {
      write(dir.staging(), "new");
      dir.publish(OutputDir.ATOMIC);
    }
    assertEquals(List.of("new", "new"), contents(out));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(java.util.Set.of(out, OutputDir.lockFile(out)), java.util.Set.copyOf(left.toList()), "no staging or previous set left");
    }
  }

  @Test
  void aSetLeftBetweenTheTwoRenamesIsPutBack(@TempDir Path tmp) throws IOException {
    Path previous = Files.createDirectories(tmp.resolve(".out.previous-1234"));
    write(previous, "old");
    try (OutputDir dir = OutputDir.open(tmp.resolve("out").toString(), TABLES)) {
      assertEquals(List.of("old", "old"), contents(tmp.resolve("out")));
      dir.discard();
    }
    assertFalse(Files.exists(previous));
  }
}
