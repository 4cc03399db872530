package org.quotestance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other only along the data flow: a package may use the ones before
 * it in {@link #LAYERS}, never one after it. Checked on the compiled main classes (every reference
 * in the bytecode, not just import lines). Test sources are not checked: the end-to-end tests
 * assemble several stages on purpose.
 */
@Tag("unit")
class ArchitectureTest {
  /**
   * {@code config} reads the JSON resources and claim files strictly; {@code beam} is the plumbing every stage uses (coders, the dead-letter stage, progress
   * counters). Both come first, so they can use no stage. {@code bench} is a tool that runs the whole
   * job and CoreNLP beside it, so it sits on top of {@code cli}; nothing uses it.
   */
  static final List<String> LAYERS = List.of(
      "config", "beam", "io", "text", "nlp", "quote", "speaker", "stance", "table", "report", "eval", "pipeline", "cli", "bench");

  private static final String ROOT = "org.quotestance.";

  static List<ArchRule> rules() {
    List<ArchRule> rules = new ArrayList<>();
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] later = LAYERS.subList(i + 1, LAYERS.size()).stream().map(p -> ROOT + p + "..").toArray(String[]::new);
      rules.add(noClasses().that().resideInAPackage(ROOT + LAYERS.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(later)
          .because(LAYERS.get(i) + " comes before " + String.join(", ", LAYERS.subList(i + 1, LAYERS.size()))
              + " in the data flow")
          .allowEmptyShould(true));
    }
    return rules;
  }

  private static JavaClasses mainClasses;

  /**
   * The compiled main classes: the directory or jar that holds one of them (faster than a classpath
   * scan), imported once for the tests of this class.
   */
  private static synchronized JavaClasses mainClasses() {
    if (mainClasses == null) {
      try {
        Path main = Path.of(org.quotestance.beam.Coders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        mainClasses = new ClassFileImporter().importPath(main);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return mainClasses;
  }

  @Test
  void noPackageUsesALaterOne() {
    JavaClasses main = mainClasses();
    assertTrue(main.size() > 100, "the main classes were found: " + main.size());
    rules().forEach(rule -> rule.check(main));
  }

  @Test
  void everyMainClassIsInALayer() {
    String[] layers = LAYERS.stream().map(p -> ROOT + p + "..").toArray(String[]::new);
    classes().should().resideInAnyPackage(layers)
        .because("a new package needs its place in ArchitectureTest.LAYERS")
        .check(mainClasses());
  }

  @Test
  void anUpwardDependencyIsReported() {
    // A test-source class in text that uses table's ArticleResult: the rules must catch it.
    JavaClasses fixture = new ClassFileImporter().importClasses(org.quotestance.text.UpwardDependencyFixture.class);
    List<String> violations = new ArrayList<>();
    for (ArchRule rule : rules()) {
      EvaluationResult result = rule.evaluate(fixture);
      if (result.hasViolation()) {
        violations.addAll(result.getFailureReport().getDetails());
      }
    }
    assertFalse(violations.isEmpty(), "the text -> table dependency was not reported");
    assertTrue(violations.stream().anyMatch(v -> v.contains("UpwardDependencyFixture") && v.contains("ArticleResult")),
        violations.toString());
  }
}
