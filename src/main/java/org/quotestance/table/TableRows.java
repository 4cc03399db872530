package org.quotestance.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.beam.DeadLetter;
import org.quotestance.speaker.Speaker;

/**
 * The table stage's row logic, one element or one key at a time, for the scaled-out stage
 * ({@link WriteTables}); without Beam, so that it is tested alone. Each function gives the same
 * cells and order as {@link TableBuilder}, which builds the tables from the whole run at once.
 */
public final class TableRows {
  public static final String QUOTES = "quotes.csv";
  public static final String QUOTES_JSON = "quotes.jsonl";
  public static final String SPEAKERS = "speakers.csv";
  public static final String AFFILIATIONS = "affiliations.csv";
  public static final String OUTLETS = "outlets.csv";
  public static final String TIMELINE = "timeline.csv";
  public static final String ARTICLES = "articles.csv";
  public static final String ERRORS = "errors.csv";
  /** The files the shard writer makes, each with its header. */
  public static final Map<String, List<String>> HEADERS = headers();
  /** The aggregate tables, made by combiners. */
  public static final List<String> AGGREGATES = List.of(SPEAKERS, AFFILIATIONS, OUTLETS, TIMELINE);

  private TableRows() {}

  private static Map<String, List<String>> headers() {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put(QUOTES, Tables.QUOTE_HEADER);
    h.put(SPEAKERS, TableBuilder.header("speaker", "affiliation"));
    h.put(AFFILIATIONS, TableBuilder.header("affiliation", "speakers"));
    h.put(OUTLETS, TableBuilder.header("outlet", "articles"));
    h.put(TIMELINE, TableBuilder.timelineHeader());
    h.put(ARTICLES, TableBuilder.ARTICLE_HEADER);
    h.put(ERRORS, Tables.ERROR_HEADER);
    return java.util.Collections.unmodifiableMap(h);
  }

  /** The header record of one of {@link #HEADERS}' files. */
  static String header(String file) {
    return TableWriter.csvHeader(HEADERS.get(file));
  }

  /** A dead letter for every input of {@code articleId} but the first by input, which is kept (as {@link TableBuilder}). */
  public static List<DeadLetter> duplicates(String articleId, List<String> inputs) {
    List<String> sorted = new ArrayList<>(inputs);
    sorted.sort(Comparator.naturalOrder());
    List<DeadLetter> duplicates = new ArrayList<>();
    for (String input : sorted.subList(1, sorted.size())) {
      duplicates.add(new DeadLetter(input, articleId, "tables",
          "duplicate article_id: also read from " + sorted.get(0) + "; this copy was not analysed into the tables"));
    }
    return duplicates;
  }

  public static ShardRow quote(QuoteRow q) {
    return new ShardRow(QUOTES, SortKey.quote(q), TableWriter.quoteCsv(q), TableWriter.quoteJsonLine(q));
  }

  public static String errorKey(DeadLetter e) {
    return SortKey.of(e.input(), e.articleId(), e.stage(), e.error());
  }

  public static ShardRow error(DeadLetter e) {
    return new ShardRow(ERRORS, errorKey(e), TableWriter.errorCsv(e), "");
  }

  /** articles.csv's row of a kept article, its counts from its own (canonical) quotes. */
  public static ShardRow article(ArticleResult r) {
    Tally t = new Tally();
    r.quotes().forEach(q -> t.add(q.stance()));
    return new ShardRow(ARTICLES, SortKey.of(r.articleId(), r.input()), TableWriter.csvRecord(ArticleTable.okRow(r, t)), "");
  }

  /** articles.csv's row of an article known only from dead letters (no result with its id and input). */
  public static ShardRow failedArticle(String articleId, String input) {
    return new ShardRow(ARTICLES, SortKey.of(articleId, input), TableWriter.csvRecord(ArticleTable.failedRow(articleId)), "");
  }

  /** A quote's contribution to speakers.csv: its stance, and its affiliation if it has one. */
  static Tally speakerVote(QuoteRow q) {
    Tally t = vote(q);
    if (!q.affiliation().isEmpty()) {
      t.offerFirst(SortKey.quote(q), q.affiliation());
    }
    return t;
  }

  /** A quote's contribution to a count: one quote of its stance. */
  static Tally vote(QuoteRow q) {
    Tally t = new Tally();
    t.add(q.stance());
    return t;
  }

  /** Whether a quote counts in speakers.csv. */
  static boolean named(QuoteRow q) {
    return !Speaker.UNKNOWN.equals(q.speaker());
  }

  /**
   * One aggregate row from its key's parts, its tally and its extra column ({@code extra}: the
   * affiliation's speakers, the outlet's articles; ignored for speakers and timeline).
   */
  static AggRow aggregate(String file, String key, Tally t, int extra) {
    List<String> parts = SortKey.parts(key);
    List<Object> row = switch (file) {
      case SPEAKERS -> TableBuilder.row(List.of(parts.get(0), t.firstValue), t);
      case AFFILIATIONS, OUTLETS -> TableBuilder.row(List.of(parts.get(0), extra), t);
      case TIMELINE -> {
        List<Object> cells = new ArrayList<>(parts);
        cells.addAll(t.counts());
        cells.addAll(t.stanceCells(false));
        yield cells;
      }
      default -> throw new IllegalArgumentException("not an aggregate table: " + file);
    };
    return new AggRow(file, key, java.util.Collections.unmodifiableList(row));
  }

  public static ShardRow shard(AggRow a) {
    return new ShardRow(a.file(), a.key(), TableWriter.csvRecord(a.cells()), "");
  }

  /** The report's table for one aggregate file, from its rows in any order. */
  static Tables.Table table(String file, List<AggRow> rows) {
    List<AggRow> sorted = new ArrayList<>(rows.stream().filter(r -> r.file().equals(file)).toList());
    sorted.sort(Comparator.comparing(AggRow::key));
    return new Tables.Table(HEADERS.get(file), new ArrayList<>(sorted.stream().map(AggRow::cells).toList()));
  }

  /**
   * What the report is made from on a scaled-out run: the aggregate tables whole, the first
   * {@code quotes} and {@code errors} in file order (each with a bounded top-K), the titles of those
   * quotes' articles, the run's counts and the totals.
   */
  public static Tables forReport(List<AggRow> aggregates, List<ReportQuote> quotes, List<DeadLetter> errors,
      Tables.RunCounts counts, int quoteCount, int errorCount) {
    List<ReportQuote> q = new ArrayList<>(quotes);
    q.sort(Comparator.comparing(ReportQuote::key));
    List<DeadLetter> e = new ArrayList<>(errors);
    e.sort(Comparator.comparing(TableRows::errorKey));
    Map<String, String> titles = new LinkedHashMap<>();
    q.forEach(r -> titles.putIfAbsent(r.row().articleId(), r.title()));
    List<List<Object>> articleRows = new ArrayList<>();
    titles.forEach((id, title) -> articleRows.add(List.of(id, title)));
    return new Tables(q.stream().map(ReportQuote::row).toList(), table(SPEAKERS, aggregates),
        table(AFFILIATIONS, aggregates), table(OUTLETS, aggregates), new Tables.Table(List.of("article_id", "title"), articleRows),
        e, counts, table(TIMELINE, aggregates), quoteCount, errorCount);
  }

  /**
   * run.json's counts from named counters: {@code status/ok}, {@code kind/direct},
   * {@code stance/deny} and so on, as {@link TableBuilder} counts them.
   */
  public static Tables.RunCounts counts(Map<String, Integer> counters) {
    Map<String, Integer> byKind = new LinkedHashMap<>();
    List.of("direct", "partial", "indirect").forEach(k -> byKind.put(k, 0));
    Map<String, Integer> byStance = new LinkedHashMap<>();
    List.of("support", "deny", "discuss", "unrelated").forEach(k -> byStance.put(k, 0));
    new java.util.TreeMap<>(counters).forEach((name, n) -> {
      if (name.startsWith("kind/")) {
        byKind.merge(name.substring(5), n, Integer::sum);
      } else if (name.startsWith("stance/")) {
        byStance.merge(name.substring(7), n, Integer::sum);
      }
    });
    int ok = counters.getOrDefault("status/ok", 0);
    int skipped = counters.getOrDefault("status/skipped", 0);
    int failed = counters.getOrDefault("status/failed", 0);
    return new Tables.RunCounts(ok + skipped + failed, ok, skipped, failed, byKind, byStance);
  }
}
