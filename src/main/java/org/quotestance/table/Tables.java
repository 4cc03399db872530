package org.quotestance.table;

import java.util.List;
import org.quotestance.beam.DeadLetter;

/**
 * Everything a run writes, already sorted: the contract's tables as header + rows. For the report
 * of a scaled-out run, {@code quotes} and {@code errors} may be the first rows only (in file order)
 * and {@code articles} only the rows of those quotes' articles; {@code quoteCount} and
 * {@code errorCount} are then the totals.
 */
public record Tables(
    List<QuoteRow> quotes, Table speakers, Table affiliations, Table outlets, Table articles,
    List<DeadLetter> errors, RunCounts counts, Table timeline, int quoteCount, int errorCount) {

  /** Every row of every table. */
  public Tables(List<QuoteRow> quotes, Table speakers, Table affiliations, Table outlets, Table articles,
      List<DeadLetter> errors, RunCounts counts, Table timeline) {
    this(quotes, speakers, affiliations, outlets, articles, errors, counts, timeline, quotes.size(), errors.size());
  }

  /** A CSV table: column names and rows of cells. */
  public record Table(List<String> header, List<List<Object>> rows) {}

  /** Counts for run.json; read = ok + skipped + failed. */
  public record RunCounts(
      int read, int ok, int skipped, int failed, java.util.Map<String, Integer> quotesByKind,
      java.util.Map<String, Integer> quotesByStance) {}

  /**
   * The most quotes (and dead letters) the report lists; a scaled-out run gives it only these (the
   * first in file order) and the totals.
   */
  public static final int REPORT_ROWS = 10_000;

  public static final List<String> QUOTE_HEADER = List.of("article_id", "outlet", "quote_id", "kind", "start", "end",
      "text", "speaker", "speaker_mention", "affiliation", "cue", "stance", "confidence", "evidence", "published");
  /** The columns after an aggregate table's counts (timeline.csv has only the first two). */
  public static final List<String> STANCE_COLUMNS = List.of("stance_index", "claim_quotes", "stance_low", "stance_high");
  public static final List<String> ERROR_HEADER = List.of("input", "article_id", "stage", "error");
}
