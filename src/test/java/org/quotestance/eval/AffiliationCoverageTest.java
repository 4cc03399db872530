package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Affiliation coverage: of the matched quotes with a named predicted speaker, how many have an affiliation. */
@Tag("unit")
class AffiliationCoverageTest {
  private static GoldQuote gold(String affiliation) {
    return new GoldQuote("a", "direct", "t", 0, 1, "Ann Lee", affiliation, "", true, false, false, "said");
  }

  private static PredictedQuote predicted(String speaker, String affiliation) {
    return new PredictedQuote("a", "q", "direct", 0, 1, "t", speaker, speaker, affiliation, "said", "unrelated");
  }

  @Test
  void countsNamedSpeakersWithAndWithoutAnAffiliation() {
    AttributeTally tally = new AttributeTally();
    tally.add(gold(GoldQuote.NOT_ANNOTATED), predicted("Ann Lee", "Labour Party"));
    tally.add(gold(GoldQuote.NOT_ANNOTATED), predicted("Ann Lee", ""));
    tally.add(gold(GoldQuote.NOT_ANNOTATED), predicted("unknown", "")); // no named speaker: not counted
    assertEquals(Accuracy.of(1, 2), tally.affiliationCoverage());
  }

  @Test
  void aGoldThatSaysNoAffiliationAppliesIsLeftOut() {
    AttributeTally tally = new AttributeTally();
    tally.add(gold(""), predicted("Ann Lee", ""));
    tally.add(gold("Norway"), predicted("Ann Lee", ""));
    assertEquals(Accuracy.of(0, 1), tally.affiliationCoverage());
  }
}
