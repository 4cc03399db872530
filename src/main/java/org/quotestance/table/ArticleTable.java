package org.quotestance.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.quotestance.beam.DeadLetter;

/**
 * articles.csv: one row per input article. Processed articles come with their results; an article
 * that failed at any stage is known only from its dead letter and gets status failed.
 */
record ArticleTable(Tables.Table table, int ok, int skipped, int failed, Map<String, Integer> outletArticleCounts) {

  static ArticleTable build(List<ArticleResult> results, List<DeadLetter> errors, List<QuoteRow> quotes) {
    Map<String, Tally> byArticle = new HashMap<>();
    quotes.forEach(q -> byArticle.computeIfAbsent(q.articleId(), k -> new Tally()).add(q.stance()));
    Map<String, List<Object>> rows = new TreeMap<>();
    Map<String, Integer> outlets = new TreeMap<>();
    int ok = 0;
    int skipped = 0;
    for (ArticleResult r : results) {
      Tally t = byArticle.getOrDefault(r.articleId(), new Tally());
      List<Object> row = okRow(r, t);
      rows.put(r.articleId() + "\u0000" + r.input(), row);
      outlets.merge(r.outlet(), 1, Integer::sum);
      ok += r.status() == ArticleResult.Status.OK ? 1 : 0;
      skipped += r.status() == ArticleResult.Status.SKIPPED ? 1 : 0;
    }
    Set<String> failedKeys = new LinkedHashSet<>();
    for (DeadLetter e : errors) {
      String key = e.articleId() + "\u0000" + e.input();
      if (!rows.containsKey(key) && failedKeys.add(key)) {
        rows.put(key, failedRow(e.articleId()));
        outlets.merge("unknown", 1, Integer::sum);
      }
    }
    return new ArticleTable(new Tables.Table(TableBuilder.ARTICLE_HEADER, new ArrayList<>(rows.values())), ok, skipped, failedKeys.size(), outlets);
  }

  /** The row of an article that has a result: its counts are of its quotes. */
  static List<Object> okRow(ArticleResult r, Tally t) {
    return new ArrayList<>(List.of(r.articleId(), r.outlet(), r.title(), r.status().label(),
        t.quotes, t.support, t.deny, t.discuss, t.unrelated, r.published(), r.url()));
  }

  /** The row of an article known only from its dead letters. */
  static List<Object> failedRow(String articleId) {
    return new ArrayList<>(List.of(articleId, "unknown", "", "failed", 0, 0, 0, 0, 0, "", ""));
  }
}
