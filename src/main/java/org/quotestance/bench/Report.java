package org.quotestance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The benchmark's output: a table for people, then one JSON line for scripts. */
final class Report {
  private static final int LABEL = 38;
  private static final int COLUMN = 24;

  private Report() {}

  static void print(PrintStream out, Benchmark.Options o, List<Corpus.Article> articles,
      Benchmark.QuoteStanceResult a, Benchmark.CoreNlpResult b, List<String> notes) {
    int n = articles.size();
    long tokens = Corpus.tokens(articles);
    Sampler.Stats aRun = a.base().stats();
    out.println();
    out.println("=".repeat(LABEL + 2 * COLUMN));
    out.printf(Locale.ROOT, "RESULTS: %d articles, %,d whitespace tokens; per-phase figures after model load unless noted%n",
        n, tokens);
    out.println("=".repeat(LABEL + 2 * COLUMN));
    row(out, "", "(a) quote-stance", "(b) plain CoreNLP");
    row(out, "annotators", "tok,ssplit,pos,lemma,", b == null ? "-" : "tok,ssplit,pos,lemma,");
    row(out, "", "ner(fine),depparse", b == null ? "" : "ner,depparse,coref,quote");
    row(out, "threads", "DirectRunner default", b == null ? "-" : "1 (threads default 1)");
    row(out, "model load (s)", f1(a.load().wallSeconds()), b == null ? "-" : f1(b.load().wallSeconds()));
    row(out, "live heap after load", Benchmark.gb(a.retainedHeap()), b == null ? "-" : Benchmark.gb(b.retainedHeap()));
    row(out, "peak heap during load", Benchmark.gb(a.load().peakHeap()), b == null ? "-" : Benchmark.gb(b.load().peakHeap()));
    row(out, "warm-up: article 1 alone (s)", warm(a.warmup()), b == null ? "-" : warm(b.warmup()));
    row(out, "annotation wall (s)", f1(aRun.wallSeconds()) + " (whole job)",
        b == null ? "-" : f1(b.annotate().wallSeconds()));
    row(out, "articles/s", f3(n / aRun.wallSeconds()), b == null ? "-" : f3(n / b.annotate().wallSeconds()));
    row(out, "tokens/s", f0(tokens / aRun.wallSeconds()), b == null ? "-" : f0(tokens / b.annotate().wallSeconds()));
    row(out, "end to end: load+warm-up+run (s)", f1(endToEnd(a.load(), a.warmup(), aRun)),
        b == null ? "-" : f1(endToEnd(b.load(), b.warmup(), b.annotate())));
    row(out, "CPU during annotation (cores)", f2(aRun.cores()), b == null ? "-" : f2(b.annotate().cores()));
    row(out, "tokens per CPU-second", f0(tokens / aRun.cpuSeconds()),
        b == null ? "-" : f0(tokens / b.annotate().cpuSeconds()));
    row(out, "other processes' CPU (cores)", f2(aRun.otherCores()), b == null ? "-" : f2(b.annotate().otherCores()));
    row(out, "peak heap during annotation", Benchmark.gb(aRun.peakHeap()),
        b == null ? "-" : Benchmark.gb(b.annotate().peakHeap()));
    row(out, "max heap after a GC, annotation", Benchmark.gb(aRun.peakAfterGc()),
        b == null ? "-" : Benchmark.gb(b.annotate().peakAfterGc()));
    row(out, "peak RSS during annotation", Benchmark.gb(aRun.peakRss()),
        b == null ? "-" : Benchmark.gb(b.annotate().peakRss()));
    row(out, "GC during annotation (count / s)", aRun.gcCount() + " / " + f1(aRun.gcSeconds()),
        b == null ? "-" : b.annotate().gcCount() + " / " + f1(b.annotate().gcSeconds()));
    if (a.base().runJson() != null) {
      JsonNode r = a.base().runJson();
      row(out, "articles ok / failed", r.at("/articles/ok").asText() + " / " + r.at("/articles/failed").asText(),
          b == null ? "-" : (n - b.failures().size()) + " / " + b.failures().size());
      row(out, "quotes found", r.at("/quotes/total").asText(), b == null ? "-" : String.valueOf(b.quotes()));
    }
    if (b != null) {
      row(out, "CoreNLP tokens / sentences", "", b.coreNlpTokens() + " / " + b.sentences());
      out.println("-".repeat(LABEL + 2 * COLUMN));
      out.printf(Locale.ROOT, "throughput ratio (a)/(b) after model load:   %.2fx  (wall; same %d articles)%n",
          ratio(a, b), n);
      out.printf(Locale.ROOT, "per CPU-second ratio (a)/(b):                %.2fx  (tokens per CPU-second)%n",
          (tokens / aRun.cpuSeconds()) / (tokens / b.annotate().cpuSeconds()));
    }

    JobRun4 scaled = scaled(a, o);
    if (scaled != null) {
      out.println("-".repeat(LABEL + 2 * COLUMN));
      out.printf(Locale.ROOT, "linearity of (a), after model load: %s%n", scaled.description());
      out.printf(Locale.ROOT, "  N=%d: %.1f s (%,d tokens, %.2f cores, peak heap %s)%n", n, aRun.wallSeconds(),
          tokens, aRun.cores(), Benchmark.gb(aRun.peakHeap()));
      Sampler.Stats s = scaled.run().stats();
      out.printf(Locale.ROOT, "  %dxN=%d: %.1f s (%,d tokens, %.2f cores, peak heap %s)%n", o.repeatScale(),
          scaled.run().articles(), s.wallSeconds(), scaled.run().tokens(), s.cores(), Benchmark.gb(s.peakHeap()));
      out.printf(Locale.ROOT, "  time(%dN)/time(N) = %.2f (ideal %d.00); per token: %.2f%n", o.repeatScale(),
          scaled.timeRatio(), o.repeatScale(), scaled.perTokenRatio());
    }

    out.println("-".repeat(LABEL + 2 * COLUMN));
    out.println("(a) where the time goes: run.json stage_seconds (DoFn time summed over worker threads)");
    stageTable(out, a, o);

    out.println("-".repeat(LABEL + 2 * COLUMN));
    out.println("CPU by thread group (s) and cores over time:");
    threads(out, "(a) job N", aRun);
    if (scaled != null) {
      threads(out, "(a) job " + o.repeatScale() + "xN", scaled.run().stats());
    }
    if (b != null) {
      threads(out, "(b) annotate", b.annotate());
    }
    for (String note : notes) {
      out.println("note: " + note);
    }
    contention(a, b).forEach(w -> out.println("WARNING: " + w));
    if (b != null && !b.failures().isEmpty()) {
      out.println("note: (b) failed on " + b.failures());
    }
    out.println("=".repeat(LABEL + 2 * COLUMN));
    out.println(json(o, articles, a, b, notes));
    out.flush();
  }

  private record JobRun4(Benchmark.JobRun run, String description, double timeRatio, double perTokenRatio) {}

  private static JobRun4 scaled(Benchmark.QuoteStanceResult a, Benchmark.Options o) {
    Benchmark.JobRun s = a.scaled();
    if (s == null) {
      return null;
    }
    Benchmark.JobRun base = a.base();
    double time = s.stats().wallSeconds() / base.stats().wallSeconds();
    double perToken = (s.stats().wallSeconds() / s.tokens()) / (base.stats().wallSeconds() / base.tokens());
    String how = a.scaledDistinct()
        ? s.articles() + " distinct articles"
        : base.articles() + " articles repeated " + o.repeatScale() + "x under new names (input has fewer than "
            + s.articles() + " files)";
    return new JobRun4(s, how, time, perToken);
  }

  private static double ratio(Benchmark.QuoteStanceResult a, Benchmark.CoreNlpResult b) {
    return b.annotate().wallSeconds() / a.base().stats().wallSeconds();
  }

  private static void stageTable(PrintStream out, Benchmark.QuoteStanceResult a, Benchmark.Options o) {
    Map<String, Double> base = stages(a.base().runJson());
    Map<String, Double> scaled = a.scaled() == null ? Map.of() : stages(a.scaled().runJson());
    TreeSet<String> names = new TreeSet<>(base.keySet());
    names.addAll(scaled.keySet());
    List<String> order = new ArrayList<>(List.of("clean", "annotate", "quotes", "speakers", "stance"));
    order.retainAll(names);
    names.stream().filter(s -> !order.contains(s)).forEach(order::add);
    double sumBase = base.values().stream().mapToDouble(Double::doubleValue).sum();
    double sumScaled = scaled.values().stream().mapToDouble(Double::doubleValue).sum();
    boolean hasScaled = !scaled.isEmpty();
    out.printf(Locale.ROOT, "  %-12s %10s %7s%s%n", "stage", "N (s)", "share",
        hasScaled ? String.format(Locale.ROOT, " %12s %7s", o.repeatScale() + "xN (s)", "share") : "");
    for (String s : order) {
      out.printf(Locale.ROOT, "  %-12s %10.1f %6.1f%%%s%n", s, base.getOrDefault(s, 0.0),
          pct(base.getOrDefault(s, 0.0), sumBase),
          hasScaled ? String.format(Locale.ROOT, " %12.1f %6.1f%%", scaled.getOrDefault(s, 0.0),
              pct(scaled.getOrDefault(s, 0.0), sumScaled)) : "");
    }
    out.printf(Locale.ROOT, "  %-12s %10.1f %7s%s%n", "sum", sumBase, "",
        hasScaled ? String.format(Locale.ROOT, " %12.1f", sumScaled) : "");
    Sampler.Stats s = a.base().stats();
    out.printf(Locale.ROOT, "  job wall %.1f s x %.2f cores used = %.1f CPU-s; stage sum / job wall = %.2f threads busy in stages%n",
        s.wallSeconds(), s.cores(), s.cpuSeconds(), sumBase / s.wallSeconds());
    if (hasScaled) {
      Sampler.Stats t = a.scaled().stats();
      out.printf(Locale.ROOT, "  %dxN: job wall %.1f s x %.2f cores = %.1f CPU-s; stage sum / job wall = %.2f%n",
          o.repeatScale(), t.wallSeconds(), t.cores(), t.cpuSeconds(), sumScaled / t.wallSeconds());
    }
  }

  private static Map<String, Double> stages(JsonNode runJson) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (runJson != null && runJson.has("stage_seconds")) {
      Iterator<Map.Entry<String, JsonNode>> it = runJson.get("stage_seconds").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), e.getValue().asDouble());
      }
    }
    return out;
  }

  private static void threads(PrintStream out, String label, Sampler.Stats s) {
    String groups = s.threadCpuSeconds().entrySet().stream()
        .filter(e -> e.getValue() >= 0.05)
        .limit(8)
        .map(e -> e.getKey() + " " + f1(e.getValue()))
        .collect(Collectors.joining(", "));
    out.printf(Locale.ROOT, "  %s: %s, VM (GC, JIT) %s; total %.1f CPU-s in %.1f s%n", label, groups,
        f1(s.vmCpuSeconds()), s.cpuSeconds(), s.wallSeconds());
    out.printf(Locale.ROOT, "    cores per %.0f s, this JVM:       %s%n", s.bucketSeconds(), series(s.coresTimeline()));
    out.printf(Locale.ROOT, "    cores per %.0f s, other processes: %s%n", s.bucketSeconds(), series(s.otherCoresTimeline()));
  }

  static String json(Benchmark.Options o, List<Corpus.Article> articles, Benchmark.QuoteStanceResult a,
      Benchmark.CoreNlpResult b, List<String> notes) {
    ObjectNode j = Benchmark.node();
    j.put("benchmark", "quote-stance-vs-corenlp");
    j.put("articles", articles.size());
    j.put("input", o.input());
    j.put("whitespace_tokens", Corpus.tokens(articles));
    j.put("available_processors", Runtime.getRuntime().availableProcessors());
    j.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    j.put("order", o.order());
    ObjectNode qa = j.putObject("quote_stance");
    qa.put("load_seconds", r3(a.load().wallSeconds()));
    qa.put("load_peak_heap_bytes", a.load().peakHeap());
    qa.put("live_heap_after_load_bytes", a.retainedHeap());
    if (a.warmup() != null) {
      qa.put("warmup_seconds", r3(a.warmup().wallSeconds()));
    }
    run(qa, a.base(), articles.size());
    if (a.scaled() != null) {
      ObjectNode sc = qa.putObject("scaled");
      sc.put("repeat_scale", o.repeatScale());
      sc.put("distinct_articles", a.scaledDistinct());
      run(sc, a.scaled(), a.scaled().articles());
      JobRun4 s = scaled(a, o);
      sc.put("time_ratio", r3(s.timeRatio()));
      sc.put("per_token_time_ratio", r3(s.perTokenRatio()));
    }
    if (b != null) {
      ObjectNode cb = j.putObject("corenlp");
      cb.put("annotators", Benchmark.CORENLP_ANNOTATORS);
      cb.put("threads", 1);
      cb.put("load_seconds", r3(b.load().wallSeconds()));
      cb.put("load_peak_heap_bytes", b.load().peakHeap());
      cb.put("live_heap_after_load_bytes", b.retainedHeap());
      if (b.warmup() != null) {
        cb.put("warmup_seconds", r3(b.warmup().wallSeconds()));
      }
      stats(cb, b.annotate(), articles.size(), Corpus.tokens(articles));
      cb.put("corenlp_tokens", b.coreNlpTokens());
      cb.put("sentences", b.sentences());
      cb.put("quotes", b.quotes());
      cb.put("failed", b.failures().size());
      j.put("throughput_ratio_a_over_b", r3(ratio(a, b)));
      j.put("cpu_efficiency_ratio_a_over_b", r3(b.annotate().cpuSeconds() / a.base().stats().cpuSeconds()));
    }
    notes.forEach(j.putArray("notes")::add);
    contention(a, b).forEach(j.putArray("warnings")::add);
    return j.toString();
  }

  private static void run(ObjectNode node, Benchmark.JobRun run, int articles) {
    stats(node, run.stats(), articles, run.tokens());
    if (run.runJson() != null) {
      node.set("stage_seconds", run.runJson().get("stage_seconds"));
      node.set("articles_status", run.runJson().get("articles"));
      node.set("quotes", run.runJson().at("/quotes/total"));
      node.set("job_wall_time_seconds", run.runJson().get("wall_time_seconds"));
    } else {
      node.put("failed", true);
    }
  }

  private static void stats(ObjectNode node, Sampler.Stats s, int articles, long tokens) {
    node.put("articles", articles);
    node.put("whitespace_tokens", tokens);
    node.put("wall_seconds", r3(s.wallSeconds()));
    node.put("articles_per_second", r3(articles / s.wallSeconds()));
    node.put("tokens_per_second", Math.round(tokens / s.wallSeconds()));
    node.put("cpu_seconds", r3(s.cpuSeconds()));
    node.put("cpu_cores", r3(s.cores()));
    node.put("peak_heap_bytes", s.peakHeap());
    node.put("max_heap_after_gc_bytes", s.peakAfterGc());
    node.put("peak_rss_bytes", s.peakRss());
    node.put("gc_count", s.gcCount());
    node.put("gc_seconds", r3(s.gcSeconds()));
    putNumber(node, "other_processes_cores", s.otherCores());
    ObjectNode t = node.putObject("thread_cpu_seconds");
    s.threadCpuSeconds().forEach((k, v) -> t.put(k, r3(v)));
    t.put("vm_gc_jit", r3(s.vmCpuSeconds()));
    s.coresTimeline().forEach(node.putArray("cores_timeline")::add);
    var others = node.putArray("other_processes_cores_timeline");
    s.otherCoresTimeline().forEach(d -> {
      if (d.isNaN()) {
        others.addNull();
      } else {
        others.add(d);
      }
    });
    node.put("cores_timeline_bucket_seconds", s.bucketSeconds());
  }

  private static String series(List<Double> values) {
    return values.stream().map(d -> d.isNaN() ? "?" : String.format(Locale.ROOT, "%.1f", d))
        .collect(Collectors.joining(" "));
  }

  private static String warm(Sampler.Stats warmup) {
    return warmup == null ? "off" : f1(warmup.wallSeconds());
  }

  private static double endToEnd(Sampler.Stats load, Sampler.Stats warmup, Sampler.Stats run) {
    return load.wallSeconds() + (warmup == null ? 0 : warmup.wallSeconds()) + run.wallSeconds();
  }

  /** Phases during which other processes kept more than a quarter of a core busy. */
  static List<String> contention(Benchmark.QuoteStanceResult a, Benchmark.CoreNlpResult b) {
    List<Sampler.Stats> phases = new ArrayList<>(List.of(a.load(), a.base().stats()));
    if (a.scaled() != null) {
      phases.add(a.scaled().stats());
    }
    if (b != null) {
      phases.add(b.load());
      phases.add(b.annotate());
    }
    List<String> out = new ArrayList<>();
    for (Sampler.Stats s : phases) {
      if (s.otherCores() > 0.25) {
        out.add(String.format(Locale.ROOT, "%s: other processes used %.2f of %d cores; its timings are not clean",
            s.name(), s.otherCores(), Sampler.machineCpus()));
      }
    }
    return out;
  }

  private static void putNumber(ObjectNode node, String field, double value) {
    if (Double.isNaN(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private static void row(PrintStream out, String label, String a, String b) {
    out.printf(Locale.ROOT, "%-" + LABEL + "s%-" + COLUMN + "s%s%n", label, a, b);
  }

  private static double pct(double part, double whole) {
    return whole > 0 ? 100 * part / whole : 0;
  }

  private static double r3(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  private static String f0(double d) {
    return String.format(Locale.ROOT, "%,.0f", d);
  }

  private static String f1(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static String f2(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static String f3(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
