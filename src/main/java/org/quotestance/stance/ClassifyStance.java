package org.quotestance.stance;

import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.DeadLetterStage;
import org.quotestance.speaker.AttributedQuotes;

/**
 * The stance stage: each quote's stance toward the claim; emits what {@code rows} makes of the
 * article and its stances (the job passes the table stage's result rows, built here so that a
 * failure there is this article's dead letter).
 */
public final class ClassifyStance<R> extends PTransform<PCollection<AttributedQuotes>, PCollectionTuple> {
  public static final String STAGE = "stance";
  private final DeadLetterStage<AttributedQuotes, R> stage;

  /** What the stage emits for an article: one stance per quote, in order. */
  public interface Rows<R> extends Serializable {
    R of(AttributedQuotes article, List<Stance> stances);
  }

  public ClassifyStance(ArticleStances stances, Rows<R> rows, Coder<R> coder) {
    stage = new DeadLetterStage<>(STAGE,
        (a, out) -> {
          out.accept(rows.of(a, stances.classify(a.quotes().annotated().parsed(), a.quotes().quotes(), a.speakers())));
          Metrics.counter("articles", "ok").inc();
        },
        (a, s, e) -> DeadLetter.of(a.quotes().annotated().cleaned().article().input(),
            a.quotes().annotated().cleaned().article().id(), s, e),
        coder, null);
  }

  public DeadLetterStage<AttributedQuotes, R> stage() {
    return stage;
  }

  @Override
  public PCollectionTuple expand(PCollection<AttributedQuotes> input) {
    return input.apply(stage);
  }
}
