package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClaimValidatorTest {
  @Test
  void theProjectsClaimsAreValid() throws IOException {
    try (Stream<Path> claims = Files.list(Path.of("pipelines"))) {
      for (Path c : claims.filter(p -> p.toString().endsWith(".json")).toList()) {
        assertDoesNotThrow(() -> ClaimValidator.validate(Files.readAllBytes(c)), c.toString());
      }
    }
  }

  @Test
  void eachProblemIsNamedByItsField() {
    assertEquals("the file must hold one JSON object", problem("[1, 2]"));
    assertEquals("\"id\" must be a string, not a number", problem("{\"id\": 7}"));
    assertEquals("\"target\" is missing (an object)", problem("{\"id\": \"x\"}"));
    assertEquals("\"target.aliases\" is empty; give at least one",
        problem("{\"id\": \"x\", \"target\": {\"name\": \"T\", \"aliases\": []}}"));
    assertEquals("not valid JSON: Duplicate field 'id'", problem("{\"id\": \"x\", \"id\": \"y\"}").replaceAll("\\s+at .*", ""));
  }

  private static String problem(String json) {
    return assertThrows(ClaimValidator.Invalid.class,
        () -> ClaimValidator.validate(json.getBytes(StandardCharsets.UTF_8))).getMessage();
  }
}
