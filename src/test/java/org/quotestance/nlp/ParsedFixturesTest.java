package org.quotestance.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The stored annotations of the stage tests still belong to their texts, and to what CoreNLP makes of them. */
class ParsedFixturesTest {
  @Test
  @Tag("unit")
  void everyFixtureDecodesForItsCleanedText() {
    for (String name : ParsedFixtures.NAMES) {
      ParsedText parsed = ParsedFixtures.annotated(name).parsed(); // throws, saying how to regenerate, when stale
      assertTrue(parsed.sentences().size() >= 3, name);
      for (Sentence s : parsed.sentences()) {
        for (Token t : s.tokens()) {
          // every token's word is the text it spans (CoreNLP normalises only brackets and quote marks)
          String span = parsed.slice(t.begin(), t.end());
          assertTrue(span.equals(t.word()) || !Character.isLetterOrDigit(span.charAt(0)),
              name + ": token " + t + " spans \"" + span + "\"; " + ParsedFixtures.REGENERATE);
        }
      }
    }
  }

  @Test
  @Tag("unit")
  void aFixtureForAnotherTextIsRefusedWithHowToRegenerateIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        ParsedFixtures.decode("harbour", ParsedFixtures.cleaned("oil"), ParsedFixtures.resource("harbour.qsa")));
    assertTrue(e.getMessage().startsWith("fixture harbour.qsa does not decode"), e.getMessage());
    assertTrue(e.getMessage().contains(ParsedFixtures.REGENERATE), e.getMessage());
  }

  @Test
  @Tag("integration")
  void coreNlpStillAnnotatesEachFixtureAsStored() {
    for (String name : ParsedFixtures.NAMES) {
      AnnotatedArticle stored = ParsedFixtures.annotated(name);
      ParsedText fresh = NlpAnnotator.annotate(stored.cleaned().clean().text());
      assertEquals(fresh.sentences(), stored.parsed().sentences(),
          "fixture " + name + ".qsa is not what the annotator gives today; " + ParsedFixtures.REGENERATE);
    }
  }
}
