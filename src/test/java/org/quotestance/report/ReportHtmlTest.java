package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.report.ReportFixtures.count;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.table.ArticleResult;
import org.quotestance.table.QuoteRow;
import org.quotestance.table.TableBuilder;
import org.quotestance.table.Tables;

@Tag("unit")
class ReportHtmlTest {
  private static final Pattern SPEAKER_BAR = Pattern.compile("<g class=\"speaker-bar\" data-speaker=\"([^\"]*)\"");

  @Test
  void oneSpeaker() {
    Tables t = ReportFixtures.oneSpeaker();
    String html = ReportHtml.render(t, ReportFixtures.runSummary(t));
    assertEquals(1, t.speakers().rows().size());
    assertEquals(1, count(html, "class=\"speaker-bar\""));
    assertEquals(1, count(html, "class=\"affiliation-bar\""));
    assertEquals(1, count(html, "class=\"outlet-bar\""));
    assertEquals(3, count(html, "class=\"quote-row\""));
    assertTrue(html.contains("data-speaker=\"Ana Bakori\" data-affiliation=\"Ruritania\""));
    // 2 deny, 0 support, 1 neutral; index -1.000; bars in the deny colour, the affiliation's dot in
    // the first group colour
    assertTrue(html.contains(">-1.000</text>"), html);
    assertTrue(html.contains("<circle class=\"grp\" cx=\"242\" cy=\"10\" r=\"4\" fill=\"" + Palette.COLOURS.get(0) + "\"/>"));
    assertTrue(html.contains("height=\"14\" fill=\"" + Palette.DENY + "\""));
    assertFalse(html.contains("id=\"timeline\""), "no dates, no timeline");
    assertEquals(3, count(html, "<svg class=\"bars\" viewBox=\"0 0 1200 28\""), "three charts of one row each");
  }

  @Test
  void fiveHundredSpeakersAllGetARowInStanceOrder() {
    Tables t = ReportFixtures.manySpeakers(500);
    String html = ReportHtml.render(t, ReportFixtures.runSummary(t));
    assertEquals(500, t.speakers().rows().size());
    assertEquals(500, count(html, "class=\"speaker-bar\""));
    assertEquals(t.affiliations().rows().size(), count(html, "class=\"affiliation-bar\""));
    assertEquals(t.outlets().rows().size(), count(html, "class=\"outlet-bar\""));
    assertEquals(t.quotes().size(), count(html, "class=\"quote-row\""));
    assertEquals(t.quotes().size(), count(html, "<tr class=\"quote-row\""));
    // the chart is as tall as its rows: 20 units each
    assertTrue(html.contains("<svg class=\"bars\" viewBox=\"0 0 1200 " + (500 * 20 + 8) + "\""));

    List<String> expected = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>(t.speakers().rows());
    rows.sort(Comparator.<List<Object>, Boolean>comparing(r -> r.get(7).toString().isEmpty())
        .thenComparingDouble(r -> r.get(7).toString().isEmpty() ? 0 : Double.parseDouble(r.get(7).toString()))
        .thenComparing(r -> (String) r.get(0)));
    rows.forEach(r -> expected.add((String) r.get(0)));
    List<String> actual = new ArrayList<>();
    Matcher m = SPEAKER_BAR.matcher(html);
    while (m.find()) {
      actual.add(m.group(1));
    }
    assertEquals(expected, actual);
    assertTrue(Double.parseDouble(rows.get(0).get(7).toString()) < 0, "most negative first");
    // 30 affiliations: 9 colours, the rest share one; some speakers have none
    assertTrue(html.contains("21 other affiliations"), "legend");
    assertTrue(html.contains("no affiliation"));
    // the speaker filter lists every speaker, plus unknown
    String select = html.substring(html.indexOf("<select id=\"f-speaker\">"));
    select = select.substring(0, select.indexOf("</select>"));
    assertEquals(1 + 500 + 1, count(select, "<option "));
    assertTrue(select.contains("<option value=\"unknown\">unknown (50)</option>"));
  }

  @Test
  void everythingIsEscaped() {
    Tables t = ReportFixtures.hostile();
    String html = ReportHtml.render(t, ReportFixtures.runSummary(t));
    assertEquals(1, count(html, "<script"), "only the report's own script");
    assertEquals(1, count(html, "</script>"));
    assertFalse(html.contains("<img"));
    assertFalse(html.contains("<b>O"));
    assertFalse(html.contains("<Outlet>"));
    assertFalse(html.contains("<evidence>"));
    assertFalse(html.contains("<Corp>"));
    assertFalse(html.contains("<he>"));
    assertFalse(html.contains("<title><title>"));
    assertFalse(html.contains("\u0000"));
    assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; "
        + "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt; &lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("data-speaker=\"Dr. &quot;Evil&quot; &lt;b&gt;O&#39;Bakori&lt;/b&gt; &amp; Sons\""));
    assertTrue(html.contains("MalformedInputException: &lt;script&gt;alert(2)&lt;/script&gt;"));
    assertTrue(html.contains("plain \uFFFDnul and \uFFFD lone surrogate"));
    assertEquals(2, count(html, "class=\"quote-row\""));
    assertEquals(2, count(html, "class=\"speaker-bar\""));
  }

  @Test
  void aLargeRunIsCappedAndSaysSo() {
    Tables t = ReportFixtures.manySpeakers(4500);
    assertTrue(t.quotes().size() > ReportHtml.MAX_QUOTE_ROWS, t.quotes().size() + " quotes");
    String html = ReportHtml.render(t, ReportFixtures.runSummary(t));
    assertEquals(StanceChart.MAX_BARS, count(html, "class=\"speaker-bar\""));
    assertEquals(ReportHtml.MAX_QUOTE_ROWS, count(html, "<tr class=\"quote-row\""));
    assertTrue(html.contains("The 1000 speakers with the most quotes, of " + t.speakers().rows().size()
        + "; speakers.csv has them all."), () -> html.replaceAll("(?s).*?(<p class=\"muted small capped\">[^<]*).*", "$1"));
    assertTrue(html.contains("The table lists the first 10000 quotes of " + t.quotes().size()), "table note");
    // the speakers shown are those with the most quotes: here people quoted 4 times (more than 1,000 of them)
    java.util.Set<String> quotedFourTimes = new java.util.HashSet<>();
    t.speakers().rows().stream().filter(r -> ((Number) r.get(2)).intValue() == 4)
        .forEach(r -> quotedFourTimes.add((String) r.get(0)));
    assertTrue(quotedFourTimes.size() >= StanceChart.MAX_BARS, quotedFourTimes.size() + " quoted four times");
    Matcher m = SPEAKER_BAR.matcher(html);
    while (m.find()) {
      assertTrue(quotedFourTimes.contains(m.group(1)), m.group(1));
    }
  }

  @Test
  void sameTablesSameBytesWhateverTheInputOrder() {
    Tables t = ReportFixtures.manySpeakers(60);
    String first = ReportHtml.render(t, ReportFixtures.runSummary(t));
    List<ArticleResult> results = new ArrayList<>();
    // rebuild from the same quotes, articles in reverse order
    t.quotes().stream().map(QuoteRow::articleId).distinct().forEach(id -> results.add(new ArticleResult(id,
        "in/" + id + ".txt", t.quotes().stream().filter(q -> q.articleId().equals(id)).findFirst().orElseThrow().outlet(),
        "Article " + Integer.parseInt(id.substring(0, 3)), ArticleResult.Status.OK,
        t.quotes().stream().filter(q -> q.articleId().equals(id)).toList())));
    results.add(ArticleResult.skipped("skipped_1", "in/skipped_1.txt", "Valley Times", ""));
    Collections.reverse(results);
    Tables again = TableBuilder.build(results, new ArrayList<>(t.errors()));
    assertEquals(first, ReportHtml.render(again, ReportFixtures.runSummary(again)));
    assertEquals(first, ReportHtml.render(t, ReportFixtures.runSummary(t)));
  }

  @Test
  void selfContainedAndShowsTheRunSummary() {
    Tables t = ReportFixtures.manySpeakers(20);
    String html = ReportHtml.render(t, ReportFixtures.runSummary(t));
    for (String external : List.of("http://", "https://", "<link", " src=", "url(", "@import", "<iframe")) {
      assertFalse(html.contains(external), external);
    }
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<code>seeds/*.txt</code><br><code>more/*.jsonl.gz</code>"));
    assertTrue(html.contains("<code>turkey-daesh-oil</code>"));
    assertTrue(html.contains("<code>pipelines/turkey-daesh-oil.json</code>"));
    assertTrue(html.contains("45d65a11ae5e22ad0478778f1649908b8b919bbe3551616c1e2d54c9bcbe106b"));
    assertTrue(html.contains("beam 2.62.0"));
    // counts: articles read/ok/skipped/failed (2 dead letters -> 2 failed articles)
    assertTrue(html.contains("articles</span><b>53</b><span class=\"parts\">ok <b class=\"inline\">50</b> \u00b7 "
        + "skipped <b class=\"inline\">1</b> \u00b7 failed <b class=\"inline\">2</b>"), html.substring(0, 6000));
    assertTrue(html.contains("dead letters</span><b>2</b>"));
    assertEquals(2, count(html, "<tr class=\"error-row\">"));
    assertTrue(html.contains("<td>broken.jsonl:7</td><td>read</td>"));
    // wall times would make every run's report differ
    assertFalse(html.contains("25.7"));
    assertFalse(html.contains("19.25"));
  }

  private static final Pattern RECT_FILL = Pattern.compile("<rect [^>]*fill=\"(#[0-9a-f]{6})\"");

  @Test
  void datedArticlesGiveATimelineAndTheQuoteTableShowsOutletTitleAndDate() {
    Tables t = ReportFixtures.dated();
    String html = ReportHtml.render(t, ReportFixtures.runSummary(t));
    assertTrue(html.contains("<section id=\"timeline\">"));
    assertEquals(5, count(html, "<g class=\"timeline-bar\""), "five (day, affiliation) cells, see the fixture");
    assertEquals(3, count(html, "<g class=\"timeline-lane\""), "Ruritania, Syldavia, no affiliation");
    assertTrue(html.contains("<g class=\"timeline-bar\" data-date=\"2015-12-02\" data-affiliation=\"Syldavia\">"
        + "<title>Syldavia, 2015-12-02\n2 quotes: support 1, deny 1, discuss 0, unrelated 0</title>"));
    assertTrue(html.contains("<title>no affiliation, 2015-11-30\n1 quote: support 0, deny 0, discuss 0, unrelated 1"));
    // calendar axis from the first to the last day
    assertTrue(html.contains(">2015-11-24</text>") && html.contains(">2015-12-05</text>"));
    // the quote table: outlet and date columns, the article's title, an outlet filter
    assertTrue(html.contains("data-outlet=\"Valley Times\""));
    assertTrue(html.contains("<td class=\"outlet\">Valley Times</td><td class=\"date\">2015-11-30T08:00:00Z</td>"));
    assertTrue(html.contains("<span class=\"title\">Accusations fly</span>"));
    assertTrue(html.contains("<select id=\"f-outlet\"><option value=\"\">all</option>"
        + "<option value=\"Harbour Post\">Harbour Post (4)</option>"));
    // the claim's statement, escaped, at the top
    assertTrue(html.contains("<p class=\"claim\">Claim: <q id=\"claim-statement\">Turkey buys oil from DAESH &amp; "
        + "helps it &lt;really&gt;.</q></p>"));
    assertTrue(html.indexOf("claim-statement") < html.indexOf("<section id=\"summary\">"));
    assertTrue(html.indexOf("claim SHA-256") < html.indexOf("<section id=\"summary\">"), "parameters at the top");
  }

  @Test
  void stanceHasOneColourSchemeAndGroupsAnother() {
    Tables t = ReportFixtures.manySpeakers(60);
    String html = ReportHtml.render(t, ReportFixtures.runSummary(t));
    java.util.Set<String> fills = new java.util.TreeSet<>();
    Matcher m = RECT_FILL.matcher(html);
    while (m.find()) {
      fills.add(m.group(1));
    }
    assertEquals(new java.util.TreeSet<>(List.of(Palette.DENY, Palette.SUPPORT, Palette.NEUTRAL)), fills,
        "every bar is a stance colour");
    for (String group : Palette.COLOURS) {
      assertFalse(group.equals(Palette.DENY) || group.equals(Palette.SUPPORT));
    }
    assertTrue(html.contains("<circle class=\"grp\""), "groups are dots");
  }

  @Test
  void countsHaveTheRightPlural() {
    Tables one = ReportFixtures.dated();
    Tables single = TableBuilder.build(List.of(new ArticleResult("a", "in/a.txt", "X", "T",
        ArticleResult.Status.OK, List.of(one.quotes().get(0)))), List.of());
    String html = ReportHtml.render(single, null);
    assertTrue(html.contains("<span class=\"muted\">article</span><b>1</b>"), html.substring(0, 4000));
    assertTrue(html.contains("<span class=\"muted\">quote</span><b>1</b>"));
    assertTrue(html.contains("<span id=\"f-count\" class=\"muted\">1 quote</span>"));
    assertFalse(html.contains("1 quotes"));
  }

  @Test
  void emptyRunAndMissingSummary() {
    Tables t = TableBuilder.build(List.of(), List.of());
    String html = ReportHtml.render(t, null);
    assertEquals(0, count(html, "class=\"speaker-bar\""));
    assertEquals(0, count(html, "class=\"quote-row\""));
    assertTrue(html.contains("No speakers to show."));
    assertTrue(html.contains("No quotes."));
    assertTrue(html.contains("None: every input was read and processed."));
    assertTrue(html.endsWith("</html>\n"));
  }

  /**
   * A scaled-out run gives the report only its first quotes and the totals: the summary card and
   * the filter menus still count every quote (Ana Bakori 4, Boris Kotari 2, all 8 of them), from
   * the count tables, exactly as when every quote is given.
   */
  @Test
  void filterMenusAndCardsCountEveryQuoteWhenOnlyTheFirstAreListed() {
    Tables all = ReportFixtures.dated();
    Tables first = new Tables(all.quotes().subList(0, 2), all.speakers(), all.affiliations(), all.outlets(),
        all.articles(), all.errors(), all.counts(), all.timeline(), all.quotes().size(), 0);
    String full = ReportHtml.render(all, null);
    String capped = ReportHtml.render(first, null);
    Pattern filters = Pattern.compile("<div class=\"filters\">.*?</div>", Pattern.DOTALL);
    Matcher f = filters.matcher(full);
    Matcher c = filters.matcher(capped);
    assertTrue(f.find() && c.find());
    assertEquals(f.group(), c.group());
    assertTrue(c.group().contains("Ana Bakori (4)") && c.group().contains("8 quotes"), c.group());
    assertEquals(2, count(capped, "<tr class=\"quote-row\""));
    Pattern card = Pattern.compile("<section id=\"summary\">.*?</section>", Pattern.DOTALL);
    Matcher fs = card.matcher(full);
    Matcher cs = card.matcher(capped);
    assertTrue(fs.find() && cs.find());
    assertEquals(fs.group(), cs.group());
  }
}
