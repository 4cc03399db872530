package org.quotestance.text;

import java.io.Serializable;
import java.util.Map;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.quotestance.io.Article;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.Coders;
import org.quotestance.beam.DeadLetterStage;
import org.quotestance.beam.Progress;

/**
 * The clean stage: too-long articles become dead letters, empty ones and (with --scope=claim)
 * ones that never name the claim's target or object are skipped, the rest are cleaned. Skipped
 * articles leave cleaned too, since their outlet and title come from cleaning; the job turns them
 * into result rows. Before cleaning, {@link OutletRepeats} counts over all the articles which
 * paragraphs each outlet repeats across them; cleaning drops those as boilerplate.
 */
public final class CleanArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<CleanedArticle> CLEANED = new TupleTag<>("cleaned") {};
  public static final TupleTag<CleanedArticle> SKIPPED = new TupleTag<>("skipped") {};
  public static final String STAGE = "clean";

  /** Whether a cleaned text is worth analysing (--scope=claim: it names the claim's target or object). */
  public interface Scope extends Serializable {
    boolean analyse(String cleanText);
  }

  private final int maxArticleChars;
  private final Scope scopeFilter;
  private final int outletRepeatArticles;

  /** {@code scopeFilter} is null for --scope=all; paragraphs repeated across an outlet's articles as by default. */
  public CleanArticles(int maxArticleChars, Scope scopeFilter) {
    this(maxArticleChars, scopeFilter, OutletRepeats.DEFAULT_MIN_ARTICLES);
  }

  /** {@code outletRepeatArticles}: see {@link OutletRepeats}; 0 turns the corpus-level step off. */
  public CleanArticles(int maxArticleChars, Scope scopeFilter, int outletRepeatArticles) {
    this.maxArticleChars = maxArticleChars;
    this.scopeFilter = scopeFilter;
    this.outletRepeatArticles = outletRepeatArticles;
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionView<Map<String, Long>> repeats = articles.apply("OutletRepeats", new OutletRepeats(outletRepeatArticles));
    PCollectionTuple out = articles.apply("Clean", ParDo.of(new CleanFn(maxArticleChars, scopeFilter, repeats))
        .withSideInputs(repeats)
        .withOutputTags(CLEANED, TupleTagList.of(SKIPPED).and(DeadLetterStage.FAILED)));
    out.get(CLEANED).setCoder(Coders.of(CleanedArticle.class));
    out.get(SKIPPED).setCoder(Coders.of(CleanedArticle.class));
    out.get(DeadLetterStage.FAILED).setCoder(Coders.of(DeadLetter.class));
    return out;
  }

  private static final class CleanFn extends DoFn<Article, CleanedArticle> {
    private final int maxArticleChars;
    private final Scope scopeFilter;
    private final PCollectionView<Map<String, Long>> repeats;
    private final Counter outletRepeated = Metrics.counter(STAGE, "outlet_repeated_paragraphs");
    private final Counter read = Metrics.counter("articles", "read");
    private final Counter skipped = Metrics.counter("articles", "skipped");
    private final Counter tooLong = Metrics.counter(STAGE, "failed");
    private final Counter cleaned = Metrics.counter(STAGE, "emitted");
    private transient TextCleaner cleaner;

    CleanFn(int maxArticleChars, Scope scopeFilter, PCollectionView<Map<String, Long>> repeats) {
      this.maxArticleChars = maxArticleChars;
      this.scopeFilter = scopeFilter;
      this.repeats = repeats;
    }

    @Setup
    public void setUp() {
      cleaner = TextCleaner.create();
    }

    @ProcessElement
    public void process(@Element Article a, MultiOutputReceiver out, ProcessContext context) {
      read.inc();
      if (a.text().length() > maxArticleChars) {
        tooLong.inc();
        Progress.articleDone();
        out.get(DeadLetterStage.FAILED).output(new DeadLetter(a.input(), a.id(), STAGE, "article has "
            + a.text().length() + " characters, more than --maxArticleChars=" + maxArticleChars + "; not processed"));
        return;
      }
      try {
        Map<String, Long> recurring = context.sideInput(repeats);
        int[] dropped = {0};
        CleanedArticle c = new CleanedArticle(a, recurring.isEmpty() ? cleaner.clean(a.text())
            : cleaner.cleanByOutlet(a.text(), detected -> {
              // counted under the article's own outlet, else the one its boilerplate names (OutletRepeats)
              String outlet = a.outlet().isBlank() ? detected : a.outlet().strip();
              return outlet.isEmpty() ? (String p) -> false : (String p) -> {
                boolean repeated = recurring.containsKey(OutletRepeats.key(outlet, p));
                dropped[0] += repeated ? 1 : 0;
                return repeated;
              };
            }));
        outletRepeated.inc(dropped[0]);
        boolean empty = c.clean().text().isBlank();
        if (empty || (scopeFilter != null && !scopeFilter.analyse(c.clean().text()))) {
          skipped.inc();
          Progress.articleDone();
          out.get(SKIPPED).output(c);
        } else {
          cleaned.inc();
          out.get(CLEANED).output(c);
        }
      } catch (RuntimeException e) {
        tooLong.inc();
        Progress.articleDone();
        out.get(DeadLetterStage.FAILED).output(DeadLetter.of(a.input(), a.id(), STAGE, e));
      }
    }
  }
}
