package org.quotestance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every test is tagged {@code unit} or {@code integration} (on its class or itself), so that
 * {@code mvn test -Dgroups=unit} leaves out only what loads CoreNLP, runs a whole job or a browser,
 * and never a test someone forgot to tag.
 */
@Tag("unit")
class TestTagsTest {
  private static final Set<String> TAGS = Set.of("unit", "integration");

  @Test
  void everyTestIsUnitOrIntegration() throws Exception {
    Path root = Path.of(TestTagsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> untagged = new ArrayList<>();
    int tests = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, TestTagsTest.class.getClassLoader());
        for (Method m : type.getDeclaredMethods()) {
          if (m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(org.junit.jupiter.params.ParameterizedTest.class)) {
            tests++;
            if (tagOf(m) == null && tagOf(type) == null) {
              untagged.add(name + "." + m.getName());
            }
          }
        }
      }
    }
    assertTrue(tests > 300, "the test classes were found: " + tests);
    assertEquals(List.of(), untagged);
  }

  private static String tagOf(AnnotatedElement e) {
    // by type: two @Tag annotations are held in a @Tags container
    for (Tag tag : e.getAnnotationsByType(Tag.class)) {
      if (TAGS.contains(tag.value())) {
        return tag.value();
      }
    }
    return null;
  }
}
