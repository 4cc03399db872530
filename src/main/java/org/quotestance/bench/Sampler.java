package org.quotestance.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures one phase at a time from a daemon thread that polls every 100 ms: used heap (the max is
 * the phase's peak heap), resident set size, process CPU time, and the CPU time of every Java
 * thread. Each phase is a {@link Window}; opening a window starts its maxima afresh, so one phase's
 * peak never leaks into the next.
 */
final class Sampler implements AutoCloseable {
  static final long PERIOD_MILLIS = 100;

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final Thread thread;
  private volatile Window current;
  private volatile boolean closed;

  Sampler() {
    if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
      THREADS.setThreadCpuTimeEnabled(true);
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof javax.management.NotificationEmitter emitter) {
        emitter.addNotificationListener(this::afterGc, null, null);
      }
    }
    thread = new Thread(this::loop, "bench-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts measuring a phase; the previous window, if still open, stops being sampled. */
  Window open(String name) {
    Window w = new Window(name);
    current = w;
    return w;
  }

  /** Heap in use right after each collection: live data plus what that collection left behind. */
  private void afterGc(javax.management.Notification n, Object handback) {
    if (!n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    var info = com.sun.management.GarbageCollectionNotificationInfo.from(
        (javax.management.openmbean.CompositeData) n.getUserData());
    long used = 0;
    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (HEAP_POOLS.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    Window w = current;
    if (w != null) {
      w.afterGc(used);
    }
  }

  private static final java.util.Set<String> HEAP_POOLS = heapPools();

  private static java.util.Set<String> heapPools() {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        names.add(pool.getName());
      }
    }
    return names;
  }

  private void loop() {
    while (!closed) {
      Window w = current;
      if (w != null) {
        w.sample();
      }
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }

  static long usedHeap() {
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  static long processCpuNanos() {
    return OS.getProcessCpuTime();
  }

  /** Resident set size from /proc/self/status, in bytes; -1 where there is no /proc. */
  static long rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }

  /** Machine-wide {busy, total} jiffies over all CPUs from /proc/stat; {-1, -1} where there is none. */
  static long[] machineJiffies() {
    try {
      String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] f = line.trim().split("\\s+"); // cpu user nice system idle iowait irq softirq steal ...
      long total = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {-1, -1};
    }
  }

  /** CPUs that /proc/stat counts (its "cpuN" lines), or the JVM's available processors. */
  static int machineCpus() {
    try {
      int n = (int) Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.matches("cpu[0-9]+ .*")).count();
      return n > 0 ? n : Runtime.getRuntime().availableProcessors();
    } catch (IOException | RuntimeException e) {
      return Runtime.getRuntime().availableProcessors();
    }
  }

  static long[] gcCountAndMillis() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  /** What one phase measured. */
  record Stats(String name, double wallSeconds, double cpuSeconds, long peakHeap, long peakAfterGc, long peakRss,
      long gcCount, double gcSeconds, double bucketSeconds, List<Double> coresTimeline,
      double otherCores, List<Double> otherCoresTimeline, Map<String, Double> threadCpuSeconds) {
    double cores() {
      return wallSeconds > 0 ? cpuSeconds / wallSeconds : 0;
    }

    /** CPU of the process not spent in any Java thread: GC, JIT compiler and other VM threads. */
    double vmCpuSeconds() {
      return Math.max(0, cpuSeconds - threadCpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum());
    }
  }

  /** One measured phase. */
  static final class Window {
    private static final int CPUS = machineCpus();
    private final String name;
    private final long startNanos;
    private final long startCpu;
    private final long[] startGc;
    private final Map<Long, long[]> threadCpu = new HashMap<>(); // id -> {baseline, last}
    private final Map<Long, String> threadNames = new HashMap<>();
    // {nanos since start, own cpu nanos since start, machine busy jiffies, machine total jiffies}
    private final List<long[]> cpuSamples = new ArrayList<>();
    private long maxHeap;
    private long maxAfterGc = -1;
    private long maxRss;
    private Stats stats;

    private Window(String name) {
      this.name = name;
      this.startGc = gcCountAndMillis();
      this.startCpu = processCpuNanos();
      this.startNanos = System.nanoTime();
      for (long id : THREADS.getAllThreadIds()) {
        long cpu = THREADS.getThreadCpuTime(id);
        if (cpu >= 0) {
          threadCpu.put(id, new long[] {cpu, cpu});
        }
      }
      sample();
    }

    synchronized void afterGc(long used) {
      if (stats == null) {
        maxAfterGc = Math.max(maxAfterGc, used);
      }
    }

    synchronized void sample() {
      if (stats != null) {
        return;
      }
      maxHeap = Math.max(maxHeap, usedHeap());
      maxRss = Math.max(maxRss, rss());
      long[] machine = machineJiffies();
      cpuSamples.add(new long[] {System.nanoTime() - startNanos, processCpuNanos() - startCpu, machine[0], machine[1]});
      long[] ids = THREADS.getAllThreadIds();
      for (long id : ids) {
        long cpu = THREADS.getThreadCpuTime(id);
        if (cpu < 0) {
          continue;
        }
        long[] t = threadCpu.computeIfAbsent(id, k -> new long[] {0, 0}); // born in this window
        t[1] = cpu;
        if (!threadNames.containsKey(id)) {
          ThreadInfo info = THREADS.getThreadInfo(id);
          threadNames.put(id, info == null ? "thread-" + id : info.getThreadName());
        }
      }
    }

    /** Stops the window and returns its measurements. */
    synchronized Stats close() {
      if (stats != null) {
        return stats;
      }
      sample();
      long wall = System.nanoTime() - startNanos;
      long cpu = processCpuNanos() - startCpu;
      long[] gc = gcCountAndMillis();
      Map<String, Double> byGroup = new TreeMap<>();
      threadCpu.forEach((id, t) -> {
        double seconds = (t[1] - t[0]) / 1e9;
        if (seconds > 0) {
          byGroup.merge(group(threadNames.getOrDefault(id, "?")), seconds, Double::sum);
        }
      });
      Map<String, Double> sorted = new LinkedHashMap<>();
      byGroup.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      double bucket = Math.max(1.0, Math.ceil(wall / 1e9 / 24));
      List<Double> own = new ArrayList<>();
      List<Double> others = new ArrayList<>();
      timeline(bucket, own, others);
      long[] first = cpuSamples.get(0);
      long[] last = cpuSamples.get(cpuSamples.size() - 1);
      double otherCores = others(first, last);
      stats = new Stats(name, wall / 1e9, cpu / 1e9, maxHeap, maxAfterGc, maxRss, gc[0] - startGc[0],
          (gc[1] - startGc[1]) / 1e3, bucket, own, round2(otherCores), others, sorted);
      return stats;
    }

    /** Average cores used, by this process and by every other one, in consecutive buckets. */
    private void timeline(double bucketSeconds, List<Double> own, List<Double> others) {
      long bucketNanos = (long) (bucketSeconds * 1e9);
      long[] prev = cpuSamples.get(0);
      long edge = bucketNanos;
      for (int i = 1; i < cpuSamples.size(); i++) {
        long[] s = cpuSamples.get(i);
        boolean lastSample = i == cpuSamples.size() - 1;
        if (s[0] >= edge || (lastSample && s[0] - prev[0] > bucketNanos / 4)) {
          own.add(round2((s[1] - prev[1]) / (double) Math.max(1, s[0] - prev[0])));
          others.add(round2(others(prev, s)));
          prev = s;
          edge = s[0] + bucketNanos;
        }
      }
    }

    /** Cores busy on the machine but not in this process between two samples; NaN without /proc/stat. */
    private static double others(long[] from, long[] to) {
      if (from[2] < 0 || to[3] <= from[3] || to[0] <= from[0]) {
        return Double.NaN;
      }
      double machineCores = CPUS * (to[2] - from[2]) / (double) (to[3] - from[3]);
      double ownCores = (to[1] - from[1]) / (double) (to[0] - from[0]);
      return Math.max(0, machineCores - ownCores);
    }
  }

  /** Thread name with its numbers replaced, so that a pool's threads add up. */
  static String group(String threadName) {
    return threadName.replaceAll("[0-9]+", "#");
  }

  static double round2(double d) {
    return Double.isNaN(d) ? d : Math.round(d * 100) / 100.0;
  }
}
