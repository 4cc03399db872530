package org.quotestance.table;

import java.io.Serializable;
import java.util.List;
import org.quotestance.io.Article;
import org.quotestance.text.CleanedArticle;

/**
 * What the pipeline made of one input article: its row of articles.csv and its quotes.
 * {@code published} and {@code url} are the input metadata's, empty when not given.
 */
public record ArticleResult(
    String articleId, String input, String outlet, String title, Status status, List<QuoteRow> quotes,
    String published, String url)
    implements Serializable {

  public enum Status {
    OK, SKIPPED, FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ArticleResult {
    published = published == null ? "" : published;
    url = url == null ? "" : url;
  }

  /** An article without publication date or URL. */
  public ArticleResult(String articleId, String input, String outlet, String title, Status status,
      List<QuoteRow> quotes) {
    this(articleId, input, outlet, title, status, quotes, "", "");
  }

  public static ArticleResult skipped(String articleId, String input, String outlet, String title,
      String published, String url) {
    return new ArticleResult(articleId, input, outlet, title, Status.SKIPPED, List.of(), published, url);
  }

  public static ArticleResult skipped(String articleId, String input, String outlet, String title) {
    return skipped(articleId, input, outlet, title, "", "");
  }

  /** The row of an article that the clean stage skipped. */
  public static ArticleResult skipped(CleanedArticle c) {
    Article a = c.article();
    return skipped(a.id(), a.input(), c.outlet(), c.title(), a.published(), a.url());
  }
}
