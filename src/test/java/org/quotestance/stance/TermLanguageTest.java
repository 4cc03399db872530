package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** stance-terms.json binds strictly, and the matcher's endings and negating suffixes come from it. */
@Tag("unit")
class TermLanguageTest {
  private static final Path TERMS = Path.of("src/main/resources/quote-stance/stance-terms.json");

  @Test
  void aMisspeltKeyIsNamed() throws IOException {
    byte[] misspelt = Files.readString(TERMS).replace("\"stemEndings\"", "\"stemEnding\"").getBytes(StandardCharsets.UTF_8);
    ConfigException e = assertThrows(ConfigException.class,
        () -> StrictJson.resource("stance-terms.json", misspelt, TermLanguage.class));
    assertTrue(e.getMessage().startsWith("stance-terms.json: unknown key \"stemEnding\" (known keys: "), e.getMessage());
  }

  @Test
  void aMissingKeyIsNamed() throws IOException {
    byte[] missing = Files.readString(TERMS).replaceFirst("\"negatingSuffixes\"\\s*:\\s*\\[[^\\]]*\\],?", "")
        .replaceFirst(",\\s*}\\s*$", "}").getBytes(StandardCharsets.UTF_8);
    assertEquals("stance-terms.json: key \"negatingSuffixes\" is missing", assertThrows(ConfigException.class,
        () -> StrictJson.resource("stance-terms.json", missing, TermLanguage.class)).getMessage());
  }

  @Test
  void shortTermsTakeWordEndingsAndStemsTakeStemEndings() {
    TermLanguage lang = TermLanguage.load();
    assertEquals(5, lang.minStemLength());
    assertEquals(List.of("s", "d", "ed", "ing"), lang.wordEndings());
    TermMatcher aid = new TermMatcher(List.of("aid"), false);
    assertEquals("aided", aid.find("Ankara aided them"));
    assertNull(aid.find("the aides said")); // "es" is a stem ending, not a word ending
    TermMatcher smuggle = new TermMatcher(List.of("smuggl"), false);
    assertEquals("smugglers", smuggle.find("oil smugglers crossed"));
    assertEquals("smuggling", smuggle.find("accused of smuggling"));
    assertNull(smuggle.find("smuggleroo"));
  }

  @Test
  void aNegatingSuffixNegatesLikeANegator() {
    TermMatcher buy = new TermMatcher(List.of("buy"), false);
    NegationScope none = new NegationScope(List.of());
    assertTrue(none.negates("Turkey didn't buy oil", buy));
    assertTrue(none.negates("Turkey DIDN’T buy oil", buy));
    assertFalse(none.negates("Turkey did buy oil", buy));
    assertFalse(none.negates("Turkey didn't say it would not go and buy oil", buy)); // beyond three words
  }
}
