package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StanceScoresTest {

    /** {gold, predicted}; discuss and unrelated both fold into "other". */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"support", "support"},
            new String[] {"support", "deny"},
            new String[] {"deny", "deny"},
            new String[] {"deny", "discuss"},
            new String[] {"discuss", "unrelated"},
            new String[] {"unrelated", "deny"},
            new String[] {"deny", "deny"});

    @Test
    void confusionMatrixHasGoldRowsAndPredictedColumns() {
        StanceScores s = StanceScores.of(PAIRS);
        assertArrayEquals(new int[] {1, 1, 0}, s.confusion()[0]); // gold support
        assertArrayEquals(new int[] {0, 2, 1}, s.confusion()[1]); // gold deny
        assertArrayEquals(new int[] {0, 1, 1}, s.confusion()[2]); // gold other
    }

    @Test
    void perClassAndMacroF1ByHand() {
        StanceScores s = StanceScores.of(PAIRS);
        // support: gold 2, predicted 1, hit 1 -> P 1, R 1/2, F1 2/3
        assertEquals(new StanceScores.ClassScores(1.0, 0.5, 0.6667, 2, 1, 1), s.perClass().get("support"));
        // deny: gold 3, predicted 4, hits 2 -> P 1/2, R 2/3, F1 4/7
        assertEquals(new StanceScores.ClassScores(0.5, 0.6667, 0.5714, 3, 4, 2), s.perClass().get("deny"));
        // other: gold 2, predicted 2, hit 1 -> P 1/2, R 1/2, F1 1/2
        assertEquals(new StanceScores.ClassScores(0.5, 0.5, 0.5, 2, 2, 1), s.perClass().get("other"));
        // macro-F1 = (2/3 + 4/7 + 1/2) / 3 = 73/126 = 0.57936...
        assertEquals(0.5794, s.macroF1());
        assertEquals(0.5714, s.accuracy()); // 4 of 7
        assertEquals(4, s.correct());
    }

    @Test
    void emptyInputGivesZerosNotNaN() {
        StanceScores s = StanceScores.of(List.of());
        assertEquals(0.0, s.accuracy());
        assertEquals(0.0, s.macroF1());
    }
}
