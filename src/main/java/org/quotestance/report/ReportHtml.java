package org.quotestance.report;

import static org.quotestance.report.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.quotestance.beam.DeadLetter;
import org.quotestance.table.QuoteRow;
import org.quotestance.table.Tables;

/**
 * report.html: one self-contained page (inline CSS, inline SVG, a few lines of inline JS; nothing
 * loaded from anywhere) with the claim's statement and the run's parameters at the top, the run's
 * summary and dead letters, a timeline of stance by day and affiliation when articles have dates,
 * diverging stance charts by speaker, affiliation and outlet, and every quote (with outlet, article
 * title and date) in a table that can be filtered by stance, speaker and outlet. Stance has one
 * colour scheme everywhere, affiliations another (dots). All text from the data is HTML-escaped. The output depends only on its arguments, and
 * wall times in the run summary are left out, so the same tables give the same bytes.
 *
 * <p>Hooks for scripts and tests: each chart row is an SVG {@code <g>} with class
 * {@code speaker-bar} / {@code affiliation-bar} / {@code outlet-bar} and a {@code data-speaker} /
 * {@code data-affiliation} / {@code data-outlet} attribute; each quote is a
 * {@code <tr class="quote-row">} with {@code data-stance}, {@code data-speaker} and {@code data-outlet};
 * each timeline bar a {@code <g class="timeline-bar">} with {@code data-date} and
 * {@code data-affiliation}. The quote filter can be preset from the address:
 * {@code report.html#stance=deny&speaker=Sergei%20Lavrov&outlet=Press%20TV}.
 */
public final class ReportHtml {
  /** The stances of the contract, in the order the report lists them. */
  private static final List<String> STANCES = List.of("support", "deny", "discuss", "unrelated");
  private static final List<String> KINDS = List.of("direct", "partial", "indirect");
  /**
   * The quote table lists at most this many quotes, the first ones in quotes.csv's order: beyond
   * that a page is too large for a browser to filter (about 700 bytes a row); the CSV has them all.
   */
  static final int MAX_QUOTE_ROWS = Tables.REPORT_ROWS;

  private ReportHtml() {}

  /**
   * The report page.
   *
   * @param tables the run's tables, as {@code TableBuilder.build} made them
   * @param runSummary run.json's content (inputs, claim, versions); may be null
   */
  public static String render(Tables tables, ObjectNode runSummary) {
    Objects.requireNonNull(tables, "tables");
    JsonNode run = runSummary == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : runSummary;
    Palette palette = Palette.of(quotesByAffiliation(tables));
    String claimId = run.path("claim_id").asText("");
    // A first guess at the page's size (it grows past it if need be): in long arithmetic and capped,
    // since quotes × 700 overflowed an int near 3 million quotes.
    long guess = 8192L + Math.min(tables.quotes().size(), MAX_QUOTE_ROWS) * 700L
        + Math.min(tables.speakers().rows().size(), StanceChart.MAX_BARS) * 900L;
    StringBuilder out = new StringBuilder((int) Math.min(guess, 64L << 20));
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>quote-stance report").append(claimId.isEmpty() ? "" : ": " + esc(claimId)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    out.append("<header><h1>quote-stance report</h1>");
    String statement = run.path("claim_statement").asText("");
    if (!statement.isEmpty()) {
      out.append("<p class=\"claim\">Claim: <q id=\"claim-statement\">").append(esc(statement)).append("</q></p>");
    } else if (!claimId.isEmpty()) {
      out.append("<p class=\"muted\">Stance toward claim <b>").append(esc(claimId)).append("</b></p>");
    }
    parameters(out, run);
    boolean timeline = !tables.timeline().rows().isEmpty();
    out.append("</header>\n<nav><a href=\"#summary\">Summary</a> \u00b7 ")
        .append(timeline ? "<a href=\"#timeline\">Timeline</a> \u00b7 " : "")
        .append("<a href=\"#speakers\">Speakers</a> \u00b7 ")
        .append("<a href=\"#affiliations\">Affiliations</a> \u00b7 <a href=\"#outlets\">Outlets</a> \u00b7 ")
        .append("<a href=\"#quotes\">Quotes</a> \u00b7 <a href=\"#dead-letters\">Dead letters</a></nav>\n");
    summary(out, tables, run);
    if (timeline) {
      out.append("<section id=\"timeline\">\n<h2>Stance over time</h2>\n<p class=\"muted small\">One lane per")
          .append(" affiliation, one bar per publication day: support quotes above the line, deny quotes below;")
          .append(" a grey mark is a day with quotes that take neither side. Hover a bar for its counts.")
          .append(" Articles without a date are not shown here.</p>\n");
      stanceLegend(out);
      TimelineChart.render(out, tables.timeline(), palette);
      out.append("</section>\n");
    }
    charts(out, tables, palette);
    quotes(out, tables, titles(tables.articles()));
    deadLetters(out, tables.errors(), tables.errorCount());
    out.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static Map<String, Integer> quotesByAffiliation(Tables tables) {
    Map<String, Integer> quotes = new TreeMap<>();
    for (StanceChart.Bar b : StanceChart.bars(tables.affiliations(), StanceChart.Kind.AFFILIATION)) {
      quotes.put(b.key(), b.quotes());
    }
    for (StanceChart.Bar b : StanceChart.bars(tables.speakers(), StanceChart.Kind.SPEAKER)) {
      quotes.putIfAbsent(b.extra(), 0); // a speaker's affiliation always has a row there; just in case
    }
    return quotes;
  }

  private static void summary(StringBuilder out, Tables tables, JsonNode run) {
    Tables.RunCounts c = tables.counts();
    out.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
    card(out, noun(c.read(), "article"), c.read(), ordered(List.of("ok", "skipped", "failed"),
        Map.of("ok", c.ok(), "skipped", c.skipped(), "failed", c.failed())));
    card(out, noun(tables.quoteCount(), "quote"), tables.quoteCount(), ordered(KINDS, c.quotesByKind()));
    card(out, "by stance", null, ordered(STANCES, c.quotesByStance()));
    Map<String, Integer> aggregates = new LinkedHashMap<>();
    aggregates.put(noun(tables.speakers().rows().size(), "speaker"), tables.speakers().rows().size());
    aggregates.put(tables.affiliations().rows().size() == 1 ? "affiliation" : "affiliations",
        tables.affiliations().rows().size());
    aggregates.put(noun(tables.outlets().rows().size(), "outlet"), tables.outlets().rows().size());
    card(out, "named", null, aggregates);
    card(out, noun(tables.errorCount(), "dead letter"), tables.errorCount(), Map.of());
    out.append("</div>\n");
    out.append("<p class=\"muted small\">stance index = (support \u2212 deny) / (support + deny + discuss),")
        .append(" from \u22121 (all deny) to 1 (all support); \u2013 when no quote is about the claim.</p>\n</section>\n");
  }

  /** The noun for a count: "article" for 1, "articles" otherwise. */
  private static String noun(long n, String singular) {
    return n == 1 ? singular : singular + "s";
  }

  /** Article titles by article id, from articles.csv. */
  private static Map<String, String> titles(Tables.Table articles) {
    Map<String, String> titles = new TreeMap<>();
    int id = articles.header().indexOf("article_id");
    int title = articles.header().indexOf("title");
    articles.rows().forEach(r -> titles.putIfAbsent(String.valueOf(r.get(id)), String.valueOf(r.get(title))));
    return titles;
  }

  /** The run's parameters: inputs, claim file and its hash, scope, runner, versions. */
  private static void parameters(StringBuilder out, JsonNode run) {
    out.append("<dl class=\"meta\">\n");
    List<String> inputs = new ArrayList<>();
    run.path("input").forEach(n -> inputs.add(n.asText()));
    if (run.path("input").isTextual()) {
      inputs.add(run.path("input").asText());
    }
    if (!inputs.isEmpty()) {
      out.append("<dt>input</dt><dd>");
      for (int i = 0; i < inputs.size(); i++) {
        out.append(i == 0 ? "" : "<br>").append("<code>").append(esc(inputs.get(i))).append("</code>");
      }
      out.append("</dd>\n");
    }
    meta(out, run, "claim_id", "claim");
    meta(out, run, "claim_file", "claim file");
    meta(out, run, "claim_sha256", "claim SHA-256");
    meta(out, run, "scope", "scope");
    meta(out, run, "max_article_chars", "max article chars");
    meta(out, run, "runner", "runner");
    JsonNode versions = run.path("versions");
    if (versions.isObject() && versions.size() > 0) {
      out.append("<dt>versions</dt><dd>");
      List<String> parts = new ArrayList<>();
      versions.fields().forEachRemaining(e -> parts.add(esc(e.getKey()) + " " + esc(e.getValue().asText())));
      out.append(String.join(" \u00b7 ", parts)).append("</dd>\n");
    }
    out.append("</dl>\n");
  }

  private static Map<String, Integer> ordered(List<String> first, Map<String, Integer> counts) {
    Map<String, Integer> m = new LinkedHashMap<>();
    first.forEach(k -> m.put(k, counts.getOrDefault(k, 0)));
    new TreeMap<>(counts).forEach(m::putIfAbsent);
    return m;
  }

  private static void card(StringBuilder out, String title, Integer total, Map<String, Integer> parts) {
    out.append("<div class=\"card\"><span class=\"muted\">").append(esc(title)).append("</span>");
    if (total != null) {
      out.append("<b>").append(total).append("</b>");
    }
    List<String> items = new ArrayList<>();
    parts.forEach((k, v) -> items.add(esc(k) + " <b class=\"inline\">" + v + "</b>"));
    if (!items.isEmpty()) {
      out.append("<span class=\"parts\">").append(String.join(" \u00b7 ", items)).append("</span>");
    }
    out.append("</div>\n");
  }

  private static void meta(StringBuilder out, JsonNode run, String field, String label) {
    JsonNode v = run.path(field);
    if (v.isValueNode() && !v.asText().isEmpty()) {
      out.append("<dt>").append(esc(label)).append("</dt><dd><code>").append(esc(v.asText())).append("</code></dd>\n");
    }
  }

  private static void charts(StringBuilder out, Tables tables, Palette palette) {
    out.append("<section id=\"speakers\">\n<h2>Speakers by stance</h2>\n");
    explain(out, "speaker");
    legend(out, palette, StanceChart.bars(tables.speakers(), StanceChart.Kind.SPEAKER).stream()
        .anyMatch(b -> b.extra().isEmpty()), true);
    StanceChart.render(out, tables.speakers(), StanceChart.Kind.SPEAKER, palette);
    out.append("</section>\n<section id=\"affiliations\">\n<h2>Affiliations by stance</h2>\n");
    explain(out, "affiliation");
    legend(out, palette, false, true);
    StanceChart.render(out, tables.affiliations(), StanceChart.Kind.AFFILIATION, palette);
    out.append("</section>\n<section id=\"outlets\">\n<h2>Outlets by stance</h2>\n");
    explain(out, "outlet");
    legend(out, palette, false, false);
    StanceChart.render(out, tables.outlets(), StanceChart.Kind.OUTLET, palette);
    out.append("</section>\n");
  }

  private static void explain(StringBuilder out, String what) {
    out.append("<p class=\"muted small\">One row per ").append(what)
        .append(", most negative stance index first. Left of the centre line: deny quotes; right: support")
        .append(" quotes; grey: discuss + unrelated. Hover a row for its counts")
        .append(what.equals("speaker") ? "; click it to list its quotes." : ".").append("</p>\n");
  }

  /** Stance colours are the same on every chart; group colours only ever mark an affiliation's dot. */
  private static void legend(StringBuilder out, Palette palette, boolean none, boolean byAffiliation) {
    out.append("<div class=\"legend\">");
    swatch(out, Palette.DENY, "deny");
    swatch(out, Palette.SUPPORT, "support");
    swatch(out, Palette.NEUTRAL, "discuss + unrelated");
    if (byAffiliation) {
      out.append("<span class=\"sep\">affiliation:</span>");
      palette.named().forEach((name, colour) -> dot(out, colour, name));
      if (palette.others() > 0) {
        dot(out, Palette.OTHER, palette.others() + (palette.others() == 1 ? " other affiliation" : " other affiliations"));
      }
      if (none) {
        dot(out, Palette.NONE, "no affiliation");
      }
    }
    out.append("</div>\n");
  }

  private static void stanceLegend(StringBuilder out) {
    out.append("<div class=\"legend\">");
    swatch(out, Palette.SUPPORT, "support");
    swatch(out, Palette.DENY, "deny");
    swatch(out, Palette.NEUTRAL, "discuss or unrelated only");
    out.append("</div>\n");
  }

  private static void dot(StringBuilder out, String colour, String label) {
    out.append("<span><i class=\"dot\" style=\"background:").append(colour)
        .append(colour.equals(Palette.NONE) ? ";border:1px solid " + Palette.NONE_STROKE : "").append("\"></i>")
        .append(esc(label)).append("</span>");
  }

  private static void swatch(StringBuilder out, String colour, String label) {
    out.append("<span><i class=\"sw\" style=\"background:").append(colour)
        .append(colour.equals(Palette.NONE) ? ";border:1px solid " + Palette.NONE_STROKE : "").append("\"></i>")
        .append(esc(label)).append("</span>");
  }

  /**
   * The quote table with its filter menus. The menus count every quote of the run, from the run's
   * counts and the speaker and outlet tables (a speaker not in speakers.csv is "unknown"), since
   * {@code tables.quotes()} may be only the first {@link #MAX_QUOTE_ROWS}.
   */
  private static void quotes(StringBuilder out, Tables tables, Map<String, String> titles) {
    List<QuoteRow> quotes = tables.quotes();
    int total = tables.quoteCount();
    out.append("<section id=\"quotes\">\n<h2>Quotes</h2>\n");
    if (total == 0) {
      out.append("<p class=\"muted\">No quotes.</p>\n</section>\n");
      return;
    }
    Map<String, Integer> byStance = new LinkedHashMap<>();
    STANCES.forEach(s -> byStance.put(s, 0));
    tables.counts().quotesByStance().forEach((s, n) -> {
      if (n > 0) {
        byStance.merge(s, n, Integer::sum);
      }
    });
    Map<String, Integer> bySpeaker = quotesBy(tables.speakers(), "speaker");
    int named = bySpeaker.values().stream().mapToInt(Integer::intValue).sum();
    if (total > named) {
      bySpeaker.merge(org.quotestance.speaker.Speaker.UNKNOWN, total - named, Integer::sum);
    }
    Map<String, Integer> byOutlet = quotesBy(tables.outlets(), "outlet");
    out.append("<div class=\"filters\"><label>stance <select id=\"f-stance\"><option value=\"\">all</option>");
    byStance.forEach((s, n) -> option(out, s, n));
    out.append("</select></label> <label>speaker <select id=\"f-speaker\"><option value=\"\">all</option>");
    bySpeaker.forEach((s, n) -> option(out, s, n));
    out.append("</select></label> <label>outlet <select id=\"f-outlet\"><option value=\"\">all</option>");
    byOutlet.forEach((s, n) -> option(out, s, n));
    out.append("</select></label> <span id=\"f-count\" class=\"muted\">").append(Html.plural(total, "quote"))
        .append("</span></div>\n");
    if (total > MAX_QUOTE_ROWS) {
      out.append("<p class=\"muted small capped\">The table lists the first ").append(MAX_QUOTE_ROWS)
          .append(" quotes of ").append(total).append(" (in the order of quotes.csv, which has them all);")
          .append(" the counts in the filter menus are of all quotes.</p>\n");
    }
    out.append("<div class=\"tablebox\"><table class=\"quotes\">\n<thead><tr><th>speaker</th><th>affiliation</th>")
        .append("<th>kind</th><th>stance</th><th>conf.</th><th>evidence</th><th>text</th><th>outlet</th>")
        .append("<th>date</th><th>article</th></tr></thead>\n<tbody>\n");
    for (QuoteRow q : quotes.subList(0, Math.min(quotes.size(), MAX_QUOTE_ROWS))) {
      out.append("<tr class=\"quote-row\" data-stance=\"").append(esc(q.stance())).append("\" data-speaker=\"")
          .append(esc(q.speaker())).append("\" data-outlet=\"").append(esc(q.outlet())).append("\"><td class=\"who\"");
      if (!q.speakerMention().isEmpty() && !q.speakerMention().equals(q.speaker())) {
        out.append(" title=\"mention: ").append(esc(q.speakerMention())).append('"');
      }
      String title = titles.getOrDefault(q.articleId(), "");
      out.append('>').append(esc(q.speaker())).append("</td><td>").append(esc(q.affiliation()))
          .append("</td><td>").append(esc(q.kind())).append("</td><td><span class=\"st st-").append(esc(q.stance()))
          .append("\">").append(esc(q.stance())).append("</span></td><td class=\"num\">")
          .append(Html.decimal(q.confidence())).append("</td><td class=\"ev\">").append(esc(q.evidence()))
          .append("</td><td class=\"text\">").append(esc(q.text())).append("</td><td class=\"outlet\">")
          .append(esc(q.outlet())).append("</td><td class=\"date\">").append(esc(q.published()))
          .append("</td><td class=\"art\" title=\"")
          .append(esc(q.quoteId() + (q.cue().isEmpty() ? "" : " \u00b7 cue: " + q.cue())))
          .append("\">");
      if (!title.isEmpty()) {
        out.append("<span class=\"title\">").append(esc(title)).append("</span><br>");
      }
      out.append(esc(q.articleId())).append("<br><span class=\"muted\">").append(q.start())
          .append("\u2013").append(q.end()).append("</span></td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  /** Quotes per key of an aggregate table, keys with no quote left out, in key order. */
  private static Map<String, Integer> quotesBy(Tables.Table table, String keyColumn) {
    Map<String, Integer> counts = new TreeMap<>();
    int key = table.header().indexOf(keyColumn);
    int quotes = table.header().indexOf("quotes");
    for (List<Object> row : table.rows()) {
      int n = Integer.parseInt(String.valueOf(row.get(quotes)));
      if (n > 0) {
        counts.merge(String.valueOf(row.get(key)), n, Integer::sum);
      }
    }
    return counts;
  }

  private static void option(StringBuilder out, String value, int n) {
    out.append("<option value=\"").append(esc(value)).append("\">").append(esc(value)).append(" (").append(n)
        .append(")</option>");
  }

  private static void deadLetters(StringBuilder out, List<DeadLetter> errors, int total) {
    out.append("<section id=\"dead-letters\">\n<h2>Dead letters</h2>\n");
    if (total > errors.size()) {
      out.append("<p class=\"muted small capped\">The table lists the first ").append(errors.size())
          .append(" dead letters of ").append(total).append(" (in the order of errors.csv, which has them all).</p>\n");
    }
    if (errors.isEmpty()) {
      out.append("<p class=\"muted\">None: every input was read and processed.</p>\n</section>\n");
      return;
    }
    out.append("<div class=\"tablebox small-box\"><table class=\"errors\">\n<thead><tr><th>input</th><th>article_id</th>")
        .append("<th>stage</th><th>error</th></tr></thead>\n<tbody>\n");
    for (DeadLetter e : errors) {
      out.append("<tr class=\"error-row\"><td class=\"text\">").append(esc(e.input())).append("</td><td>")
          .append(esc(e.articleId())).append("</td><td>").append(esc(e.stage())).append("</td><td class=\"text\">")
          .append(esc(e.error())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static final String CSS = """
      body{margin:0;color:#1d232a;background:#fff;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans","Liberation Sans",sans-serif}
      main{max-width:1240px;margin:0 auto;padding:16px 20px 48px}
      h1{font-size:22px;margin:0}
      h2{font-size:18px;margin:28px 0 6px;padding-bottom:4px;border-bottom:1px solid #dde1e6}
      header p{margin:2px 0 6px}
      nav{font-size:13px;margin-bottom:4px}
      a{color:#0b5cad}
      code{font:12px/1.4 ui-monospace,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
      .muted{color:#5b6570}
      .small{font-size:12.5px}
      .cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}
      .card{border:1px solid #dde1e6;border-radius:6px;padding:6px 12px;min-width:110px}
      .card>b{display:block;font-size:22px;line-height:1.2}
      .card .parts{display:block;font-size:12.5px;color:#3d4650}
      .card .parts b.inline{font-weight:600}
      dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0;font-size:13px}
      dl.meta dt{color:#5b6570}
      dl.meta dd{margin:0;overflow-wrap:anywhere}
      .legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12.5px;margin:4px 0 8px}
      .dot{display:inline-block;box-sizing:border-box;width:9px;height:9px;border-radius:50%;vertical-align:0;margin-right:5px}
      .legend .sep{color:#5b6570;margin-left:8px}
      p.claim{font-size:16px;margin:6px 0}
      p.claim q{font-weight:600}
      td.outlet{font-size:12px;min-width:90px}
      td.date{font-size:12px;white-space:nowrap}
      td.art .title{font-weight:600;white-space:normal;display:inline-block;max-width:220px}
      .chart svg.timeline .base{stroke:#b9bfc6}
      .sw{display:inline-block;box-sizing:border-box;width:12px;height:12px;border-radius:2px;vertical-align:-1px;margin-right:5px}
      .chart{max-height:72vh;overflow:auto;border:1px solid #dde1e6;border-radius:6px}
      .chart .axis{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid #dde1e6}
      .chart svg{display:block;width:100%;height:auto}
      .chart text{font-size:12px;fill:#1d232a}
      .chart .l{text-anchor:end}
      .chart .h{font-weight:600}
      .chart .t{font-size:10.5px;fill:#5b6570;text-anchor:middle}
      .chart .tk{stroke:#8a939c}
      .chart .n{font-size:10.5px;fill:#3d4650}
      .chart .i{font-variant-numeric:tabular-nums}
      .chart .i.neg{fill:#a63d00}
      .chart .i.pos{fill:#005a8c}
      .chart .q{fill:#3d4650;font-variant-numeric:tabular-nums}
      .chart .x{font-size:11px;fill:#5b6570}
      .chart .grid line{stroke:#e6e9ed}
      .chart .grid line.base{stroke:#b9bfc6}
      .chart line.centre{stroke:#1d232a;stroke-width:1.5}
      .chart rect.hollow{stroke-width:1;shape-rendering:crispEdges}
      .chart .row{fill:transparent}
      .chart .row.odd{fill:rgba(20,40,60,.04)}
      .chart g:hover .row{fill:rgba(255,190,0,.22)}
      .chart g.speaker-bar{cursor:pointer}
      .filters{margin:6px 0 8px;font-size:13px}
      .filters select{font:inherit;max-width:320px;margin-right:10px}
      .tablebox{max-height:80vh;overflow:auto;border:1px solid #dde1e6;border-radius:6px}
      .small-box{max-height:40vh}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{padding:4px 6px;text-align:left;vertical-align:top;border-bottom:1px solid #e6e9ed}
      thead th{position:sticky;top:0;background:#f1f3f5;z-index:1}
      td.who{white-space:nowrap}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      td.ev{font-size:12px;color:#4a545e;min-width:180px;max-width:280px;overflow-wrap:anywhere}
      td.text{min-width:260px;overflow-wrap:anywhere}
      td.art{font-size:12px;white-space:nowrap}
      .st{display:inline-block;padding:0 7px;border-radius:9px;font-size:12px;white-space:nowrap;background:#eef0f2}
      .st-deny{background:#fbe0cf;color:#8a3200}
      .st-support{background:#d3e6f4;color:#00466e}
      .st-discuss{background:#e4e6e9;color:#2d353d}
      .st-unrelated{background:#f3f4f5;color:#6a737c}
      """;

  private static final String SCRIPT = """
      (function () {
        var stance = document.getElementById('f-stance'), speaker = document.getElementById('f-speaker'),
            outlet = document.getElementById('f-outlet');
        if (!stance || !speaker || !outlet) return;
        var rows = document.querySelectorAll('tr.quote-row'), count = document.getElementById('f-count');
        function apply() {
          var shown = 0;
          for (var i = 0; i < rows.length; i++) {
            var r = rows[i], ok = (!stance.value || r.dataset.stance === stance.value)
                && (!speaker.value || r.dataset.speaker === speaker.value)
                && (!outlet.value || r.dataset.outlet === outlet.value);
            r.hidden = !ok;
            if (ok) shown++;
          }
          count.textContent = shown === rows.length ? rows.length + (rows.length === 1 ? ' quote' : ' quotes')
              : shown + ' of ' + rows.length + (rows.length === 1 ? ' quote' : ' quotes');
        }
        function choose(select, value) {
          for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) select.value = value;
        }
        location.hash.slice(1).split('&').forEach(function (kv) {
          var at = kv.indexOf('='), value;
          if (at < 0) return;
          try { value = decodeURIComponent(kv.slice(at + 1)); } catch (e) { return; }
          if (kv.slice(0, at) === 'stance') choose(stance, value);
          if (kv.slice(0, at) === 'speaker') choose(speaker, value);
          if (kv.slice(0, at) === 'outlet') choose(outlet, value);
        });
        stance.addEventListener('change', apply);
        speaker.addEventListener('change', apply);
        outlet.addEventListener('change', apply);
        document.querySelectorAll('g.speaker-bar').forEach(function (g) {
          g.addEventListener('click', function () {
            choose(speaker, g.dataset.speaker);
            apply();
            document.getElementById('quotes').scrollIntoView();
          });
        });
        apply();
      })();
      """;
}
