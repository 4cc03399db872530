package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.config.ConfigException;
import org.quotestance.config.StrictJson;
import org.quotestance.quote.ReportingLexicon;

/** The language resources bind strictly, and every verb cue of a claim can fire. */
@Tag("unit")
class LanguageResourcesTest {
  private static final Path STANCE = Path.of("src/main/resources/quote-stance/stance.json");

  @Test
  void aMisspeltKeyInStanceJsonIsNamed() throws IOException {
    byte[] misspelt = Files.readString(STANCE).replace("\"hedges\"", "\"hedgs\"").getBytes(StandardCharsets.UTF_8);
    ConfigException e = assertThrows(ConfigException.class,
        () -> StrictJson.resource("stance.json", misspelt, StanceLanguage.class));
    assertTrue(e.getMessage().startsWith("stance.json: unknown key \"hedgs\" (known keys: "), e.getMessage());
  }

  @Test
  void aMissingKeyInStanceJsonIsNamed() throws IOException {
    byte[] missing = Files.readString(STANCE).replaceFirst("\"hedges\"\\s*:\\s*\\[[^\\]]*\\],?", "")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("stance.json: key \"hedges\" is missing", assertThrows(ConfigException.class,
        () -> StrictJson.resource("stance.json", missing, StanceLanguage.class)).getMessage());
  }

  @Test
  void aMisspeltKeyInReportingJsonIsNamedAndAccordingToIsRead() throws IOException {
    String json = Files.readString(Path.of("src/main/resources/quote-stance/reporting.json"));
    byte[] misspelt = json.replace("\"relayVerbs\"", "\"relayVerb\"").getBytes(StandardCharsets.UTF_8);
    ConfigException e = assertThrows(ConfigException.class,
        () -> StrictJson.resource("reporting.json", misspelt, ReportingLexicon.class));
    assertTrue(e.getMessage().startsWith("reporting.json: unknown key \"relayVerb\" (known keys: "), e.getMessage());
    assertEquals(List.of("according to"), ReportingLexicon.load().accordingTo());
    assertEquals(List.of(List.of("according", "to")), ReportingLexicon.load().accordingToWords());
  }

  @Test
  void aMisspeltKeyInBoilerplateJsonIsNamed() throws IOException {
    String json = Files.readString(Path.of("src/main/resources/quote-stance/boilerplate.json"));
    byte[] misspelt = json.replace("\"captionMaxWords\"", "\"captionMaxWord\"").getBytes(StandardCharsets.UTF_8);
    ConfigException e = assertThrows(ConfigException.class,
        () -> StrictJson.resource("boilerplate.json", misspelt, org.quotestance.text.BoilerplateDetector.Config.class));
    assertTrue(e.getMessage().startsWith("boilerplate.json: unknown key \"captionMaxWord\" (known keys: "), e.getMessage());
  }

  @Test
  void theWordsAreLowerCase() {
    StanceLanguage lang = StanceLanguage.load();
    assertTrue(lang.negators().contains("not"), lang.negators().toString());
    assertTrue(lang.negators().stream().allMatch(w -> w.equals(w.toLowerCase(java.util.Locale.ROOT))));
  }

  @Test
  void verbCuesThatAreNoReportingVerbsAreNamed() throws IOException {
    // lash, rebut and denounce are not in reporting.json's verbs (checked by hand); deny, refute,
    // reject, condemn and the support verbs are
    String json = Files.readString(Path.of("pipelines/turkey-daesh-oil.json"))
        .replaceFirst("\"denyVerbs\"\\s*:\\s*\\[", "\"denyVerbs\": [\"lash\", \"rebut\", \"denounce\", ");
    Claim claim = Claim.parse(json.getBytes(StandardCharsets.UTF_8));
    List<String> warnings = ClaimCues.check(claim, ReportingLexicon.load());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("\"cues.denyVerbs\": "), warnings.get(0));
    for (String verb : List.of("lash", "rebut", "denounce")) {
      assertTrue(warnings.get(0).contains(verb), warnings.get(0));
    }
    assertTrue(!warnings.get(0).contains("deny,") && !warnings.get(0).contains("reject"), warnings.get(0));
  }

  @Test
  void theShippedClaimFilesRunWithoutWarnings() throws IOException {
    for (String file : List.of("pipelines/turkey-daesh-oil.json", "pipelines/clinton-health-cover-up.json")) {
      Claim claim = Claim.parse(Files.readAllBytes(Path.of(file)));
      assertEquals(List.of(), ClaimCues.check(claim, ReportingLexicon.load()), file);
    }
  }

  @Test
  void aVerbCueOfSeveralWordsCanNeverFire() throws IOException {
    String json = Files.readString(Path.of("pipelines/turkey-daesh-oil.json"))
        .replaceFirst("\"denyVerbs\"\\s*:\\s*\\[", "\"denyVerbs\": [\"step down\", ");
    Claim claim = Claim.parse(json.getBytes(StandardCharsets.UTF_8));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClaimCues.check(claim, ReportingLexicon.load()));
    assertTrue(e.getMessage().startsWith("\"cues.denyVerbs\": 'step down' has several words"), e.getMessage());
  }
}
