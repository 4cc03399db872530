package org.quotestance.table;

import java.io.Serializable;
import org.quotestance.beam.DeadLetter;

/** Either an article's result or a dead letter, on their way to the tables. */
public record TableItem(ArticleResult result, DeadLetter error) implements Serializable {
  public static TableItem of(ArticleResult r) {
    return new TableItem(r, null);
  }

  public static TableItem of(DeadLetter e) {
    return new TableItem(null, e);
  }

  /** The article and input the item is about. */
  public String copyKey() {
    return result != null ? WriteTables.copyKey(result.articleId(), result.input())
        : WriteTables.copyKey(error.articleId(), error.input());
  }
}
