package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Numbers below are worked out by hand from the five gold and five predicted quotes. */
@Tag("unit")
class ScorerTest {

    private static final List<GoldQuote> GOLD = List.of(
            Fixtures.gold("direct", 0, 10, "Sergei Lavrov", "Russia", "support", true, false),         // g1 found
            Fixtures.gold("indirect", 20, 40, "Recep Tayyip Erdogan", "Turkey", "deny", true, false),  // g2 found
            Fixtures.gold("partial", 50, 60, "Vladimir Putin", "Russia", "discuss", true, false),      // g3 missed
            Fixtures.gold("indirect", 70, 80, "unknown", "", "", false, false),                        // g4 optional
            Fixtures.gold("partial", 90, 100, "-", "-", "unrelated", false, true));                    // g5 boilerplate

    private static final List<PredictedQuote> PREDICTED = List.of(
            Fixtures.predicted("a", "direct", 0, 10, "Sergey Lavrov", "Lavrov", "russia", "support"),  // = g1
            Fixtures.predicted("a", "direct", 22, 40, "unknown", "Erdogan", "Russia", "support"),      // = g2
            Fixtures.predicted("a", "indirect", 70, 80),                                               // = g4
            Fixtures.predicted("a", "partial", 90, 100),                                               // = g5
            Fixtures.predicted("a", "indirect", 200, 220));                                            // nothing

    private final Evaluation evaluation = Scorer.score(GOLD, PREDICTED);
    private final Scores scores = evaluation.scores();

    @Test
    void goldCounts() {
        assertEquals(new Scores.GoldCounts(5, 1, 3, 0, 0), scores.gold());
    }

    @Test
    void wrongSpeakersAreListedForErrorAnalysis() {
        // g2 (Erdogan) was matched by a prediction naming "unknown" / "Erdogan": right by mention;
        // g1 (Lavrov) by "Sergey Lavrov": right. A prediction naming someone else is listed.
        assertEquals(List.of(), evaluation.speakerMismatches());
        List<PredictedQuote> wrong = List.of(Fixtures.predicted("a", "direct", 0, 10, "Vladimir Putin", "he", "Russia", "support"));
        List<Evaluation.SpeakerMismatch> mismatches = Scorer.score(GOLD, wrong).speakerMismatches();
        assertEquals(1, mismatches.size());
        assertEquals(GOLD.get(0), mismatches.get(0).gold());
    }

    @Test
    void aSpanAnnotatedTwiceIsOneGoldQuote() {
        // two annotators marked g1's span; the copy must not count as a second, unfindable quote
        List<GoldQuote> twice = new java.util.ArrayList<>(GOLD);
        twice.add(Fixtures.gold("direct", 0, 10, "Lavrov", "Russia", "support", true, false));
        Scores s = Scorer.score(twice, PREDICTED).scores();
        assertEquals(new Scores.GoldCounts(5, 1, 3, 0, 1), s.gold());
        assertEquals(2, s.quotes().matchedGold());
        assertEquals(3, s.quotes().gold());
    }

    @Test
    void precisionCountsOptionalGoldAsCorrectAndBoilerplateAsWrong() {
        // correct: p1, p2, p3 (g4 is optional but real); wrong: p4 (boilerplate), p5 (unmatched)
        assertEquals(0.6, scores.quotes().precision());
        assertEquals(3, scores.quotes().correctPredictions());
        assertEquals(5, scores.quotes().predictions());
    }

    @Test
    void recallCountsOnlyRequiredNonBoilerplateGold() {
        // required, non-boilerplate: g1, g2, g3; found g1, g2
        assertEquals(0.6667, scores.quotes().recall());
        assertEquals(2, scores.quotes().matchedGold());
        assertEquals(3, scores.quotes().gold());
        // F1 = 2 * 0.6 * (2/3) / (0.6 + 2/3) = 0.631578...
        assertEquals(0.6316, scores.quotes().f1());
    }

    @Test
    void boilerplateReportedIsCounted() {
        assertEquals(1, scores.boilerplateReported());
        assertEquals(List.of(PREDICTED.get(3)), evaluation.boilerplateReported());
        assertEquals(List.of(PREDICTED.get(4)), evaluation.unmatched());
        assertEquals(List.of(GOLD.get(2)), evaluation.missedRequired());
    }

    @Test
    void byKindUsesGoldKindForRecallAndPredictedKindForPrecision() {
        Prf direct = scores.byKind().get("direct");
        Prf partial = scores.byKind().get("partial");
        Prf indirect = scores.byKind().get("indirect");
        assertEquals(List.of(2, 2, 1, 1), List.of(direct.correctPredictions(), direct.predictions(),
                direct.matchedGold(), direct.gold()));
        assertEquals(List.of(0, 1, 0, 1), List.of(partial.correctPredictions(), partial.predictions(),
                partial.matchedGold(), partial.gold()));
        assertEquals(List.of(1, 2, 1, 1), List.of(indirect.correctPredictions(), indirect.predictions(),
                indirect.matchedGold(), indirect.gold()));
        assertEquals(0.5, indirect.precision());
    }

    @Test
    void attributeAccuraciesOnMatchedNonBoilerplateQuotes() {
        assertEquals(Accuracy.of(2, 3), scores.kindAccuracy());        // g2 is indirect, predicted direct
        assertEquals(Accuracy.of(2, 2), scores.speakerAccuracy());     // g4's speaker is unknown: not scored
        assertEquals(Accuracy.of(1, 2), scores.affiliationAccuracy()); // g2 Turkey vs Russia
    }

    @Test
    void stanceOnMatchedQuotesWithAGoldStance() {
        // pairs: support/support, deny/support. support P=1/2 R=1 F1=2/3; deny F1=0; other absent.
        StanceScores stance = scores.stance();
        assertEquals(2, stance.total());
        assertEquals(0.5, stance.accuracy());
        assertEquals(0.3333, stance.macroF1());
    }

    @Test
    void ambiguousGoldStanceIsNotScored() {
        GoldQuote ambiguous = new GoldQuote("a", "direct", "", 0, 10, "X", "", "deny", true, true, false, "");
        Scores s = Scorer.score(List.of(ambiguous), List.of(Fixtures.predicted("a", "direct", 0, 10))).scores();
        assertEquals(0, s.stance().total());
        assertEquals(1.0, s.quotes().recall());
    }

    @Test
    void predictionsInArticlesWithoutGoldAreNotScored() {
        Scores s = Scorer.score(GOLD.subList(0, 1), List.of(PREDICTED.get(0), Fixtures.predicted("other", "direct", 0, 5)))
                .scores();
        assertEquals(1.0, s.quotes().precision());
        assertEquals(1, s.predictionsOutsideGold());
    }
}
