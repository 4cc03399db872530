package org.quotestance.report;

import static org.quotestance.report.Html.esc;
import static org.quotestance.report.Html.num;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quotestance.table.Tables;

/**
 * Stance by publication day, one lane per affiliation (from timeline.csv), in inline SVG: for each
 * day a support bar above the lane's centre line and a deny bar below it, in the stance colours;
 * the lane's label has the affiliation's group dot. Days run left to right on a calendar axis, so
 * gaps between dates show as gaps. The most quoted affiliations get a lane of their own, the
 * others share one.
 */
final class TimelineChart {
  static final int WIDTH = 1200;
  static final int LANE = 56;
  static final int MAX_LANES = 10;
  private static final int PLOT_X = 250;
  private static final int PLOT_END = 1180;
  private static final int TOP = 8;
  private static final int AXIS = 34;
  private static final String OTHERS = "other affiliations";
  private static final String NONE = "no affiliation";

  /** One day of one lane. */
  record Cell(LocalDate day, String lane, int support, int deny, int discuss, int unrelated) {}

  private TimelineChart() {}

  /** Cells from the timeline table, lanes merged as drawn; in lane order, then by day. */
  static Map<String, Map<LocalDate, Cell>> lanes(Tables.Table timeline) {
    List<String> h = timeline.header();
    int date = h.indexOf("date");
    int aff = h.indexOf("affiliation");
    Map<String, Integer> quotes = new TreeMap<>();
    for (List<Object> row : timeline.rows()) {
      quotes.merge(laneName(String.valueOf(row.get(aff))), count(row, h, "quotes"), Integer::sum);
    }
    List<String> ranked = new ArrayList<>(quotes.keySet());
    ranked.sort(Comparator.comparing((String k) -> -quotes.get(k)).thenComparing(k -> k));
    List<String> own = ranked.size() <= MAX_LANES ? ranked : ranked.subList(0, MAX_LANES - 1);
    Map<String, Map<LocalDate, Cell>> lanes = new LinkedHashMap<>();
    own.forEach(l -> lanes.put(l, new TreeMap<>()));
    for (List<Object> row : timeline.rows()) {
      String lane = laneName(String.valueOf(row.get(aff)));
      if (!lanes.containsKey(lane) || !own.contains(lane)) {
        lane = OTHERS;
        lanes.computeIfAbsent(OTHERS, k -> new TreeMap<>());
      }
      LocalDate day = LocalDate.parse(String.valueOf(row.get(date)));
      Cell add = new Cell(day, lane, count(row, h, "support"), count(row, h, "deny"), count(row, h, "discuss"),
          count(row, h, "unrelated"));
      lanes.get(lane).merge(day, add, (a, b) -> new Cell(day, a.lane(), a.support() + b.support(),
          a.deny() + b.deny(), a.discuss() + b.discuss(), a.unrelated() + b.unrelated()));
    }
    return lanes;
  }

  private static String laneName(String affiliation) {
    return affiliation.isEmpty() ? NONE : affiliation;
  }

  static void render(StringBuilder out, Tables.Table timeline, Palette palette) {
    Map<String, Map<LocalDate, Cell>> lanes = lanes(timeline);
    LocalDate first = null;
    LocalDate last = null;
    int max = 1;
    for (Map<LocalDate, Cell> lane : lanes.values()) {
      for (Cell c : lane.values()) {
        first = first == null || c.day().isBefore(first) ? c.day() : first;
        last = last == null || c.day().isAfter(last) ? c.day() : last;
        max = Math.max(max, Math.max(c.support(), c.deny()));
      }
    }
    int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
    double dayWidth = (double) (PLOT_END - PLOT_X) / days;
    double barWidth = Math.max(1, Math.min(24, dayWidth * 0.7));
    double half = LANE / 2.0 - 6;
    int height = TOP + lanes.size() * LANE + AXIS;
    out.append("<div class=\"chart\" id=\"chart-timeline\">\n<svg class=\"timeline\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(height).append("\" role=\"img\" aria-label=\"stance by day and affiliation, ")
        .append(days).append(days == 1 ? " day" : " days").append("\">\n");
    int i = 0;
    for (Map.Entry<String, Map<LocalDate, Cell>> lane : lanes.entrySet()) {
      double y0 = TOP + i * LANE;
      double mid = y0 + LANE / 2.0;
      out.append("<g class=\"timeline-lane\" data-affiliation=\"").append(esc(lane.getKey())).append("\">");
      out.append("<rect class=\"row").append(i % 2 == 1 ? " odd" : "").append("\" y=\"").append(num(y0))
          .append("\" width=\"").append(WIDTH).append("\" height=\"").append(LANE).append("\"/>");
      String colour = lane.getKey().equals(NONE) ? Palette.NONE
          : lane.getKey().equals(OTHERS) ? Palette.OTHER : palette.colour(lane.getKey());
      out.append("<circle class=\"grp\" cx=\"").append(PLOT_X - 12).append("\" cy=\"").append(num(mid))
          .append("\" r=\"4\" fill=\"").append(colour).append('"')
          .append(colour.equals(Palette.NONE) ? " stroke=\"" + Palette.NONE_STROKE + "\"" : "").append("/>");
      out.append("<text class=\"l\" x=\"").append(PLOT_X - 22).append("\" y=\"").append(num(mid + 4)).append("\">")
          .append(esc(Html.fit(lane.getKey(), 200 / 12.0))).append("</text>");
      out.append("<line class=\"base\" x1=\"").append(PLOT_X).append("\" y1=\"").append(num(mid)).append("\" x2=\"")
          .append(PLOT_END).append("\" y2=\"").append(num(mid)).append("\"/>");
      for (Cell c : lane.getValue().values()) {
        double x = PLOT_X + ChronoUnit.DAYS.between(first, c.day()) * dayWidth + (dayWidth - barWidth) / 2;
        out.append("<g class=\"timeline-bar\" data-date=\"").append(c.day()).append("\" data-affiliation=\"")
            .append(esc(lane.getKey())).append("\"><title>").append(esc(tooltip(c))).append("</title>");
        if (c.support() > 0) {
          double h = half * c.support() / max;
          bar(out, x, mid - h, barWidth, h, Palette.SUPPORT);
        }
        if (c.deny() > 0) {
          bar(out, x, mid, barWidth, half * c.deny() / max, Palette.DENY);
        }
        if (c.support() == 0 && c.deny() == 0) {
          bar(out, x, mid - 1.5, barWidth, 3, Palette.NEUTRAL); // quotes that day, none taking a side
        }
        out.append("</g>");
      }
      out.append("</g>\n");
      i++;
    }
    double axisY = TOP + lanes.size() * LANE;
    int ticks = Math.min(days, 7);
    for (int t = 0; t < ticks; t++) {
      long offset = ticks == 1 ? 0 : Math.round((double) t * (days - 1) / (ticks - 1));
      double x = PLOT_X + offset * dayWidth + dayWidth / 2;
      out.append("<line class=\"tk\" x1=\"").append(num(x)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
          .append(num(x)).append("\" y2=\"").append(num(axisY + 5)).append("\"/>");
      out.append("<text class=\"t\" x=\"").append(num(x)).append("\" y=\"").append(num(axisY + 18)).append("\">")
          .append(first.plusDays(offset)).append("</text>");
    }
    out.append("</svg>\n</div>\n");
  }

  private static String tooltip(Cell c) {
    int quotes = c.support() + c.deny() + c.discuss() + c.unrelated();
    return c.lane() + ", " + c.day() + "\n" + Html.plural(quotes, "quote") + ": support " + c.support() + ", deny "
        + c.deny() + ", discuss " + c.discuss() + ", unrelated " + c.unrelated();
  }

  private static void bar(StringBuilder out, double x, double y, double w, double h, String fill) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
        .append("\" height=\"").append(num(Math.max(h, 1))).append("\" fill=\"").append(fill).append("\"/>");
  }

  private static int count(List<Object> row, List<String> header, String column) {
    Object v = row.get(header.indexOf(column));
    return v instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(v));
  }
}
