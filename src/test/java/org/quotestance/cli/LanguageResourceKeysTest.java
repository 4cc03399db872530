package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.config.ConfigException;
import org.quotestance.config.StrictJson;
import org.quotestance.nlp.AcronymStandIns;
import org.quotestance.quote.ReportingLexicon;
import org.quotestance.stance.StanceLanguage;
import org.quotestance.stance.TermLanguage;
import org.quotestance.text.BoilerplateDetector;

/**
 * Every key of every JSON language resource, misspelt or left out, is named with its file, in one
 * line, before the run (the lists, affiliations.tsv and capitals.tsv, are checked line by line in
 * {@code speaker/AffiliationsTest}); and the checks before the run read every resource the job
 * uses. {@code ShadedJarIT} runs the jar with a misspelt copy of each and sees exit 2.
 */
@Tag("unit")
class LanguageResourceKeysTest {
  private static final Path DIR = Path.of("src/main/resources/quote-stance");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Each JSON resource with the record it binds to. */
  static final Map<String, Class<?>> JSON_RESOURCES = Map.of(
      "boilerplate.json", BoilerplateDetector.Config.class,
      "reporting.json", ReportingLexicon.class,
      "stance.json", StanceLanguage.class,
      "stance-terms.json", TermLanguage.class,
      "tagging.json", AcronymStandIns.Config.class);
  /** Files in the folder that the job does not read as language: why each is left out. */
  private static final Map<String, String> NOT_CHECKED = Map.of(
      "speech-cues.json", "a plain word list, read only by eval --speech-only: it has no keys",
      "version.properties", "written by the build (Maven's resource filtering), not edited");

  @Test
  void everyResourceFileIsListedForThePreflight() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(DIR)) {
      s.forEach(p -> files.add(p.getFileName().toString()));
    }
    Set<String> covered = new TreeSet<>(Preflight.LANGUAGE_RESOURCES);
    covered.addAll(NOT_CHECKED.keySet());
    assertEquals(files, covered, "a new resource file needs its place in Preflight.languageResources()");
    assertTrue(Preflight.LANGUAGE_RESOURCES.containsAll(JSON_RESOURCES.keySet()));
    Preflight.languageResources(); // the shipped files pass
  }

  @Test
  void everyKeyMisspeltIsNamedWithItsFile() throws IOException {
    int checked = 0;
    for (Map.Entry<String, Class<?>> resource : JSON_RESOURCES.entrySet()) {
      String name = resource.getKey();
      ObjectNode shipped = (ObjectNode) JSON.readTree(DIR.resolve(name).toFile());
      List<String> keys = keys(shipped);
      assertFalse(keys.isEmpty(), name);
      for (String key : keys) {
        String misspelt = key.substring(0, key.length() - 1); // "hedges" -> "hedge"
        ConfigException e = assertThrows(ConfigException.class,
            () -> StrictJson.resource(name, JSON.writeValueAsBytes(renamed(shipped, key, misspelt)), resource.getValue()),
            name + ": " + key + " misspelt as " + misspelt + " was accepted");
        assertTrue(e.getMessage().startsWith(name + ": unknown key \"" + misspelt + "\" (known keys: "), e.getMessage());
        assertTrue(e.getMessage().contains(key), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        checked++;
      }
    }
    assertTrue(checked > 60, "keys checked: " + checked);
  }

  @Test
  void everyKeyLeftOutIsNamedWithItsFile() throws IOException {
    for (Map.Entry<String, Class<?>> resource : JSON_RESOURCES.entrySet()) {
      String name = resource.getKey();
      ObjectNode shipped = (ObjectNode) JSON.readTree(DIR.resolve(name).toFile());
      for (String key : keys(shipped)) {
        ObjectNode without = shipped.deepCopy();
        without.remove(key);
        ConfigException e = assertThrows(ConfigException.class,
            () -> StrictJson.resource(name, JSON.writeValueAsBytes(without), resource.getValue()), name + ": " + key);
        assertEquals(name + ": key \"" + key + "\" is missing", e.getMessage());
      }
    }
  }

  @Test
  void aKeyOfNoRecordIsNamedEvenBesideTheRightOnes() throws IOException {
    ObjectNode stance = (ObjectNode) JSON.readTree(DIR.resolve("stance.json").toFile());
    stance.putArray("hedgesExtra").add("maybe");
    ConfigException e = assertThrows(ConfigException.class,
        () -> StrictJson.resource("stance.json", JSON.writeValueAsBytes(stance), StanceLanguage.class));
    assertTrue(e.getMessage().startsWith("stance.json: unknown key \"hedgesExtra\""), e.getMessage());
  }

  /** The keys a resource's record reads: all but the {@code _doc}-style comments. */
  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(k -> {
      if (!k.startsWith("_")) {
        keys.add(k);
      }
    });
    return keys;
  }

  /** A copy with {@code key} renamed, in its place. */
  private static ObjectNode renamed(ObjectNode node, String key, String newName) {
    ObjectNode out = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> field = it.next();
      out.set(field.getKey().equals(key) ? newName : field.getKey(), field.getValue());
    }
    return out;
  }
}
