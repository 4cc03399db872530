package org.quotestance.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** "IS" for the Islamic State is read as a name, not as the verb "is", and keeps its own word. */
@Tag("integration")
class AcronymStandInsTest {

  private static Token find(ParsedText parsed, String word) {
    for (Sentence s : parsed.sentences()) {
      for (Token t : s.tokens()) {
        if (t.word().equals(word)) {
          return t;
        }
      }
    }
    throw new AssertionError(word + " not in " + parsed.sentences());
  }

  @Test
  void theAcronymIsReadAsANameAndKeepsItsWord() {
    ParsedText parsed = NlpAnnotator.annotate("The mayor said the town had no reason to help IS, which had bombed its market.");
    Token acronym = find(parsed, "IS");
    assertEquals("NNP", acronym.pos(), acronym.toString());
    // the parse is whole again: the acronym is the object of "help", not an auxiliary
    Token help = find(parsed, "help");
    assertEquals(help.index(), acronym.head(), acronym.toString());
    assertEquals("IS", parsed.slice(acronym.begin(), acronym.end()));
  }

  @Test
  void theVerbInAHeadlineSetInCapitalsStaysAVerb() {
    ParsedText parsed = NlpAnnotator.annotate("THE BRIDGE IS OPEN AGAIN\n\nThe mayor cut the ribbon on Monday.");
    Token verb = find(parsed, "IS");
    assertTrue(verb.pos().startsWith("VB"), verb.toString());
  }
}
