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
 * every model is loaded, gives the tables that the test classpath (every model) gives; and the
 * jar stops with exit 2 on a misspelt language resource. Runs in {@code mvn verify} (failsafe),
 * after the jar is built.
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

  /**
   * A misspelt kind in a language resource bundled in the jar stops the run before any work: exit
   * 2 and one line naming the file, the line and the kind (it used to fail every article instead).
   * The misspelt copy sits in a folder ahead of the jar on the class path, where the job's resource
   * lookups find it first. {@code PreflightResourcesTest} does this for every resource file.
   */
  @Test
  void aMisspeltKindInALanguageResourceStopsTheJarWithExit2AndOneLine(@TempDir Path tmp) throws Exception {
    Path jar = Path.of("target", "quote-stance.jar");
    assertTrue(Files.exists(jar), "no " + jar + ": run mvn verify (it packages first)");
    String shipped = Files.readString(Path.of("src/main/resources/quote-stance/affiliations.tsv"));
    assertTrue(shipped.contains("\nseat\tKremlin\t"), "affiliations.tsv no longer names the Kremlin");
    Path override = Files.createDirectories(tmp.resolve("override").resolve("quote-stance"));
    Files.writeString(override.resolve("affiliations.tsv"), shipped.replace("\nseat\tKremlin\t", "\nseats\tKremlin\t"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        override.getParent() + java.io.File.pathSeparator + jar, "org.quotestance.cli.Main", "--input=seeds/*.txt",
        "--output=" + tmp.resolve("out"), "--noAnnotationCache", "--quiet")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8); // until it exits
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), err);
    assertEquals(2, p.exitValue(), err);
    assertEquals(1, err.strip().lines().count(), err);
    long line = shipped.substring(0, shipped.indexOf("\nseat\tKremlin\t") + 1).lines().count() + 1; // the header may grow
    assertTrue(err.startsWith("quote-stance: /quote-stance/affiliations.tsv: line " + line + ": unknown kind \"seats\" (known kinds: "),
        err);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), output);
    assertEquals(0, p.exitValue(), output);
    return output;
  }
}
