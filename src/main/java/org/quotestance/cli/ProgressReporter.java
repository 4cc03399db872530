package org.quotestance.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.quotestance.beam.Progress;

/**
 * Prints a progress line on stderr every few seconds while the job runs: articles done of those
 * read so far, the rate, and the time left at that rate. Off with --quiet.
 */
final class ProgressReporter implements AutoCloseable {
  static final long DEFAULT_PERIOD_MILLIS = 5_000;

  private final ScheduledExecutorService timer;

  private ProgressReporter(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /** Starts reporting the run that begins now; {@link #close()} stops it. */
  static ProgressReporter start(PrintStream err, long periodMillis) {
    return start(err, periodMillis, Progress::snapshot);
  }

  static ProgressReporter start(PrintStream err, long periodMillis, Supplier<Progress.Counts> counts) {
    Progress.Counts start = counts.get();
    long started = System.nanoTime();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "quote-stance-progress");
      t.setDaemon(true); // never keeps the JVM alive
      return t;
    });
    // Polls often, prints every period: the rate is measured from the first article done, since
    // model loading before it says nothing about the time per article.
    long poll = Math.min(periodMillis, 1000);
    double[] firstDone = {Double.NaN};
    long[] sincePrint = {0};
    timer.scheduleAtFixedRate(() -> {
      Progress.Counts c = counts.get().since(start);
      double seconds = (System.nanoTime() - started) / 1e9;
      if (c.done() > 0 && Double.isNaN(firstDone[0])) {
        firstDone[0] = seconds;
      }
      sincePrint[0] += poll;
      if (sincePrint[0] >= periodMillis) {
        sincePrint[0] = 0;
        err.println(line(c, seconds, firstDone[0]));
      }
    }, poll, poll, TimeUnit.MILLISECONDS);
    return new ProgressReporter(timer);
  }

  /**
   * One progress line, {@code seconds} into the run, the first article done at {@code firstDone}
   * (NaN before). Before the first article is done the models are still loading.
   */
  static String line(Progress.Counts c, double seconds, double firstDone) {
    String elapsed = duration(seconds);
    if (c.read() == 0) {
      return "quote-stance: running, " + elapsed + " (no article counted yet)";
    }
    String of = c.done() + " of " + c.read() + (c.read() == 1 ? " article" : " articles");
    if (c.done() == 0) {
      return "quote-stance: " + of + ", loading models, " + elapsed;
    }
    String percent = " (" + 100 * c.done() / c.read() + "%)";
    long left = Math.max(0, c.read() - c.done());
    if (c.done() < 2 || !(seconds > firstDone)) {
      return "quote-stance: " + of + percent + ", " + elapsed + (left > 0 ? ", estimating time left" : "");
    }
    double rate = (c.done() - 1) / (seconds - firstDone);
    String rest = left > 0 ? "about " + duration(left / rate) + " left" : "writing the tables";
    return String.format(Locale.ROOT, "quote-stance: %s%s, %.2f articles/s, %s, %s", of, percent, rate, elapsed, rest);
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
  }

  @Override
  public void close() {
    timer.shutdownNow();
    // A line being printed right now would otherwise land after close returns (and after the summary).
    try {
      timer.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
