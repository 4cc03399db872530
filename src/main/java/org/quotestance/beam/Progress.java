package org.quotestance.beam;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Articles read and articles done (analysed, skipped or failed before the quote stage), counted as
 * the work happens so that the command line can report progress during a run. Beam metrics reach
 * the driver only when a bundle commits, and the DirectRunner may put every article in one bundle,
 * so these are plain JVM counters: exact on the DirectRunner and on an embedded Flink cluster; on
 * a remote cluster they stay at zero in the driver. Runs in one JVM share them, so a reporter
 * counts from a {@link #snapshot()} taken when its run starts.
 */
public final class Progress {
  private static final AtomicLong READ = new AtomicLong();
  private static final AtomicLong DONE = new AtomicLong();

  /** Counts at one moment. */
  public record Counts(long read, long done) {
    public Counts since(Counts start) {
      return new Counts(read - start.read, done - start.done);
    }
  }

  private Progress() {}

  public static void articleRead() {
    READ.incrementAndGet();
  }

  public static void articleDone() {
    DONE.incrementAndGet();
  }

  public static Counts snapshot() {
    return new Counts(READ.get(), DONE.get());
  }
}
