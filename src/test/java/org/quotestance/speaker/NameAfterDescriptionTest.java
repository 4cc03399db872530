package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/** The name the parser hung on a description that it made the subject, on hand-built parses. */
@Tag("unit")
class NameAfterDescriptionTest {
  /** "The main opposition Green People’s Party (GPP) submitted …", the party's name untagged by NER. */
  private static Sentence parse(String partyNer, String abbreviationNer) {
    return new Sentence(0, 0, List.of(
        new Token(0, "The", "the", "DT", "O", 0, 3, 2, "det"),
        new Token(1, "main", "main", "JJ", "O", 4, 8, 2, "amod"),
        new Token(2, "opposition", "opposition", "NN", "O", 9, 19, 10, "nsubj"),
        new Token(3, "Green", "Green", "NNP", "O", 20, 25, 4, "compound"),
        new Token(4, "People", "People", "NNPS", "O", 26, 32, 6, "nmod:poss"),
        new Token(5, "’s", "'s", "POS", "O", 32, 34, 4, "case"),
        new Token(6, "Party", "Party", "NNP", partyNer, 35, 40, 2, "dep"),
        new Token(7, "(", "(", "-LRB-", "O", 41, 42, 8, "punct"),
        new Token(8, "GPP", "GPP", "NNP", abbreviationNer, 42, 45, 6, "dep"),
        new Token(9, ")", ")", "-RRB-", "O", 45, 46, 8, "punct"),
        new Token(10, "submitted", "submit", "VBD", "O", 47, 56, -1, "root")));
  }

  @Test
  void aNameTaggedOrHoldingATaggedAbbreviationSpeaksForTheDescription() {
    Sentence tagged = parse("ORGANIZATION", "O");
    assertEquals(6, MentionResolver.nameAfterDescription(tagged, tagged.tokens().get(2)).index());
    Sentence abbreviated = parse("O", "ORGANIZATION");
    assertEquals(6, MentionResolver.nameAfterDescription(abbreviated, abbreviated.tokens().get(2)).index());
  }

  @Test
  void wordsNoTagCallsANameLeaveTheDescription() {
    Sentence untagged = parse("O", "O");
    assertEquals(2, MentionResolver.nameAfterDescription(untagged, untagged.tokens().get(2)).index());
  }
}
