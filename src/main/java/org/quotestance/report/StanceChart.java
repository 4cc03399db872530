package org.quotestance.report;

import static org.quotestance.report.Html.esc;
import static org.quotestance.report.Html.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quotestance.table.Tables;

/**
 * A diverging bar chart in inline SVG for one of the aggregate tables (speakers, affiliations,
 * outlets): one row per table row, deny quotes to the left of the centre line, support quotes to
 * the right, discuss + unrelated as a grey bar in a panel of its own, then the stance index, the
 * number of quotes and the table's second column. Rows are ordered by stance index, most negative
 * first, ties by name, rows without an index last. Every row is 20 units high, so the chart grows with the table and labels
 * never overlap; long labels are cut with an ellipsis (the full text is in the row's tooltip).
 */
final class StanceChart {
  /** Which table a chart shows: its row class, data attribute and column names. */
  enum Kind {
    SPEAKER("speaker-bar", "speaker", "affiliation", "speakers"),
    AFFILIATION("affiliation-bar", "affiliation", "speakers", "affiliations"),
    OUTLET("outlet-bar", "outlet", "articles", "outlets");

    final String cssClass;
    final String keyColumn;
    final String extraColumn;
    final String plural;

    Kind(String cssClass, String keyColumn, String extraColumn, String plural) {
      this.cssClass = cssClass;
      this.keyColumn = keyColumn;
      this.extraColumn = extraColumn;
      this.plural = plural;
    }
  }

  /** One row of the chart. */
  record Bar(String key, String extra, int quotes, int support, int deny, int discuss, int unrelated,
      String index, double indexValue) {
    int neutral() {
      return discuss + unrelated;
    }
  }

  static final int WIDTH = 1200;
  static final int ROW = 20;
  private static final int PAD = 4;
  private static final int LABEL_END = 236;
  private static final double LABEL_EMS = 226 / 12.0;
  private static final int CENTRE = 510;
  private static final int HALF = 260;
  private static final int NEUTRAL_X = 800;
  private static final int NEUTRAL_W = 140;
  private static final int NUMBER_ROOM = 32;
  private static final int INDEX_END = 994;
  private static final int QUOTES_END = 1050;
  private static final int EXTRA_X = 1064;
  private static final double EXTRA_EMS = (WIDTH - EXTRA_X - 4) / 11.0;
  private static final int AXIS_HEIGHT = 46;

  private StanceChart() {}

  /** The table's rows as bars, in chart order. */
  static List<Bar> bars(Tables.Table table, Kind kind) {
    List<String> h = table.header();
    int key = h.indexOf(kind.keyColumn);
    int extra = h.indexOf(kind.extraColumn);
    int quotes = h.indexOf("quotes");
    int support = h.indexOf("support");
    int deny = h.indexOf("deny");
    int discuss = h.indexOf("discuss");
    int unrelated = h.indexOf("unrelated");
    int index = h.indexOf("stance_index");
    List<Bar> bars = new ArrayList<>();
    for (List<Object> row : table.rows()) {
      String idx = text(row, index);
      if (idx.startsWith("'")) {
        idx = idx.substring(1); // the CSV writer's formula guard, should it ever reach us
      }
      bars.add(new Bar(text(row, key), text(row, extra), count(row, quotes), count(row, support), count(row, deny),
          count(row, discuss), count(row, unrelated), idx, parse(idx)));
    }
    // Rows with no quote about the claim have no index: they come last, not among the balanced ones.
    bars.sort(Comparator.comparing((Bar b) -> b.index().isEmpty()).thenComparingDouble(Bar::indexValue)
        .thenComparing(Bar::key));
    return bars;
  }

  /**
   * A chart has at most this many rows: on a large run the rows with the most quotes (an SVG of
   * 100,000 speakers would be tens of megabytes that no browser lays out); the CSV has them all.
   */
  static final int MAX_BARS = 1000;

  /** The bars a chart shows: all of them, or the {@link #MAX_BARS} with the most quotes, in chart order. */
  static List<Bar> shown(List<Bar> bars) {
    if (bars.size() <= MAX_BARS) {
      return bars;
    }
    java.util.Set<Bar> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    kept.addAll(bars.stream()
        .sorted(Comparator.comparingInt((Bar b) -> -b.quotes()).thenComparing(Bar::key).thenComparing(Bar::extra))
        .limit(MAX_BARS).toList());
    return bars.stream().filter(kept::contains).toList();
  }

  static void render(StringBuilder out, Tables.Table table, Kind kind, Palette palette) {
    List<Bar> all = bars(table, kind);
    if (all.isEmpty()) {
      out.append("<p class=\"muted\">No ").append(kind.plural).append(" to show.</p>\n");
      return;
    }
    List<Bar> bars = shown(all);
    if (bars.size() < all.size()) {
      out.append("<p class=\"muted small capped\">The ").append(bars.size()).append(' ').append(kind.plural)
          .append(" with the most quotes, of ").append(all.size()).append("; ").append(kind.plural).append(".csv")
          .append(" has them all.</p>\n");
    }
    int maxSide = 1;
    int maxNeutral = 1;
    for (Bar b : bars) {
      maxSide = Math.max(maxSide, Math.max(b.deny(), b.support()));
      maxNeutral = Math.max(maxNeutral, b.neutral());
    }
    Axis side = Axis.of(maxSide, HALF - NUMBER_ROOM, 4);
    Axis neutral = Axis.of(maxNeutral, NEUTRAL_W - NUMBER_ROOM, 3);
    int height = bars.size() * ROW + 2 * PAD;

    out.append("<div class=\"chart\" id=\"chart-").append(kind.plural).append("\">\n");
    axis(out, kind, side, neutral);
    out.append("<svg class=\"bars\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(kind.plural).append(" by stance, ").append(bars.size())
        .append(" rows\">\n");
    out.append("<g class=\"grid\">");
    for (int t = side.step(); t <= side.max(); t += side.step()) {
      vline(out, CENTRE - side.px(t), height, null);
      vline(out, CENTRE + side.px(t), height, null);
    }
    for (int t = neutral.step(); t <= neutral.max(); t += neutral.step()) {
      vline(out, NEUTRAL_X + neutral.px(t), height, null);
    }
    vline(out, NEUTRAL_X, height, "base");
    out.append("</g>\n");
    for (int i = 0; i < bars.size(); i++) {
      row(out, kind, palette, bars.get(i), i, side, neutral);
    }
    vline(out, CENTRE, height, "centre");
    out.append("\n</svg>\n</div>\n");
  }

  private static void axis(StringBuilder out, Kind kind, Axis side, Axis neutral) {
    out.append("<div class=\"axis\"><svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(AXIS_HEIGHT)
        .append("\" aria-hidden=\"true\">");
    text(out, "h l", LABEL_END, 15, kind.keyColumn);
    text(out, "h l", CENTRE - 8, 15, "\u25C0 deny");
    text(out, "h", CENTRE + 8, 15, "support \u25B6");
    text(out, "h", NEUTRAL_X, 15, "discuss + unrelated");
    text(out, "h l", INDEX_END, 15, "index");
    text(out, "h l", QUOTES_END, 15, "quotes");
    text(out, "h", EXTRA_X, 15, kind.extraColumn);
    tick(out, CENTRE, "0");
    for (int t = side.step(); t <= side.max(); t += side.step()) {
      tick(out, CENTRE - side.px(t), Integer.toString(t));
      tick(out, CENTRE + side.px(t), Integer.toString(t));
    }
    tick(out, NEUTRAL_X, "0");
    for (int t = neutral.step(); t <= neutral.max(); t += neutral.step()) {
      tick(out, NEUTRAL_X + neutral.px(t), Integer.toString(t));
    }
    out.append("</svg></div>\n");
  }

  private static void row(StringBuilder out, Kind kind, Palette palette, Bar b, int i, Axis side, Axis neutral) {
    // Bars are always in stance colours; the group (affiliation) colour is the dot by the label.
    String affiliation = kind == Kind.SPEAKER ? b.extra() : kind == Kind.AFFILIATION ? b.key() : null;
    String denyFill = Palette.DENY;
    String supportFill = Palette.SUPPORT;
    out.append("<g class=\"").append(kind.cssClass).append("\" data-").append(kind.keyColumn).append("=\"")
        .append(esc(b.key())).append('"');
    if (kind == Kind.SPEAKER) {
      out.append(" data-affiliation=\"").append(esc(b.extra())).append('"');
    }
    out.append(" transform=\"translate(0,").append(PAD + i * ROW).append(")\">");
    out.append("<title>").append(esc(tooltip(kind, b))).append("</title>");
    out.append("<rect class=\"row").append(i % 2 == 1 ? " odd" : "").append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(ROW).append("\"/>");
    text(out, "l", LABEL_END, 14, Html.fit(b.key(), LABEL_EMS));
    if (affiliation != null) {
      dot(out, palette.colour(affiliation));
    }
    if (b.deny() > 0) {
      double w = side.px(b.deny());
      rect(out, CENTRE - w, w, denyFill);
      text(out, "n l", CENTRE - w - 3, 14, Integer.toString(b.deny()));
    }
    if (b.support() > 0) {
      double w = side.px(b.support());
      rect(out, CENTRE, w, supportFill);
      text(out, "n", CENTRE + w + 3, 14, Integer.toString(b.support()));
    }
    if (b.neutral() > 0) {
      double w = neutral.px(b.neutral());
      rect(out, NEUTRAL_X, w, Palette.NEUTRAL);
      text(out, "n", NEUTRAL_X + w + 3, 14, Integer.toString(b.neutral()));
    }
    String sign = b.indexValue() < 0 ? " neg" : b.indexValue() > 0 ? " pos" : "";
    text(out, "i l" + sign, INDEX_END, 14, b.index().isEmpty() ? "\u2013" : b.index());
    text(out, "q l", QUOTES_END, 14, Integer.toString(b.quotes()));
    String extra = switch (kind) {
      case SPEAKER -> b.extra().isEmpty() ? "\u2014" : b.extra();
      case AFFILIATION -> b.extra() + (b.extra().equals("1") ? " speaker" : " speakers");
      case OUTLET -> b.extra() + (b.extra().equals("1") ? " article" : " articles");
    };
    text(out, "x", EXTRA_X, 14, Html.fit(extra, EXTRA_EMS));
    out.append("</g>\n");
  }

  private static String tooltip(Kind kind, Bar b) {
    String who = switch (kind) {
      case SPEAKER -> b.key() + (b.extra().isEmpty() ? "" : " \u2014 " + b.extra());
      case AFFILIATION -> b.key() + " (" + b.extra() + (b.extra().equals("1") ? " speaker)" : " speakers)");
      case OUTLET -> b.key() + " (" + b.extra() + (b.extra().equals("1") ? " article)" : " articles)");
    };
    return who + "\n" + b.quotes() + (b.quotes() == 1 ? " quote" : " quotes") + ": support " + b.support()
        + ", deny " + b.deny() + ", discuss " + b.discuss() + ", unrelated " + b.unrelated()
        + "\nstance index " + (b.index().isEmpty() ? "none (no quote about the claim)" : b.index());
  }

  private static void dot(StringBuilder out, String fill) {
    out.append("<circle class=\"grp\" cx=\"").append(LABEL_END + 6).append("\" cy=\"10\" r=\"4\" fill=\"")
        .append(fill).append('"');
    if (fill.equals(Palette.NONE)) {
      out.append(" stroke=\"").append(Palette.NONE_STROKE).append('"');
    }
    out.append("/>");
  }

  private static void rect(StringBuilder out, double x, double w, String fill) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"3\" width=\"").append(num(Math.max(w, 1)))
        .append("\" height=\"14\" fill=\"").append(fill).append('"');
    if (fill.equals(Palette.NONE)) {
      out.append(" stroke=\"").append(Palette.NONE_STROKE).append("\" class=\"hollow\"");
    }
    out.append("/>");
  }

  private static void text(StringBuilder out, String cls, double x, double y, String s) {
    out.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\">").append(esc(s)).append("</text>");
  }

  private static void tick(StringBuilder out, double x, String label) {
    text(out, "t", x, 35, label);
    out.append("<line class=\"tk\" x1=\"").append(num(x)).append("\" y1=\"40\" x2=\"").append(num(x))
        .append("\" y2=\"").append(AXIS_HEIGHT).append("\"/>");
  }

  private static void vline(StringBuilder out, double x, int height, String cls) {
    out.append("<line").append(cls == null ? "" : " class=\"" + cls + "\"").append(" x1=\"").append(num(x))
        .append("\" y1=\"0\" x2=\"").append(num(x)).append("\" y2=\"").append(height).append("\"/>");
  }

  private static String text(List<Object> row, int i) {
    if (i < 0 || i >= row.size() || row.get(i) == null) {
      return "";
    }
    return String.valueOf(row.get(i));
  }

  private static int count(List<Object> row, int i) {
    if (i < 0 || i >= row.size() || row.get(i) == null) {
      return 0;
    }
    if (row.get(i) instanceof Number n) {
      return Math.max(0, n.intValue());
    }
    try {
      return Math.max(0, Integer.parseInt(String.valueOf(row.get(i)).trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static double parse(String index) {
    try {
      double d = Double.parseDouble(index.trim());
      return Double.isNaN(d) ? 0 : d;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A count axis: ticks every {@code step} up to {@code max}, {@code max} drawn {@code length} units long. */
  record Axis(int step, int max, double length) {
    static Axis of(int maxValue, double length, int maxTicks) {
      int step = niceStep(Math.max(1, (maxValue + maxTicks - 1) / maxTicks));
      int max = step * ((maxValue + step - 1) / step);
      return new Axis(step, max, length);
    }

    double px(int value) {
      return value * length / max;
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, … that is at least {@code n}. */
    static int niceStep(int n) {
      long p = 1;
      while (true) {
        for (int m : new int[] {1, 2, 5}) {
          if (m * p >= n) {
            return (int) (m * p);
          }
        }
        p *= 10;
      }
    }
  }
}
