package org.quotestance.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.cli.RunCommand;

/**
 * The same job on Beam's Flink runner, on an embedded Flink cluster ({@code --flinkMaster=[local]}),
 * gives the same bytes as on the DirectRunner: the tables do not depend on the runner's element
 * order, the staging directory is published and removed, and run.json names the runner.
 */
@Tag("integration")
class FlinkRunnerTest {
  private static final String SEEDS = "seeds/*.txt";
  private static final List<String> TABLES = List.of("quotes.csv", "speakers.csv", "affiliations.csv",
      "outlets.csv", "timeline.csv", "articles.csv", "errors.csv", "quotes.jsonl");

  @Test
  void flinkRunnerWritesTheSameBytesAsTheDirectRunner(@TempDir Path tmp) throws IOException {
    Path direct = tmp.resolve("direct");
    Path flink = tmp.resolve("flink");

    long t0 = System.nanoTime();
    // Both runs annotate: the DirectRunner without a cache, Flink's two workers into an empty one.
    run("--input=" + SEEDS, "--output=" + direct, "--noAnnotationCache");
    long t1 = System.nanoTime();
    // Two task slots, so the shuffles really deliver elements in a different order than one worker would.
    run("--input=" + SEEDS, "--output=" + flink, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--annotationCache=" + tmp.resolve("cache"));
    long t2 = System.nanoTime();
    System.out.printf("FlinkRunnerTest: DirectRunner %.1f s, FlinkRunner [local] %.1f s%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9);

    for (Path dir : List.of(direct, flink)) {
      assertFalse(names(dir).stream().anyMatch(n -> n.startsWith(".staging")), "staging directory left behind in " + dir);
    }
    for (String name : TABLES) {
      assertTrue(Files.exists(flink.resolve(name)), "FlinkRunner wrote no " + name);
    }
    // Every published file but run.json (which names the runner and its times) is byte-identical.
    List<String> published = names(direct);
    assertEquals(published, names(flink));
    for (String name : published) {
      if (!name.equals("run.json")) {
        assertArrayEquals(Files.readAllBytes(direct.resolve(name)), Files.readAllBytes(flink.resolve(name)),
            name + " differs between DirectRunner and FlinkRunner");
      }
    }

    ObjectMapper json = new ObjectMapper();
    JsonNode directRun = json.readTree(direct.resolve("run.json").toFile());
    JsonNode flinkRun = json.readTree(flink.resolve("run.json").toFile());
    assertEquals("FlinkRunner", flinkRun.get("runner").asText());
    assertEquals(5, flinkRun.at("/articles/read").asInt());
    assertEquals(directRun.get("articles"), flinkRun.get("articles"));
    assertEquals(directRun.get("quotes"), flinkRun.get("quotes"));
    // Flink reports attempted metrics only; the per-stage times must still be there.
    assertTrue(flinkRun.get("stage_seconds").has("annotate"), flinkRun.toString());
    assertEquals(5, flinkRun.at("/annotation_cache/misses").asInt(), flinkRun.toString());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static void run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RunCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
  }
}
