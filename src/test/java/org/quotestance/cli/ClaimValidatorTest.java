package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
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

  @Test
  void aMisspeltKeyAtAnyLevelIsNamed() throws IOException {
    String claim = Files.readString(Path.of("pipelines/turkey-daesh-oil.json"));
    assertEquals("unknown key \"cues.denyVerb\" (known keys: conditionWords, consequenceWords, denyVerbs, denyWords,"
        + " negationWords, proofWords, supportVerbs, supportWords)",
        problem(claim.replace("\"denyVerbs\"", "\"denyVerb\"")));
    assertEquals("unknown key \"objectRequierd\"", problem(claim.replace("\"objectRequired\"", "\"objectRequierd\""))
        .replaceAll(" \\(known keys: .*", ""));
    assertEquals("unknown key \"target.alias\" (known keys: aliases, name)",
        problem(claim.replaceFirst("\"aliases\"", "\"aliases\": [\"Turkey\"], \"alias\"")));
    // the object may say it is the target's own; the target may not
    String owned = Files.readString(Path.of("pipelines/clinton-health-cover-up.json"));
    assertEquals("unknown key \"target.ownedByTarget\" (known keys: aliases, name)",
        problem(owned.replaceFirst("\"aliases\"", "\"ownedByTarget\": true, \"aliases\"")));
    assertEquals("\"object.ownedByTarget\" must be true or false",
        problem(owned.replace("\"ownedByTarget\": true", "\"ownedByTarget\": \"yes\"")));
    assertEquals("unknown key \"speakers[0].affiliaton\" (known keys: affiliation, aliases, name)",
        problem(claim.replaceFirst("\"affiliation\": \"Turkey\"", "\"affiliaton\": \"Turkey\"")));
    assertDoesNotThrow(() -> ClaimValidator.validate(claim.replaceFirst("\\{", "{\"_doc\": \"a comment\",")
        .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theClaimRecordsRejectAnUnknownKeyToo() throws IOException {
    String claim = Files.readString(Path.of("pipelines/turkey-daesh-oil.json")).replace("\"denyVerbs\"", "\"denyVerb\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> org.quotestance.stance.Claim.parse(claim.getBytes(StandardCharsets.UTF_8)));
    assertEquals("claim file: unknown key \"cues.denyVerb\"", e.getMessage().replaceAll(" \\(known keys: .*", ""));
  }

  @Test
  void aMisspeltClaimKeyStopsTheRunWithExit2AndOneLine(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Path claim = Files.writeString(tmp.resolve("claim.json"),
        Files.readString(Path.of("pipelines/turkey-daesh-oil.json")).replace("\"supportWords\"", "\"suportWords\""));
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status = RunCommand.run(new String[] {"--input=seeds/*.txt", "--output=" + tmp.resolve("out"), "--claim=" + claim},
        new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err));
    assertEquals(2, status);
    assertEquals("quote-stance: cannot use claim file " + claim + ": unknown key \"cues.suportWords\"",
        err.toString().strip().replaceAll(" \\(known keys: .*", ""));
    assertEquals(1, err.toString().strip().lines().count());
  }

  private static String problem(String json) {
    return assertThrows(ClaimValidator.Invalid.class,
        () -> ClaimValidator.validate(json.getBytes(StandardCharsets.UTF_8))).getMessage();
  }
}
