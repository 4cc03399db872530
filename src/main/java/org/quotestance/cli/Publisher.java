package org.quotestance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.util.MimeTypes;
import org.quotestance.nlp.AnnotationCache;
import org.quotestance.pipeline.QuoteStanceOptions;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Publishes a finished run: adds wall times to run.json and makes the complete set of files the
 * content of --output at once ({@link OutputDir}), so an interrupted or failed run never leaves a
 * table that looks whole, nor a mix of two runs' tables.
 */
final class Publisher {
  static final List<String> FILES = List.of("quotes.csv", "speakers.csv", "affiliations.csv", "outlets.csv",
      "timeline.csv", "articles.csv", "errors.csv", "quotes.jsonl", "run.json", "report.html");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Publisher() {}

  static void publish(RunCommand.Prepared prepared, QuoteStanceOptions o, PipelineResult result, double seconds)
      throws IOException {
    ResourceId staging = FileSystems.matchNewResource(prepared.info().staging(), true);
    ResourceId runJson = staging.resolve("run.json", StandardResolveOptions.RESOLVE_FILE);
    // Every matched file yields a result or a dead letter, so missing tables mean the workers
    // could not reach the input or the output (relative paths on a cluster, say).
    MatchResult written = FileSystems.match(List.of(runJson.toString()), EmptyMatchTreatment.ALLOW).get(0);
    if (written.status() != MatchResult.Status.OK || written.metadata().isEmpty()) {
      throw new IOException("the workers wrote no tables into " + staging
          + ": --input and --output must be paths every worker can reach (absolute, on shared storage)");
    }
    ObjectNode summary;
    try (InputStream in = Channels.newInputStream(FileSystems.open(runJson))) {
      summary = (ObjectNode) JSON.readTree(in);
    }
    summary.put("runner", o.getRunner().getSimpleName());
    summary.put("wall_time_seconds", Math.round(seconds * 10) / 10.0);
    ObjectNode stages = summary.putObject("stage_seconds");
    stageMillis(result).forEach((stage, ms) -> stages.put(stage, Math.round(ms / 100.0) / 10.0));
    ObjectNode cache = summary.putObject("annotation_cache");
    if (prepared.cache() == null) {
      cache.putNull("directory");
    } else {
      cache.put("directory", prepared.cache().directory());
    }
    Map<String, Long> cacheCounts = counters(result, AnnotationCache.METRICS);
    cache.put("hits", cacheCounts.getOrDefault("hits", 0L));
    cache.put("misses", cacheCounts.getOrDefault("misses", 0L));
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(runJson, MimeTypes.TEXT))) {
      out.write((JSON.writeValueAsString(summary) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    if (prepared.output() != null) {
      prepared.output().publish(OutputDir.ATOMIC);
      return;
    }
    // An object store has no directory to rename: its files are moved one by one.
    List<ResourceId> from = new ArrayList<>();
    List<ResourceId> to = new ArrayList<>();
    ResourceId output = FileSystems.matchNewResource(o.getOutput(), true);
    for (String name : FILES) {
      from.add(staging.resolve(name, StandardResolveOptions.RESOLVE_FILE));
      to.add(output.resolve(name, StandardResolveOptions.RESOLVE_FILE));
    }
    FileSystems.rename(from, to, StandardMoveOptions.IGNORE_MISSING_FILES);
    discard(prepared);
  }

  /** Summed processing time per stage, from the stages' "millis" counters. */
  private static Map<String, Long> stageMillis(PipelineResult result) {
    Map<String, Long> out = new TreeMap<>();
    try {
      MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
      for (MetricResult<Long> c : metrics.getCounters()) {
        if (c.getName().getName().equals("millis")) {
          out.merge(c.getName().getNamespace(), committedOrAttempted(c), Long::sum);
        }
      }
    } catch (UnsupportedOperationException e) {
      // a runner without metrics: run.json simply has no per-stage times
    }
    return out;
  }

  /** The counters of one namespace, by name. */
  private static Map<String, Long> counters(PipelineResult result, String namespace) {
    Map<String, Long> out = new TreeMap<>();
    try {
      MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
      for (MetricResult<Long> c : metrics.getCounters()) {
        if (c.getName().getNamespace().equals(namespace)) {
          out.merge(c.getName().getName(), committedOrAttempted(c), Long::sum);
        }
      }
    } catch (UnsupportedOperationException e) {
      // a runner without metrics
    }
    return out;
  }

  private static long committedOrAttempted(MetricResult<Long> c) {
    try {
      return c.getCommitted();
    } catch (UnsupportedOperationException e) {
      return c.getAttempted();
    }
  }

  /** Removes the staging directory (local output only; object stores have no directories). */
  static void discard(RunCommand.Prepared prepared) {
    if (prepared.output() != null) {
      prepared.output().discard();
    }
  }

  static String summary(String output, RunCommand.Prepared prepared) {
    try (InputStream in = Files.newInputStream(Path.of(output, "run.json"))) {
      ObjectNode s = (ObjectNode) JSON.readTree(in);
      long read = s.at("/articles/read").asLong();
      long quotes = s.at("/quotes/total").asLong();
      return String.format("quote-stance: %d %s (ok %s, skipped %s, failed %s), %d %s -> %s/ in %.1f s",
          read, read == 1 ? "article" : "articles", s.at("/articles/ok"), s.at("/articles/skipped"),
          s.at("/articles/failed"), quotes, quotes == 1 ? "quote" : "quotes", output, s.get("wall_time_seconds").asDouble());
    } catch (IOException | RuntimeException e) {
      return "quote-stance: done -> " + output + "/";
    }
  }
}
