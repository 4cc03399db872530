package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Term matching, and that skipping texts without a term's word never loses a match. */
@Tag("unit")
class TermMatcherTest {
  @Test
  void findsTheEarliestTermWithItsInflection() {
    TermMatcher m = new TermMatcher(List.of("smuggl", "oil trade"), false);
    assertEquals("oil  trade", m.find("They denied any oil  trade and smuggling."));
    assertEquals(2, m.spans("They denied any oil  trade and smuggling.").size());
  }

  @Test
  void caseInsensitiveMatchesSurviveTheWordFilter() {
    TermMatcher m = new TermMatcher(List.of("Kiev", "isis"), true);
    assertEquals("KIEV", m.find("Talks in KIEV began."));
    // Unicode case-insensitive matching: the Kelvin sign matches k, dotless and dotted I match i
    assertEquals("\u212Aiev", m.find("Talks in \u212Aiev began."));
    assertEquals("\u0130S\u0130S", m.find("Fighters of \u0130S\u0130S left."));
    assertEquals(List.of(9), m.positions("Talks in \u212Aiev began."));
  }

  @Test
  void shortCapitalTermsStayCaseSensitive() {
    TermMatcher m = new TermMatcher(List.of("IS"), true);
    assertNull(m.find("This is the plan."));
    assertEquals("IS", m.find("Oil sold by IS fighters."));
  }

  @Test
  void foldKeepsOffsets() {
    String text = "\u0130stanbul Kelvin \u212A";
    assertEquals(text.length(), TermMatcher.fold(text).length());
    assertEquals("istanbul kelvin k", TermMatcher.fold(text));
  }

  @Test
  void termsAreFoundWhereverAWordCanStart() {
    TermMatcher m = new TermMatcher(List.of("smuggl", "oil trade", "Gülen", "IS"), false);
    // after a hyphen, a bracket, a guillemet, a digit-free number sign, at the text's start
    assertEquals(List.of(5), m.positions("anti-smuggling"));
    assertEquals(List.of(1), m.positions("(Smugglers)"));
    assertEquals(List.of(1), m.positions("\u00ABsmuggled\u00BB"));
    assertEquals(List.of(0), m.positions("Smuggling rose."));
    // the second word is the longer one; a term with a letter beyond ASCII is always tried
    assertEquals(List.of(4), m.positions("the oil trade"));
    assertEquals(List.of(4), m.positions("why G\u00FClen"));
    assertEquals(List.of(7), m.positions("Saw an IS convoy."));
    // never inside a word
    assertEquals(List.of(), m.positions("oversmuggled, soil trade, ISIS"));
  }

  @Test
  void twoWordTermsMatchAcrossTheWordsBetweenAndTheQuickTestLosesNone() {
    TermMatcher m = new TermMatcher(List.of("cover up", "make available"), false);
    // "Officials Covered it up": the verb in capitals, its particle two words on
    org.quotestance.nlp.Sentence covered = new org.quotestance.nlp.Sentence(0, 0, List.of(
        new org.quotestance.nlp.Token(0, "Officials", "official", "NNS", "O", 0, 9, 1, "nsubj"),
        new org.quotestance.nlp.Token(1, "Covered", "cover", "VBD", "O", 10, 17, -1, "root"),
        new org.quotestance.nlp.Token(2, "it", "it", "PRP", "O", 18, 20, 1, "obj"),
        new org.quotestance.nlp.Token(3, "up", "up", "RP", "O", 21, 23, 1, "compound:prt")));
    assertEquals(List.of("1-3"), m.splitMatches(covered).stream().map(p -> p[0] + "-" + p[1]).toList());
    // only the lemma holds the first word ("made" → "make"), the complement further on
    org.quotestance.nlp.Sentence made = new org.quotestance.nlp.Sentence(0, 0, List.of(
        new org.quotestance.nlp.Token(0, "They", "they", "PRP", "O", 0, 4, 1, "nsubj"),
        new org.quotestance.nlp.Token(1, "made", "make", "VBD", "O", 5, 9, -1, "root"),
        new org.quotestance.nlp.Token(2, "records", "record", "NNS", "O", 10, 17, 1, "obj"),
        new org.quotestance.nlp.Token(3, "available", "available", "JJ", "O", 18, 27, 1, "xcomp")));
    assertEquals(List.of("1-3"), m.splitMatches(made).stream().map(p -> p[0] + "-" + p[1]).toList());
    // a verb holding neither word, and a particle right after its verb (a plain match, not a split one)
    org.quotestance.nlp.Sentence other = new org.quotestance.nlp.Sentence(0, 0, List.of(
        new org.quotestance.nlp.Token(0, "They", "they", "PRP", "O", 0, 4, 1, "nsubj"),
        new org.quotestance.nlp.Token(1, "gave", "give", "VBD", "O", 5, 9, -1, "root"),
        new org.quotestance.nlp.Token(2, "it", "it", "PRP", "O", 10, 12, 1, "obj"),
        new org.quotestance.nlp.Token(3, "up", "up", "RP", "O", 13, 15, 1, "compound:prt")));
    assertEquals(List.of(), m.splitMatches(other));
  }
}
