package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.table.Tables;

@Tag("unit")
class StanceChartTest {
  private static final List<String> HEADER = List.of("speaker", "affiliation", "quotes", "support", "deny", "discuss",
      "unrelated", "stance_index");

  @Test
  void ordersByStanceIndexThenName() {
    Tables.Table t = new Tables.Table(HEADER, List.of(
        List.<Object>of("Zed", "X", 1, 1, 0, 0, 0, "1.000"),
        List.<Object>of("Bea", "X", 2, 0, 2, 0, 0, "-1.000"),
        List.<Object>of("Abe", "Y", 2, 0, 2, 0, 0, "'-1.000"),   // as the CSV would write it
        List.<Object>of("Cal", "", 3, 1, 1, 0, 1, "0.000"),
        List.<Object>of("Dee", "Y", 4, 1, 0, 3, 0, "0.250"),
        List.<Object>of("Aki", "Y", 4, 0, 0, 0, 4, "")));   // nothing about the claim: last
    List<StanceChart.Bar> bars = StanceChart.bars(t, StanceChart.Kind.SPEAKER);
    assertEquals(List.of("Abe", "Bea", "Cal", "Dee", "Zed", "Aki"), bars.stream().map(StanceChart.Bar::key).toList());
    assertEquals("-1.000", bars.get(0).index());
    assertEquals(3, bars.get(3).neutral());
  }

  @Test
  void longLabelsAreCutButKeptWholeInTheTooltip() {
    String name = "Maximilian Alexander Konstantin von und zu Hohenzollern-Sigmaringen-Wittelsbach the Third";
    Tables.Table t = new Tables.Table(HEADER, List.of(List.<Object>of(name, "Ministry of Extremely Long Names",
        1, 0, 1, 0, 0, "-1.000")));
    StringBuilder out = new StringBuilder();
    StanceChart.render(out, t, StanceChart.Kind.SPEAKER, Palette.of(java.util.Map.of()));
    String svg = out.toString();
    assertTrue(svg.contains("<title>" + name + " \u2014 Ministry of Extremely Long Names\n1 quote: support 0, deny 1,"),
        svg);
    String label = svg.substring(svg.indexOf("<text class=\"l\""));
    label = label.substring(label.indexOf('>') + 1, label.indexOf("</text>"));
    assertTrue(label.endsWith("\u2026"), label);
    assertTrue(Html.ems(label) * 12 <= 228, label);
    assertTrue(name.startsWith(label.substring(0, label.length() - 1)));
  }

  @Test
  void niceSteps() {
    assertEquals(1, StanceChart.Axis.niceStep(1));
    assertEquals(2, StanceChart.Axis.niceStep(2));
    assertEquals(5, StanceChart.Axis.niceStep(3));
    assertEquals(10, StanceChart.Axis.niceStep(6));
    assertEquals(50, StanceChart.Axis.niceStep(21));
    StanceChart.Axis a = StanceChart.Axis.of(9, 228, 4);
    assertEquals(5, a.step());
    assertEquals(10, a.max());
    assertEquals(228, a.px(10), 1e-9);
  }
}
