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
  void aCommaAfterAnAbbreviationContinuesTheSentence() {
    ParsedText parsed = NlpAnnotator.annotate("Rep. Dana Quill (D-Md.), who chairs the panel, said the vote was close. Then the hall emptied.");
    assertEquals(2, parsed.sentences().size(), () -> parsed.sentences().toString());
    assertEquals("Rep. Dana Quill (D-Md.), who chairs the panel, said the vote was close.",
        parsed.slice(parsed.sentences().get(0).begin(), parsed.sentences().get(0).end()));
  }

  @Test
  void aQuestionInQuotesFollowedByItsCueIsOneSentence() {
    ParsedText parsed = NlpAnnotator.annotate("“Who pays for the road?” she asks.");
    assertEquals(1, parsed.sentences().size(), () -> parsed.sentences().toString());
  }

  @Test
  void aQuestionInStraightQuotesFollowedByItsCueIsOneSentence() {
    // the splitter breaks after the question mark, so the next piece opens with the closing quote mark
    ParsedText parsed = NlpAnnotator.annotate("The harvest was good. \"Half of it went north. Where do I send it now?\" asked Ola Berg, who grows tomatoes.");
    assertEquals(3, parsed.sentences().size(), () -> parsed.sentences().toString());
    assertEquals("Where do I send it now?\" asked Ola Berg, who grows tomatoes.",
        parsed.slice(parsed.sentences().get(2).begin(), parsed.sentences().get(2).end()));
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
  @Test
  void aDatelineThatOpensAParagraphIsASentenceOfItsOwn() {
    ParsedText parsed = NlpAnnotator.annotate("Border talks resume\n\nBERGEN, Nov. 3 (NTB) – Norway would never sell arms to the rebels, "
        + "the minister said.");
    assertEquals(3, parsed.sentences().size(), () -> parsed.sentences().toString());
    Sentence rest = parsed.sentences().get(2);
    assertEquals("Norway would never sell arms to the rebels, the minister said.", parsed.slice(rest.begin(), rest.end()));
    assertEquals(1, rest.paragraph());
    // the parser no longer makes the place the subject: the minister says, Norway sells
    Token norway = rest.tokens().get(0);
    assertEquals("nsubj", norway.relation());
    assertEquals("sell", rest.tokens().get(norway.head()).lemma());
  }

  @Test
  void capitalsInsideAParagraphOrWithoutADashAreNoDateline() {
    assertEquals(1, NlpAnnotator.annotate("The NATO summit – held in BERGEN – ended early.").sentences().size());
    assertEquals(1, NlpAnnotator.annotate("BERGEN is calm today, the mayor said.").sentences().size());
    assertEquals(1, NlpAnnotator.annotate("NATO allies met in Oslo - and agreed on little.").sentences().size());
  }
}
