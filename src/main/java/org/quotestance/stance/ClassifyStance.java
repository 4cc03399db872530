package org.quotestance.stance;

import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.Coders;
import org.quotestance.beam.DeadLetterStage;
import org.quotestance.speaker.AttributedQuotes;
import org.quotestance.table.ArticleResult;
import org.quotestance.table.QuoteRows;

/** The stance stage: each quote's stance toward the claim; emits the article's result rows. */
public final class ClassifyStance extends PTransform<PCollection<AttributedQuotes>, PCollectionTuple> {
  public static final String STAGE = "stance";
  private final DeadLetterStage<AttributedQuotes, ArticleResult> stage;

  public ClassifyStance(ArticleStances stances) {
    stage = new DeadLetterStage<>(STAGE,
        (a, out) -> {
          out.accept(QuoteRows.of(a, stances.classify(a.quotes().annotated().parsed(), a.quotes().quotes(), a.speakers())));
          Metrics.counter("articles", "ok").inc();
        },
        (a, s, e) -> DeadLetter.of(a.quotes().annotated().cleaned().article().input(),
            a.quotes().annotated().cleaned().article().id(), s, e),
        Coders.of(ArticleResult.class), null);
  }

  public DeadLetterStage<AttributedQuotes, ArticleResult> stage() {
    return stage;
  }

  @Override
  public PCollectionTuple expand(PCollection<AttributedQuotes> input) {
    return input.apply(stage);
  }
}
