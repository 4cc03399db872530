package org.quotestance.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StrictJsonTest {
  record Words(List<String> verbs, int limit) {}

  record Optional(@com.fasterxml.jackson.annotation.JsonProperty(required = true) String id, List<String> extra) {}

  @Test
  void aResourceBindsWithCommentsAllowed() {
    Words w = StrictJson.resource("words.json", bytes("{\"_doc\": \"why\", \"verbs\": [\"say\"], \"limit\": 3}"), Words.class);
    assertEquals(new Words(List.of("say"), 3), w);
  }

  @Test
  void aMisspeltKeyIsNamedWithTheFile() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> StrictJson.resource("words.json", bytes("{\"verb\": [\"say\"], \"limit\": 3}"), Words.class));
    assertEquals("words.json: unknown key \"verb\" (known keys: limit, verbs)", e.getMessage());
  }

  @Test
  void aResourceNeedsEveryKey() {
    assertEquals("words.json: key \"limit\" is missing", problem("{\"verbs\": [\"say\"]}"));
    assertEquals("words.json: key \"verbs\" is missing", problem("{\"limit\": 3}"));
  }

  @Test
  void nullsAndWrongTypesAreNamed() {
    assertEquals("words.json: \"verbs[1]\" holds null", problem("{\"verbs\": [\"say\", null], \"limit\": 3}"));
    assertEquals("words.json: \"verbs\" holds null", problem("{\"verbs\": null, \"limit\": 3}"));
    String wrongType = problem("{\"verbs\": \"say\", \"limit\": 3}");
    assertEquals("words.json: \"verbs\": ", wrongType.substring(0, "words.json: \"verbs\": ".length()), wrongType);
  }

  @Test
  void aFileNeedsOnlyItsRequiredKeysButNoUnknownOnes() {
    assertEquals(new Optional("x", null), StrictJson.parse("claim.json", bytes("{\"id\": \"x\"}"), Optional.class));
    assertEquals("claim.json: key \"id\" is missing", assertThrows(ConfigException.class,
        () -> StrictJson.parse("claim.json", bytes("{\"extra\": []}"), Optional.class)).getMessage());
    assertEquals("claim.json: unknown key \"extras\" (known keys: extra, id)", assertThrows(ConfigException.class,
        () -> StrictJson.parse("claim.json", bytes("{\"id\": \"x\", \"extras\": []}"), Optional.class)).getMessage());
  }

  private static String problem(String json) {
    return assertThrows(ConfigException.class, () -> StrictJson.resource("words.json", bytes(json), Words.class)).getMessage();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
