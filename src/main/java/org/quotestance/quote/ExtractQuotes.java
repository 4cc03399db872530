package org.quotestance.quote;

import java.util.ArrayList;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.quotestance.beam.DeadLetter;
import org.quotestance.nlp.AnnotatedArticle;
import org.quotestance.beam.Coders;
import org.quotestance.beam.DeadLetterStage;

/** The quote stage: direct, partial and indirect quotes of each annotated article. */
public final class ExtractQuotes extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final String STAGE = "quotes";
  private final DeadLetterStage<AnnotatedArticle, ArticleQuotes> stage;

  public ExtractQuotes(QuoteExtractor extractor) {
    stage = new DeadLetterStage<>(STAGE,
        (a, out) -> {
          ArticleQuotes quotes = new ArticleQuotes(a, new ArrayList<>(extractor.extract(a.parsed(), titleEnd(a))));
          quotes.quotes().forEach(q -> Metrics.counter("quotes", q.kind().label()).inc());
          out.accept(quotes);
        },
        (a, s, e) -> DeadLetter.of(a.cleaned().article().input(), a.cleaned().article().id(), s, e),
        Coders.of(ArticleQuotes.class), null);
  }

  /** The headline is the first cleaned paragraph when the cleaner found one. */
  public static int titleEnd(AnnotatedArticle a) {
    String title = a.cleaned().clean().title();
    String text = a.cleaned().clean().text();
    return !title.isEmpty() && text.startsWith(title) ? title.length() : 0;
  }

  public DeadLetterStage<AnnotatedArticle, ArticleQuotes> stage() {
    return stage;
  }

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> input) {
    return input.apply(stage);
  }
}
