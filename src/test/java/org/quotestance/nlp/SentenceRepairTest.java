package org.quotestance.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CoreNLP's splitter breaks after unknown abbreviations; the repair joins the pieces again. */
@Tag("integration")
class SentenceRepairTest {

  @Test
  void aLowerCaseContinuationJoinsThePreviousSentence() {
    ParsedText parsed = NlpAnnotator.annotate("Rep. Dana Quill (D-Md.) said the vote was close. Then the hall emptied.");
    assertEquals(2, parsed.sentences().size(), () -> parsed.sentences().toString());
    assertEquals("Rep. Dana Quill (D-Md.) said the vote was close.",
        parsed.slice(parsed.sentences().get(0).begin(), parsed.sentences().get(0).end()));
  }

  @Test
  void aQuestionInQuotesFollowedByItsCueIsOneSentence() {
    ParsedText parsed = NlpAnnotator.annotate("“Who pays for the road?” she asks.");
    assertEquals(1, parsed.sentences().size(), () -> parsed.sentences().toString());
  }

  @Test
  void aLineBreakStillSeparates() {
    ParsedText parsed = NlpAnnotator.annotate("The vote was close.\n\nthe hall emptied soon after.");
    assertEquals(2, parsed.sentences().size());
    assertEquals(1, parsed.sentences().get(1).paragraph());
  }

  @Test
  void tokenIndicesAreRenumberedInTheJoinedSentence() {
    ParsedText parsed = NlpAnnotator.annotate("Sen. Ana Brill (R-Ky.) said no.");
    Sentence s = parsed.sentences().get(0);
    for (int i = 0; i < s.tokens().size(); i++) {
      assertEquals(i, s.tokens().get(i).index());
    }
    assertEquals("said", s.tokens().stream().filter(t -> t.head() == -1).findFirst().orElseThrow().word());
  }
}
