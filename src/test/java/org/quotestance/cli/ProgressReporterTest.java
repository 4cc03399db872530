package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.beam.Progress;

@Tag("unit")
class ProgressReporterTest {
  @Test
  void lineSaysDoneOfTotalRateAndTimeLeft() {
    // 12 of 30 done at 24 s, the first at 2 s: 11 articles in 22 s = 0.5/s, 18 left -> 36 s
    assertEquals("quote-stance: 12 of 30 articles (40%), 0.50 articles/s, 24 s, about 36 s left",
        ProgressReporter.line(new Progress.Counts(30, 12), 24, 2));
    assertEquals("quote-stance: 0 of 30 articles, loading models, 9 s",
        ProgressReporter.line(new Progress.Counts(30, 0), 9.2, Double.NaN));
    assertEquals("quote-stance: running, 3 s (no article counted yet)",
        ProgressReporter.line(new Progress.Counts(0, 0), 3, Double.NaN));
    assertEquals("quote-stance: 1 of 30 articles (3%), 1 min 40 s, estimating time left",
        ProgressReporter.line(new Progress.Counts(30, 1), 100, 99));
    assertEquals("quote-stance: 1 of 1 article (100%), 1 min 40 s",
        ProgressReporter.line(new Progress.Counts(1, 1), 100, 99));
    assertEquals("quote-stance: 30 of 30 articles (100%), 0.29 articles/s, 1 min 50 s, writing the tables",
        ProgressReporter.line(new Progress.Counts(30, 30), 110, 10));
  }

  @Test
  void reportsPeriodicallyFromTheRunsStartUntilClosed() throws Exception {
    // counts of earlier runs in this JVM (100 and 100) are not this run's
    AtomicLong read = new AtomicLong(100);
    AtomicLong done = new AtomicLong(100);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true);
    try (ProgressReporter r = ProgressReporter.start(stream, 20, () -> new Progress.Counts(read.get(), done.get()))) {
      read.set(200);
      Thread.sleep(120);
      done.addAndGet(1);
      Thread.sleep(120);
    }
    String printed = err.toString();
    assertTrue(printed.contains("quote-stance: 0 of 100 articles, loading models"), printed);
    assertTrue(printed.contains("quote-stance: 1 of 100 articles (1%), "), printed);
    int lines = printed.split("\n").length;
    Thread.sleep(100);
    assertEquals(lines, err.toString().split("\n").length, "closed: no more lines");
    assertTrue(ProgressReporter.DEFAULT_PERIOD_MILLIS <= 10_000, "a line at least every 10 s");
  }
}
