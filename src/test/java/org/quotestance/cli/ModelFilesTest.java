package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The jar ships only the CoreNLP model files that pom.xml's shade filter lists. A file of the
 * models jar that the code names itself (a word list, say) must be among them, or the jar fails
 * where the tests, which see every model, pass. ShadedJarIT runs the jar; this catches it in
 * {@code mvn test} already.
 */
@Tag("unit")
class ModelFilesTest {
  private static final Pattern IN_CODE = Pattern.compile("\"/?(edu/stanford/nlp/models/[^\"]+)\"");
  private static final Pattern IN_POM = Pattern.compile("<include>(edu/stanford/nlp/models/[^<]+)</include>");

  @Test
  void everyModelFileTheCodeNamesIsShipped() throws IOException {
    Set<String> shipped = new TreeSet<>();
    Matcher pom = IN_POM.matcher(Files.readString(Path.of("pom.xml")));
    while (pom.find()) {
      shipped.add(pom.group(1));
    }
    assertTrue(shipped.contains("edu/stanford/nlp/models/parser/nndep/english_UD.gz"), "the filter is not where expected");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = IN_CODE.matcher(Files.readString(f));
        while (m.find()) {
          for (String file : m.group(1).split(",")) { // a literal may list several ("ner.model")
            if (!file.isEmpty() && !shipped.contains(file)) {
              missing.add(f + ": " + file);
            }
          }
        }
      }
    }
    assertEquals(List.of(), missing, "add these to the stanford-corenlp:models filter in pom.xml");
  }

  @Test
  void everyShippedFileExistsInTheModelsJar() {
    Set<String> shipped = new TreeSet<>();
    try {
      Matcher pom = IN_POM.matcher(Files.readString(Path.of("pom.xml")));
      while (pom.find()) {
        shipped.add(pom.group(1));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (String file : shipped) {
      assertTrue(ModelFilesTest.class.getResource("/" + file) != null, file + " is not on the classpath: a typo in pom.xml?");
    }
  }
}
