package org.quotestance.table;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.beam.DeadLetter;
import org.quotestance.table.ArticleResult.Status;

/** The tables load with numbers as numbers, negative stance indexes and empty cells included. */
@Tag("unit")
class CsvNumbersTest {
  private static Path written(Path dir) throws IOException {
    List<QuoteRow> rows = List.of(
        new QuoteRow("a", "-Outlet", "a#1", "direct", 3, 40, "-5 percent", "Mira Holm", "she", "=Council", "say",
            "deny", 0.9, "-negated", "2015-12-02"),
        new QuoteRow("a", "-Outlet", "a#2", "direct", 50, 60, "+words", "Kai Strand", "he", "", "say",
            "unrelated", 0.5, "none", "2015-12-02"));
    Tables t = TableBuilder.build(List.of(new ArticleResult("a", "in/a.jsonl", "-Outlet", "@Title", Status.OK, rows,
        "2015-12-02", "http://x")), List.of(new DeadLetter("in/z.txt", "z", "read", "binary")));
    RunInfo info = new RunInfo(List.of("in/*"), "claim.json", "abc", "c", "all", "");
    TableWriter.write(FileSystems.matchNewResource(dir + "/", true), t, RunSummary.of(info, t.counts()), (tables, summary) -> "<!doctype html>\n");
    return dir;
  }

  @Test
  void everyNumericCellIsAPlainNumber(@TempDir Path dir) throws IOException {
    CsvNumbers.assertCellsAreNumbers(written(dir));
  }

  @Test
  void theCheckFailsOnAGuardedNumber(@TempDir Path dir) throws IOException {
    written(dir);
    Path speakers = dir.resolve("speakers.csv");
    Files.writeString(speakers, Files.readString(speakers).replace(",-1.000,", ",'-1.000,"));
    assertThrows(AssertionError.class, () -> CsvNumbers.assertCellsAreNumbers(dir));
  }

  @Test
  void pandasReadsNumericColumnsAsNumbers(@TempDir Path dir) throws Exception {
    String python = CsvNumbers.pythonWithPandas();
    Assumptions.assumeTrue(python != null, "no Python with pandas on this machine");
    CsvNumbers.assertPandasReadsNumbers(python, written(dir));
  }
}
