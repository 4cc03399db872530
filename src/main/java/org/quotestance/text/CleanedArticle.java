package org.quotestance.text;

import java.io.Serializable;
import org.quotestance.io.Article;

/** An article with its cleaned text; the outlet is the input's, else the one detected. */
public record CleanedArticle(Article article, CleanText clean) implements Serializable {

  public String outlet() {
    if (!article.outlet().isBlank()) {
      return article.outlet();
    }
    return clean.outlet().isBlank() ? "unknown" : clean.outlet();
  }

  public String title() {
    return article.title().isBlank() ? clean.title() : article.title();
  }
}
