package org.quotestance.table;

import java.io.Serializable;
import java.util.List;

/** What the pipeline made of one input article: its row of articles.csv and its quotes. */
public record ArticleResult(
    String articleId, String input, String outlet, String title, Status status, List<QuoteRow> quotes)
    implements Serializable {

  public enum Status {
    OK, SKIPPED, FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static ArticleResult skipped(String articleId, String input, String outlet, String title) {
    return new ArticleResult(articleId, input, outlet, title, Status.SKIPPED, List.of());
  }
}
