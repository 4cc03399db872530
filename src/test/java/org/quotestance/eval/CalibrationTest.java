package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class CalibrationTest {
  @Test
  void binsCountRightAnswersByConfidence() {
    // Worked by hand: 0.95 right, 0.85 right, 0.82 wrong (support vs deny), 0.65 right (discuss = other
    // = unrelated), NaN ignored.
    List<String[]> pairs = List.of(new String[] {"deny", "deny"}, new String[] {"support", "support"},
        new String[] {"support", "deny"}, new String[] {"discuss", "unrelated"}, new String[] {"deny", "deny"});
    Calibration c = Calibration.of(pairs, List.of(0.95, 0.85, 0.82, 0.65, Double.NaN));
    assertEquals(3, c.atLeast08().n());
    assertEquals(0.6667, c.atLeast08().accuracy(), 1e-4);
    assertEquals(1, c.bins().get(1).n()); // [0.6, 0.7)
    assertEquals(1.0, c.bins().get(1).accuracy(), 1e-9);
    assertEquals(2, c.bins().get(3).n()); // [0.8, 0.9)
    assertEquals(0.5, c.bins().get(3).accuracy(), 1e-9);
    assertEquals(1, c.bins().get(4).n()); // [0.9, 1.0]
  }
}
