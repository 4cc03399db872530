package org.quotestance.speaker;

import java.util.ArrayList;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.Coders;
import org.quotestance.beam.DeadLetterStage;
import org.quotestance.quote.ArticleQuotes;

/** The speaker stage: who said each quote. */
public final class LinkSpeakers extends PTransform<PCollection<ArticleQuotes>, PCollectionTuple> {
  public static final String STAGE = "speakers";
  private final DeadLetterStage<ArticleQuotes, AttributedQuotes> stage;

  public LinkSpeakers(SpeakerResolver resolver) {
    stage = new DeadLetterStage<>(STAGE,
        (q, out) -> out.accept(new AttributedQuotes(q, new ArrayList<>(resolver.resolve(q.annotated().parsed(), q.quotes())))),
        (q, s, e) -> DeadLetter.of(q.annotated().cleaned().article().input(), q.annotated().cleaned().article().id(), s, e),
        Coders.of(AttributedQuotes.class), null);
  }

  public DeadLetterStage<ArticleQuotes, AttributedQuotes> stage() {
    return stage;
  }

  @Override
  public PCollectionTuple expand(PCollection<ArticleQuotes> input) {
    return input.apply(stage);
  }
}
