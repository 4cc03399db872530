package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.nlp.NlpAnnotator;

/**
 * The annotation cache through the command line: a run with another claim over annotated articles
 * does no CoreNLP work, does not even load the models, and writes the same tables as a run
 * without the cache.
 */
@Tag("integration")
class AnnotationCacheRunTest {
  private static final String SEEDS = "seeds/*.txt";
  private static final String OTHER_CLAIM = "pipelines/clinton-health-cover-up.json";

  @Test
  void aSecondRunWithAnotherClaimTakesEveryAnnotationFromTheCache(@TempDir Path tmp) throws Exception {
    Path cache = tmp.resolve("cache");
    run("--input=" + SEEDS, "--output=" + tmp.resolve("first"), "--annotationCache=" + cache);
    JsonNode first = new ObjectMapper().readTree(tmp.resolve("first/run.json").toFile());
    assertEquals(5, first.at("/annotation_cache/misses").asInt(), first.toString());

    long annotated = NlpAnnotator.annotatedCount();
    Path cached = tmp.resolve("cached");
    run("--input=" + SEEDS, "--output=" + cached, "--claim=" + OTHER_CLAIM, "--annotationCache=" + cache);
    assertEquals(annotated, NlpAnnotator.annotatedCount(), "CoreNLP annotated a text that the cache holds");
    JsonNode second = new ObjectMapper().readTree(cached.resolve("run.json").toFile());
    assertEquals(5, second.at("/annotation_cache/hits").asInt(), second.toString());
    assertEquals(0, second.at("/annotation_cache/misses").asInt(), second.toString());

    Path fresh = tmp.resolve("fresh");
    run("--input=" + SEEDS, "--output=" + fresh, "--claim=" + OTHER_CLAIM, "--noAnnotationCache");
    List<String> names = names(fresh);
    assertEquals(names, names(cached));
    for (String name : names) {
      if (!name.equals("run.json")) { // its times and cache counts differ by design
        assertArrayEquals(Files.readAllBytes(fresh.resolve(name)), Files.readAllBytes(cached.resolve(name)),
            name + " differs between a cached and an uncached run");
      }
    }
  }

  /**
   * In a JVM of its own (this one has the models loaded by other tests): a run whose texts are all
   * in the cache finishes without loading CoreNLP's models.
   */
  @Test
  void aFullyCachedRunNeverLoadsTheModels(@TempDir Path tmp) throws Exception {
    Path cache = tmp.resolve("cache");
    run("--input=" + SEEDS, "--output=" + tmp.resolve("warm"), "--annotationCache=" + cache);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), CachedRun.class.getName(),
        "--input=" + SEEDS, "--output=" + tmp.resolve("cold-jvm"), "--claim=" + OTHER_CLAIM,
        "--annotationCache=" + cache, "--quiet"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), output);
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("models loaded: false"), output);
    assertTrue(Files.exists(tmp.resolve("cold-jvm/quotes.csv")), output);
  }

  /** The job, then whether this JVM loaded CoreNLP's models. */
  public static final class CachedRun {
    public static void main(String[] args) {
      int status = RunCommand.run(args, System.out, System.err);
      System.out.println("models loaded: " + NlpAnnotator.loaded());
      System.exit(status);
    }
  }

  @Test
  void anExplicitCacheFolderThatCannotBeCreatedStopsTheRun(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RunCommand.run(new String[] {"--input=" + SEEDS, "--output=" + tmp.resolve("out"),
        "--annotationCache=" + file.resolve("cache")}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(RunCommand.USAGE_ERROR, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--annotationCache"), err.toString(StandardCharsets.UTF_8));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static void run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RunCommand.run(args, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
  }
}
