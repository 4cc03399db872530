package org.quotestance.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks that an output directory's CSV files load with their numeric columns as numbers: cell by
 * cell in Java, and with pandas' read_csv when a Python with pandas is on the machine.
 */
public final class CsvNumbers {
  /** The contract's numeric columns, per file. */
  public static final Map<String, Set<String>> NUMERIC = Map.of(
      "quotes.csv", Set.of("start", "end", "confidence"),
      "speakers.csv", Set.of("quotes", "support", "deny", "discuss", "unrelated", "stance_index", "claim_quotes",
          "stance_low", "stance_high"),
      "affiliations.csv", Set.of("speakers", "quotes", "support", "deny", "discuss", "unrelated", "stance_index",
          "claim_quotes", "stance_low", "stance_high"),
      "outlets.csv", Set.of("articles", "quotes", "support", "deny", "discuss", "unrelated", "stance_index",
          "claim_quotes", "stance_low", "stance_high"),
      "timeline.csv", Set.of("quotes", "support", "deny", "discuss", "unrelated", "stance_index", "claim_quotes"),
      "articles.csv", Set.of("quotes", "support", "deny", "discuss", "unrelated"));

  private static final String PANDAS_CHECK = """
      import sys, pandas as pd
      from pandas.api.types import is_numeric_dtype
      bad = []
      for arg in sys.argv[2:]:
          name, cols = arg.split('=')
          df = pd.read_csv(sys.argv[1] + '/' + name)
          if df.empty:
              continue  # a header-only file has no values to type
          for c in cols.split(','):
              if not is_numeric_dtype(df[c]):
                  bad.append(name + ':' + c + ':' + str(df[c].dtype))
          for c in ('stance_index', 'stance_low'):
              if c in df.columns and df[c].notna().any():
                  df[c].mean()
      print('not numeric: ' + ' '.join(bad) if bad else 'ok')
      """;

  private CsvNumbers() {}

  /** Every numeric cell is empty or a plain number (no formula guard). */
  public static void assertCellsAreNumbers(Path dir) throws IOException {
    for (Map.Entry<String, Set<String>> e : NUMERIC.entrySet()) {
      try (Reader r = Files.newBufferedReader(dir.resolve(e.getKey()), StandardCharsets.UTF_8);
          CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        assertTrue(p.getHeaderNames().containsAll(e.getValue()), e.getKey() + " " + p.getHeaderNames());
        for (CSVRecord rec : p) {
          for (String col : e.getValue()) {
            String cell = rec.get(col);
            if (!cell.isEmpty() && !cell.matches("-?\\d+(\\.\\d+)?")) {
              fail(e.getKey() + " line " + rec.getRecordNumber() + " " + col + " is not a plain number: " + cell);
            }
          }
        }
      }
    }
  }

  /** A Python that has pandas, or null. */
  public static String pythonWithPandas() {
    for (String python : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p = new ProcessBuilder(python, "-c", "import pandas").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return python;
        }
      } catch (IOException e) {
        // not on this machine
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  /** pd.read_csv on each file gives a numeric dtype for each numeric column, and mean() works. */
  public static void assertPandasReadsNumbers(String python, Path dir) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(python, "-c", PANDAS_CHECK, dir.toString()));
    NUMERIC.forEach((file, cols) -> command.add(file + "=" + String.join(",", new java.util.TreeSet<>(cols))));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pandas check timed out");
    assertEquals("ok", out);
  }
}
