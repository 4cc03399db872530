package org.quotestance.nlp;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.quotestance.io.DeadLetter;
import org.quotestance.pipeline.Coders;
import org.quotestance.pipeline.DeadLetterStage;
import org.quotestance.pipeline.Progress;
import org.quotestance.text.CleanedArticle;

/** The annotate stage: CoreNLP on each cleaned article, with the JVM's one shared pipeline. */
public final class AnnotateArticles extends PTransform<PCollection<CleanedArticle>, PCollectionTuple> {
  public static final String STAGE = "annotate";
  private final DeadLetterStage<CleanedArticle, AnnotatedArticle> stage = new DeadLetterStage<>(STAGE,
      (c, out) -> {
        try {
          out.accept(new AnnotatedArticle(c, NlpAnnotator.annotate(c.clean().text())));
        } finally {
          Progress.articleDone(); // NLP is nearly all of an article's time: done, ok or failed
        }
      },
      (c, s, e) -> DeadLetter.of(c.article().input(), c.article().id(), s, e),
      Coders.of(AnnotatedArticle.class),
      NlpAnnotator::pipeline);

  public static AnnotateArticles create() {
    return new AnnotateArticles();
  }

  public DeadLetterStage<CleanedArticle, AnnotatedArticle> stage() {
    return stage;
  }

  @Override
  public PCollectionTuple expand(PCollection<CleanedArticle> input) {
    return input.apply(stage);
  }
}
