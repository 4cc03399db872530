package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** End-to-end accuracy and the affiliation sign check; every number worked out by hand. */
@Tag("unit")
class EndToEndAndSignsTest {

    @Test
    void endToEndNeedsTheQuoteTheSpeakerAndTheStance() {
        List<GoldQuote> gold = List.of(
                Fixtures.gold("direct", 0, 10, "Sergei Lavrov", "Russia", "support", true, false),     // found, all right
                Fixtures.gold("indirect", 20, 40, "Recep Tayyip Erdogan", "Turkey", "deny", true, false), // wrong stance
                Fixtures.gold("indirect", 45, 48, "Ahmet Davutoglu", "Turkey", "deny", true, false),    // wrong speaker
                Fixtures.gold("partial", 50, 60, "Vladimir Putin", "Russia", "discuss", true, false),   // missed
                Fixtures.gold("direct", 62, 68, "unknown", "", "unrelated", true, false),               // no speaker to check
                Fixtures.gold("indirect", 70, 80, "unknown", "", "", false, false),                     // optional: not scored
                Fixtures.gold("partial", 90, 100, "-", "-", "unrelated", false, true));                 // boilerplate: not scored
        List<PredictedQuote> predicted = List.of(
                Fixtures.predicted("a", "direct", 0, 10, "Sergey Lavrov", "Lavrov", "Russia", "support"),
                Fixtures.predicted("a", "indirect", 20, 40, "Recep Tayyip Erdogan", "he", "Turkey", "support"),
                Fixtures.predicted("a", "indirect", 45, 48, "Vladimir Putin", "Putin", "Russia", "deny"),
                Fixtures.predicted("a", "direct", 62, 68, "Jane Roe", "Roe", "", "discuss"));
        Evaluation evaluation = Scorer.score(gold, predicted);
        // scored: the five required, non-boilerplate quotes with a stance; right: Lavrov's and the
        // unknown speaker's (discuss and unrelated are both "other")
        assertEquals(Accuracy.of(2, 5), evaluation.scores().endToEnd());
        // Erdogan's quote is the one matched quote with the wrong stance
        assertEquals(1, evaluation.stanceMismatches().size());
        assertEquals(gold.get(1), evaluation.stanceMismatches().get(0).gold());
    }

    @Test
    void affiliationSignsCompareGoldAndRunIndexes() {
        List<GoldQuote> gold = List.of(
                // Turkey: 3 deny, 1 unrelated -> index -1, 3 claim quotes
                Fixtures.gold("direct", 0, 5, "A", "Turkey", "deny", true, false),
                Fixtures.gold("direct", 10, 15, "A", "Turkey", "deny", true, false),
                Fixtures.gold("direct", 20, 25, "B", "Turkey", "deny", false, false),
                Fixtures.gold("direct", 30, 35, "B", "Turkey", "unrelated", true, false),
                // Russia: 2 support, 1 discuss -> index 2/3
                Fixtures.gold("direct", 40, 45, "C", "Russia", "support", true, false),
                Fixtures.gold("direct", 50, 55, "C", "Russia", "support", true, false),
                Fixtures.gold("direct", 60, 65, "C", "Russia", "discuss", true, false),
                // Iraq: 2 claim quotes, too few to judge
                Fixtures.gold("direct", 70, 75, "D", "Iraq", "support", true, false),
                Fixtures.gold("direct", 80, 85, "D", "Iraq", "support", true, false),
                // boilerplate never counts
                Fixtures.gold("direct", 90, 95, "E", "China", "support", false, true),
                Fixtures.gold("direct", 96, 97, "E", "China", "support", false, true),
                Fixtures.gold("direct", 98, 99, "E", "China", "support", false, true));
        List<PredictedQuote> predicted = List.of(
                // the run: Turkey 2 support + 1 deny -> +1/3 (wrong sign); Russia 1 support, found or not -> +1
                Fixtures.predicted("a", "direct", 0, 5, "A", "A", "turkey", "support"),
                Fixtures.predicted("a", "direct", 10, 15, "A", "A", "Turkey", "support"),
                Fixtures.predicted("a", "direct", 300, 305, "A", "A", "Turkey", "deny"),
                Fixtures.predicted("a", "direct", 400, 405, "C", "C", "Russia", "support"),
                Fixtures.predicted("a", "direct", 500, 505, "C", "C", "Russia", "unrelated"));
        List<AffiliationSign> signs = Scorer.score(gold, predicted).scores().affiliationSigns();
        assertEquals(2, signs.size());
        AffiliationSign russia = signs.get(0);
        assertEquals(new AffiliationSign("Russia", 3, 0.6667, 1, 1.0, true), russia);
        AffiliationSign turkey = signs.get(1);
        assertEquals("Turkey", turkey.affiliation());
        assertEquals(3, turkey.goldClaimQuotes());
        assertEquals(-1.0, turkey.goldIndex());
        assertEquals(3, turkey.predictedClaimQuotes());
        assertEquals(0.3333, turkey.predictedIndex());
        assertFalse(turkey.signRight());
        assertTrue(EvalReport.text(Scorer.score(gold, predicted).scores()).contains("sign right 1/2"));
    }
}
