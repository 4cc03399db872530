package org.quotestance.table;

import java.util.List;
import org.quotestance.beam.DeadLetter;

/** Everything a run writes, already sorted: the contract's tables as header + rows. */
public record Tables(
    List<QuoteRow> quotes, Table speakers, Table affiliations, Table outlets, Table articles,
    List<DeadLetter> errors, RunCounts counts, Table timeline) {

  /** A CSV table: column names and rows of cells. */
  public record Table(List<String> header, List<List<Object>> rows) {}

  /** Counts for run.json; read = ok + skipped + failed. */
  public record RunCounts(
      int read, int ok, int skipped, int failed, java.util.Map<String, Integer> quotesByKind,
      java.util.Map<String, Integer> quotesByStance) {}

  public static final List<String> QUOTE_HEADER = List.of("article_id", "outlet", "quote_id", "kind", "start", "end",
      "text", "speaker", "speaker_mention", "affiliation", "cue", "stance", "confidence", "evidence", "published");
  /** The columns after an aggregate table's counts (timeline.csv has only the first two). */
  public static final List<String> STANCE_COLUMNS = List.of("stance_index", "claim_quotes", "stance_low", "stance_high");
  public static final List<String> ERROR_HEADER = List.of("input", "article_id", "stage", "error");
}
