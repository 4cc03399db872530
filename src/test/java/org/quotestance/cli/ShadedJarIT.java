package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, which ships only the CoreNLP model files the pipeline loads (the shade filter
 * in pom.xml), still runs: {@code java -jar} on the seeds, without the annotation cache so that
 * every model is loaded, gives the tables that the test classpath (every model) gives. Runs in
 * {@code mvn verify} (failsafe), after the jar is built.
 */
@Tag("integration")
class ShadedJarIT {
  private static final List<String> TABLES = List.of("quotes.csv", "speakers.csv", "affiliations.csv",
      "outlets.csv", "timeline.csv", "articles.csv", "errors.csv", "quotes.jsonl", "report.html");

  @Test
  void theJarRunsTheSeedsAndWritesTheSameTablesAsTheFullClasspath(@TempDir Path tmp) throws Exception {
    Path jar = Path.of("target", "quote-stance.jar");
    assertTrue(Files.exists(jar), "no " + jar + ": run mvn verify (it packages first)");
    Path fromJar = tmp.resolve("jar");
    String log = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx4g", "-jar",
        jar.toString(), "--input=seeds/*.txt", "--output=" + fromJar, "--noAnnotationCache", "--quiet"));

    Path fromClasspath = tmp.resolve("classpath");
    int status = RunCommand.run(new String[] {"--input=seeds/*.txt", "--output=" + fromClasspath,
        "--noAnnotationCache", "--quiet"}, System.out, System.err);
    assertEquals(0, status);
    for (String name : TABLES) {
      assertArrayEquals(Files.readAllBytes(fromClasspath.resolve(name)), Files.readAllBytes(fromJar.resolve(name)),
          name + " differs between the jar and the full classpath; jar log:\n" + log);
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), output);
    assertEquals(0, p.exitValue(), output);
    return output;
  }
}
