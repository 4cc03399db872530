package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one line a run prints: counts with the right plural. */
@Tag("unit")
class RunSummaryLineTest {
  @TempDir Path dir;

  private String line(int read, int quotes) throws Exception {
    Files.writeString(dir.resolve("run.json"), "{\"articles\":{\"read\":" + read + ",\"ok\":" + read
        + ",\"skipped\":0,\"failed\":0},\"quotes\":{\"total\":" + quotes + "},\"wall_time_seconds\":2.5}");
    return Publisher.summary(dir.toString(), null);
  }

  @Test
  void singularForOne() throws Exception {
    assertEquals("quote-stance: 1 article (ok 1, skipped 0, failed 0), 1 quote -> " + dir + "/ in 2.5 s", line(1, 1));
  }

  @Test
  void pluralOtherwise() throws Exception {
    assertEquals("quote-stance: 3 articles (ok 3, skipped 0, failed 0), 0 quotes -> " + dir + "/ in 2.5 s", line(3, 0));
  }
}
