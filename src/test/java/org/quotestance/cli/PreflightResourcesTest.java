package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks before the run read every language resource: with a misspelt copy of any one of them
 * ahead on the class path, {@code Preflight.languageResources()} throws the one-line error that the
 * command line prints with exit 2. Each copy is tried in a class loader of its own that loads this
 * project's classes afresh (the resources are read once per JVM) and finds the copy first.
 * {@code ShadedJarIT} does the same with the jar for one of them and sees the exit status.
 */
@Tag("unit")
class PreflightResourcesTest {
  private static final Path DIR = Path.of("src/main/resources/quote-stance");

  /** Loads org.quotestance classes and finds resources in its own folders first; the rest from the parent. */
  private static final class ProjectFirstLoader extends URLClassLoader {
    ProjectFirstLoader(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("org.quotestance.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        return c != null ? c : findClass(name);
      }
    }

    @Override
    public URL getResource(String name) {
      URL own = findResource(name);
      return own != null ? own : super.getResource(name);
    }
  }

  /** What {@code Preflight.languageResources()} throws with {@code file} replaced by {@code text}, or "". */
  private static String preflightWith(Path tmp, String file, String text) throws Exception {
    Path override = Files.createDirectories(tmp.resolve(file).resolve("quote-stance"));
    Files.writeString(override.resolve(file), text);
    URL classes = Preflight.class.getProtectionDomain().getCodeSource().getLocation();
    try (ProjectFirstLoader loader = new ProjectFirstLoader(
        new URL[] {override.getParent().toUri().toURL(), classes}, PreflightResourcesTest.class.getClassLoader())) {
      Class<?> preflight = loader.loadClass(Preflight.class.getName());
      assertTrue(preflight != Preflight.class, "the project's classes are loaded afresh");
      Method check = preflight.getDeclaredMethod("languageResources");
      check.setAccessible(true);
      try {
        check.invoke(null);
        return "";
      } catch (InvocationTargetException e) {
        assertEquals("org.quotestance.config.ConfigException", e.getCause().getClass().getName(), e.getCause().toString());
        return e.getCause().getMessage();
      }
    }
  }

  @Test
  void aMisspeltKeyInAnyResourceStopsThePreflight(@TempDir Path tmp) throws Exception {
    // file -> {text in the shipped file, its misspelling, the start of the error line}
    Map<String, List<String>> cases = new LinkedHashMap<>();
    cases.put("boilerplate.json", List.of("\"captionMaxWords\"", "\"captionMaxWord\"", "unknown key \"captionMaxWord\""));
    cases.put("reporting.json", List.of("\"relayVerbs\"", "\"relayVerb\"", "unknown key \"relayVerb\""));
    cases.put("stance.json", List.of("\"hedges\"", "\"hedgs\"", "unknown key \"hedgs\""));
    cases.put("stance-terms.json", List.of("\"wordEndings\"", "\"wordEnding\"", "unknown key \"wordEnding\""));
    cases.put("tagging.json", List.of("\"acronymStandIns\"", "\"acronymStandIn\"", "unknown key \"acronymStandIn\""));
    // affiliations.tsv grows (users extend it): the line number is the seat line's, wherever it is
    String affiliations = Files.readString(DIR.resolve("affiliations.tsv"));
    long seatLine = affiliations.substring(0, affiliations.indexOf("\nseat\tKremlin\t") + 1).lines().count() + 1;
    cases.put("affiliations.tsv", List.of("\nseat\tKremlin\t", "\nseats\tKremlin\t", "line " + seatLine + ": unknown kind \"seats\""));
    cases.put("capitals.tsv", List.of("\nAnkara\tTurkey", "\nAnkara Turkey", "line 9: \"Ankara Turkey\" is not a capital"));
    assertEquals(new TreeSet<>(Preflight.LANGUAGE_RESOURCES), new TreeSet<>(cases.keySet()));
    assertEquals("", preflightWith(tmp.resolve("shipped"), "stance.json", Files.readString(DIR.resolve("stance.json"))));
    for (Map.Entry<String, List<String>> c : cases.entrySet()) {
      String name = c.getKey();
      String shipped = Files.readString(DIR.resolve(name));
      assertTrue(shipped.contains(c.getValue().get(0)), name + " no longer holds " + c.getValue().get(0));
      String message = preflightWith(tmp, name, shipped.replace(c.getValue().get(0), c.getValue().get(1)));
      assertTrue(message.startsWith("/quote-stance/" + name + ": " + c.getValue().get(2)), name + ": " + message);
      assertEquals(1, message.lines().count(), message);
    }
  }

  @Test
  void theLoaderReadsTheCopy(@TempDir Path tmp) throws IOException {
    Path override = Files.createDirectories(tmp.resolve("quote-stance"));
    Files.writeString(override.resolve("capitals.tsv"), "Oslo\tNorway\n");
    try (ProjectFirstLoader loader = new ProjectFirstLoader(new URL[] {tmp.toUri().toURL()},
        PreflightResourcesTest.class.getClassLoader())) {
      assertEquals("Oslo\tNorway\n", new String(loader.getResource("quote-stance/capitals.tsv").openStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
