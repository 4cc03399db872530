package org.quotestance.table;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.io.Article;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.speaker.AttributedQuotes;
import org.quotestance.speaker.Speaker;
import org.quotestance.stance.Stance;
import org.quotestance.text.CleanText;
import org.quotestance.text.CleanedArticle;

/** Builds an article's quotes.csv rows: offsets mapped back to the original text. */
public final class QuoteRows {
  private QuoteRows() {}

  public static ArticleResult of(AttributedQuotes attributed, List<Stance> stances) {
    CleanedArticle cleaned = attributed.quotes().annotated().cleaned();
    Article article = cleaned.article();
    CleanText clean = cleaned.clean();
    List<QuoteSpan> quotes = attributed.quotes().quotes();
    List<QuoteRow> rows = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      QuoteSpan q = quotes.get(i);
      Speaker speaker = attributed.speakers().get(i);
      Stance stance = stances.get(i);
      int start = clean.originalStart(q.start());
      int end = clean.originalEnd(q.end());
      rows.add(new QuoteRow(article.id(), cleaned.outlet(), article.id() + "#" + (i + 1), q.kind().label(),
          start, end, collapse(article.text().substring(start, end)), speaker.name(), speaker.mention(),
          speaker.affiliation(), q.cue(), stance.label().label(), round(stance.confidence()), stance.evidence(), article.published(),
          q.rule(), speaker.rule()));
    }
    return new ArticleResult(article.id(), article.input(), cleaned.outlet(), cleaned.title(), ArticleResult.Status.OK, rows,
        article.published(), article.url());
  }

  static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
