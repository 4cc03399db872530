package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SpanMatcherTest {

    @Test
    void overlapOfExactlyHalfTheGoldSpanMatches() {
        // gold [0,10), prediction [5,20): overlap 5 = half of gold (but only a third of the prediction)
        assertTrue(SpanMatcher.spansMatch(Fixtures.gold("a", "direct", 0, 10), Fixtures.predicted("a", "direct", 5, 20)));
    }

    @Test
    void overlapOfExactlyHalfThePredictedSpanMatches() {
        // gold [0,100), prediction [90,110): overlap 10 = half of the prediction, a tenth of the gold
        assertTrue(SpanMatcher.spansMatch(Fixtures.gold("a", "direct", 0, 100), Fixtures.predicted("a", "direct", 90, 110)));
    }

    @Test
    void overlapBelowHalfOfBothSpansDoesNotMatch() {
        // gold [0,10), prediction [6,30): overlap 4 < 5 (half gold) and < 12 (half prediction)
        assertFalse(SpanMatcher.spansMatch(Fixtures.gold("a", "direct", 0, 10), Fixtures.predicted("a", "direct", 6, 30)));
        assertFalse(SpanMatcher.spansMatch(Fixtures.gold("a", "direct", 0, 10), Fixtures.predicted("a", "direct", 10, 20)));
    }

    @Test
    void quotesInDifferentArticlesNeverMatch() {
        List<Match> matches = SpanMatcher.match(List.of(Fixtures.gold("a", "direct", 0, 10)),
                List.of(Fixtures.predicted("b", "direct", 0, 10)));
        assertTrue(matches.isEmpty());
    }

    @Test
    void matchingIsOneToOneAndTakesTheLargestOverlapFirst() {
        // P [5,30) overlaps A [0,10) by 5 and B [10,30) by 20; Q [0,8) overlaps A by 8.
        // Largest first: B-P (20), then A-Q (8); A-P (5) is dropped because P is taken.
        List<GoldQuote> gold = List.of(Fixtures.gold("a", "direct", 0, 10), Fixtures.gold("a", "direct", 10, 30));
        List<PredictedQuote> predicted = List.of(Fixtures.predicted("a", "direct", 5, 30),
                Fixtures.predicted("a", "direct", 0, 8));
        List<Match> matches = SpanMatcher.match(gold, predicted);
        assertEquals(List.of(new Match(1, 0, 20), new Match(0, 1, 8)), matches);
    }

    @Test
    void equalOverlapsGoToTheEarlierGoldStart() {
        // P [5,15) overlaps A [10,20) and B [0,10) by 5 each: B starts earlier, so B wins.
        List<GoldQuote> gold = List.of(Fixtures.gold("a", "direct", 10, 20), Fixtures.gold("a", "direct", 0, 10));
        List<Match> matches = SpanMatcher.match(gold, List.of(Fixtures.predicted("a", "direct", 5, 15)));
        assertEquals(List.of(new Match(1, 0, 5)), matches);
    }
}
