package org.quotestance.nlp;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.Coders;
import org.quotestance.beam.DeadLetterStage;
import org.quotestance.beam.Progress;
import org.quotestance.text.CleanedArticle;

/**
 * The annotate stage: CoreNLP on each cleaned article, with the JVM's one shared pipeline, or the
 * annotation from the {@link AnnotationCache} when one is given and holds the text.
 */
public final class AnnotateArticles extends PTransform<PCollection<CleanedArticle>, PCollectionTuple> {
  public static final String STAGE = "annotate";
  private final DeadLetterStage<CleanedArticle, AnnotatedArticle> stage;

  private AnnotateArticles(AnnotationCache.Settings cache) {
    DeadLetterStage.Work<CleanedArticle, AnnotatedArticle> work = (c, out) -> {
      try {
        String text = c.clean().text();
        ParsedText parsed = cache == null ? NlpAnnotator.annotate(text)
            : AnnotationCache.open(cache).annotate(text, NlpAnnotator::annotate);
        out.accept(new AnnotatedArticle(c, parsed));
      } finally {
        Progress.articleDone(); // NLP is nearly all of an article's time: done, ok or failed
      }
    };
    // Without a cache every worker needs the models, so they load before the first element. With
    // one, they load on the first miss: a run over annotated texts never loads them (10-16 s).
    this.stage = new DeadLetterStage<>(STAGE, work,
        (c, s, e) -> DeadLetter.of(c.article().input(), c.article().id(), s, e),
        Coders.of(AnnotatedArticle.class),
        cache == null ? NlpAnnotator::pipeline : null);
  }

  /** CoreNLP on every article, no cache. */
  public static AnnotateArticles create() {
    return new AnnotateArticles(null);
  }

  /** With {@code cache} (null: none). */
  public static AnnotateArticles create(AnnotationCache.Settings cache) {
    return new AnnotateArticles(cache);
  }

  public DeadLetterStage<CleanedArticle, AnnotatedArticle> stage() {
    return stage;
  }

  @Override
  public PCollectionTuple expand(PCollection<CleanedArticle> input) {
    return input.apply(stage);
  }
}
