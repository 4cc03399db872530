package org.quotestance.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quotestance.beam.DeadLetter;
import org.quotestance.speaker.Speaker;

/**
 * Aggregates article results and dead letters into the contract's tables, sorted so that the
 * same input gives the same bytes whatever order a runner delivered the elements in.
 */
public final class TableBuilder {
  private static final Comparator<QuoteRow> QUOTE_ORDER = Comparator.comparing(QuoteRow::articleId)
      .thenComparingInt(QuoteRow::start).thenComparingInt(QuoteRow::end).thenComparing(QuoteRow::quoteId);

  private TableBuilder() {}

  public static Tables build(List<ArticleResult> results, List<DeadLetter> deadLetters) {
    List<ArticleResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(ArticleResult::articleId).thenComparing(ArticleResult::input));
    List<DeadLetter> errors = new ArrayList<>(deadLetters);
    List<ArticleResult> articles = withoutDuplicateIds(sorted, errors);
    List<QuoteRow> raw = new ArrayList<>();
    articles.forEach(a -> raw.addAll(a.quotes()));
    SpeakerCanon canon = new SpeakerCanon(raw);
    List<QuoteRow> quotes = new ArrayList<>(raw.stream().map(canon::apply).toList());
    quotes.sort(QUOTE_ORDER);
    List<DeadLetter> sortedErrors = new ArrayList<>(errors);
    sortedErrors.sort(Comparator.comparing(DeadLetter::input).thenComparing(DeadLetter::articleId)
        .thenComparing(DeadLetter::stage).thenComparing(DeadLetter::error));
    ArticleTable articleTable = ArticleTable.build(articles, sortedErrors, quotes);
    return new Tables(quotes, speakers(quotes), affiliations(quotes), outlets(quotes, articleTable),
        articleTable.table(), sortedErrors, counts(articleTable, quotes), timeline(quotes));
  }

  /**
   * Two inputs with the same article id would merge their quotes under one id: the first (by input
   * name) is kept, every other copy becomes a dead letter and a failed row in articles.csv.
   */
  private static List<ArticleResult> withoutDuplicateIds(List<ArticleResult> sorted, List<DeadLetter> errors) {
    List<ArticleResult> kept = new ArrayList<>();
    for (ArticleResult r : sorted) {
      ArticleResult first = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (first != null && first.articleId().equals(r.articleId())) {
        errors.add(new DeadLetter(r.input(), r.articleId(), "tables",
            "duplicate article_id: also read from " + first.input() + "; this copy was not analysed into the tables"));
      } else {
        kept.add(r);
      }
    }
    return kept;
  }

  private static Tables.Table speakers(List<QuoteRow> quotes) {
    Map<String, Tally> tallies = new TreeMap<>();
    Map<String, String> affiliations = new TreeMap<>();
    for (QuoteRow q : quotes) {
      if (!Speaker.UNKNOWN.equals(q.speaker())) {
        tallies.computeIfAbsent(q.speaker(), k -> new Tally()).add(q.stance());
        if (!q.affiliation().isEmpty()) {
          affiliations.putIfAbsent(q.speaker(), q.affiliation());
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    tallies.forEach((speaker, t) -> rows.add(row(List.of(speaker, affiliations.getOrDefault(speaker, "")), t)));
    return new Tables.Table(header("speaker", "affiliation"), rows);
  }

  private static Tables.Table affiliations(List<QuoteRow> quotes) {
    Map<String, Tally> tallies = new TreeMap<>();
    Map<String, TreeSet<String>> speakers = new TreeMap<>();
    for (QuoteRow q : quotes) {
      if (!q.affiliation().isEmpty()) {
        tallies.computeIfAbsent(q.affiliation(), k -> new Tally()).add(q.stance());
        speakers.computeIfAbsent(q.affiliation(), k -> new TreeSet<>()).add(q.speaker());
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    tallies.forEach((aff, t) -> rows.add(row(List.of(aff, speakers.get(aff).size()), t)));
    return new Tables.Table(header("affiliation", "speakers"), rows);
  }

  private static Tables.Table outlets(List<QuoteRow> quotes, ArticleTable articles) {
    Map<String, Tally> tallies = new TreeMap<>();
    articles.outletArticleCounts().keySet().forEach(o -> tallies.put(o, new Tally()));
    quotes.forEach(q -> tallies.computeIfAbsent(q.outlet(), k -> new Tally()).add(q.stance()));
    List<List<Object>> rows = new ArrayList<>();
    tallies.forEach((outlet, t) -> rows.add(row(List.of(outlet, articles.outletArticleCounts().getOrDefault(outlet, 0)), t)));
    return new Tables.Table(header("outlet", "articles"), rows);
  }

  /**
   * timeline.csv: one row per publication day and affiliation (empty affiliation is a row of its
   * own); quotes of undated articles are left out of this table only.
   */
  private static Tables.Table timeline(List<QuoteRow> quotes) {
    Map<List<String>, Tally> tallies = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
        .thenComparing(k -> k.get(1)));
    for (QuoteRow q : quotes) {
      PublishedDay.of(q.published()).ifPresent(day ->
          tallies.computeIfAbsent(List.of(day, q.affiliation()), k -> new Tally()).add(q.stance()));
    }
    List<List<Object>> rows = new ArrayList<>();
    tallies.forEach((key, t) -> {
      List<Object> row = new ArrayList<>(key);
      row.addAll(t.counts());
      row.addAll(t.stanceCells(false));
      rows.add(row);
    });
    return new Tables.Table(timelineHeader(), rows);
  }

  static List<String> timelineHeader() {
    List<String> header = new ArrayList<>(List.of("date", "affiliation", "quotes", "support", "deny", "discuss",
        "unrelated"));
    header.addAll(Tables.STANCE_COLUMNS.subList(0, 2));
    return List.copyOf(header);
  }

  /** articles.csv's header. */
  static final List<String> ARTICLE_HEADER = List.of("article_id", "outlet", "title", "status", "quotes", "support",
      "deny", "discuss", "unrelated", "published", "url");

  static List<String> header(String key, String extra) {
    List<String> header = new ArrayList<>(List.of(key, extra, "quotes", "support", "deny", "discuss", "unrelated"));
    header.addAll(Tables.STANCE_COLUMNS);
    return List.copyOf(header);
  }

  static List<Object> row(List<Object> keys, Tally t) {
    List<Object> row = new ArrayList<>(keys);
    row.addAll(t.counts());
    row.addAll(t.stanceCells(true));
    return row;
  }

  private static Tables.RunCounts counts(ArticleTable articles, List<QuoteRow> quotes) {
    Map<String, Integer> byKind = new LinkedHashMap<>();
    List.of("direct", "partial", "indirect").forEach(k -> byKind.put(k, 0));
    Map<String, Integer> byStance = new LinkedHashMap<>();
    List.of("support", "deny", "discuss", "unrelated").forEach(k -> byStance.put(k, 0));
    quotes.forEach(q -> {
      byKind.merge(q.kind(), 1, Integer::sum);
      byStance.merge(q.stance(), 1, Integer::sum);
    });
    return new Tables.RunCounts(articles.ok() + articles.skipped() + articles.failed(), articles.ok(),
        articles.skipped(), articles.failed(), byKind, byStance);
  }
}
