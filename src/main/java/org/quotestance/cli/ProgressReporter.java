package org.quotestance.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.quotestance.pipeline.Progress;

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
    timer.scheduleAtFixedRate(() -> err.println(line(counts.get().since(start), (System.nanoTime() - started) / 1e9)),
        periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    return new ProgressReporter(timer);
  }

  /** One progress line. Before the first article is done the models are still loading. */
  static String line(Progress.Counts c, double seconds) {
    String elapsed = duration(seconds);
    if (c.read() == 0) {
      return "quote-stance: running, " + elapsed + " (no article counted yet)";
    }
    String of = c.done() + " of " + c.read() + (c.read() == 1 ? " article" : " articles");
    if (c.done() == 0) {
      return "quote-stance: " + of + ", loading models, " + elapsed;
    }
    double rate = c.done() / seconds;
    long left = Math.max(0, c.read() - c.done());
    return String.format(Locale.ROOT, "quote-stance: %s (%d%%), %.2f articles/s, %s, about %s left", of,
        100 * c.done() / c.read(), rate, elapsed, duration(left / rate));
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
