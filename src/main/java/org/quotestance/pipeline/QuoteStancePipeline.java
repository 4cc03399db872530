package org.quotestance.pipeline;

import java.util.List;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.quotestance.beam.DeadLetter;
import org.quotestance.io.InputFiles;
import org.quotestance.io.ReadArticles;
import org.quotestance.nlp.AnnotateArticles;
import org.quotestance.nlp.AnnotationCache;
import org.quotestance.quote.ExtractQuotes;
import org.quotestance.quote.QuoteExtractor;
import org.quotestance.quote.ReportingLexicon;
import org.quotestance.speaker.Countries;
import org.quotestance.speaker.LinkSpeakers;
import org.quotestance.speaker.SpeakerResolver;
import org.quotestance.stance.ArticleStances;
import org.quotestance.stance.Claim;
import org.quotestance.stance.ClassifyStance;
import org.quotestance.stance.StanceClassifier;
import org.quotestance.report.ReportHtml;
import org.quotestance.table.ArticleResult;
import org.quotestance.table.QuoteRows;
import org.quotestance.table.RunInfo;
import org.quotestance.table.TableCoders;
import org.quotestance.table.TableItem;
import org.quotestance.table.WriteTables;
import org.quotestance.text.CleanArticles;
import org.quotestance.text.OutletRepeats;
import org.quotestance.beam.Coders;
import org.quotestance.beam.DeadLetterStage;

/**
 * The job: read → clean → annotate → quotes → speakers → stance → tables, one composite transform
 * per stage; every stage's dead letters join the results on their way to the tables.
 */
public final class QuoteStancePipeline {
  private QuoteStancePipeline() {}

  /** Every article's result (ok or skipped) and every dead letter of every stage. */
  public record Analysis(PCollection<ArticleResult> results, PCollection<DeadLetter> failures) {}

  /**
   * Adds the whole job to {@code p}; returns the staging directory the tables are written to.
   * {@code cache}: where annotations are kept between runs, null for none.
   */
  public static PCollection<String> build(Pipeline p, List<String> inputs, InputFiles.Excluded excluded, Claim claim,
      String scope, int maxArticleChars, int outletRepeatArticles, AnnotationCache.Settings cache, RunInfo info) {
    Analysis analysis = analyze(p, inputs, excluded, claim, scope, maxArticleChars, outletRepeatArticles, cache);
    PCollection<TableItem> items = PCollectionList
        .of(analysis.results().apply("ResultItems", MapElements.into(TypeDescriptor.of(TableItem.class)).via(TableItem::of)))
        .and(analysis.failures().apply("FailureItems", MapElements.into(TypeDescriptor.of(TableItem.class)).via(TableItem::of)))
        .apply("AllItems", Flatten.pCollections());
    items.setCoder(StageCoders.tableItem());
    return items.apply("Tables", new WriteTables(info, ReportHtml::render));
  }

  /**
   * Groups the DirectRunner spreads the articles over: each bundle costs it a setup of every later
   * step, and a group per article made that most of a run over cached annotations. 64, not fewer:
   * the last groups of a cold run are annotated while the other threads may be idle.
   */
  static final int DIRECT_RUNNER_SPREAD = 64;

  /** {@link #DIRECT_RUNNER_SPREAD} on the DirectRunner; elsewhere 0, article by article over all of a cluster's workers. */
  static int spreadBuckets(Pipeline p) {
    return DirectRunner.class.isAssignableFrom(p.getOptions().getRunner()) ? DIRECT_RUNNER_SPREAD : 0;
  }

  /** The stages from reading to stance, without the tables. */
  public static Analysis analyze(Pipeline p, List<String> inputs, Claim claim, String scope, int maxArticleChars) {
    return analyze(p, inputs, InputFiles.Excluded.none(), claim, scope, maxArticleChars, OutletRepeats.DEFAULT_MIN_ARTICLES,
        null);
  }

  /** {@code excluded}: what a local input walk never reads (the output directory). */
  public static Analysis analyze(Pipeline p, List<String> inputs, InputFiles.Excluded excluded, Claim claim,
      String scope, int maxArticleChars, int outletRepeatArticles, AnnotationCache.Settings cache) {
    StanceClassifier classifier = new StanceClassifier(claim);
    ReportingLexicon lexicon = ReportingLexicon.load();

    // Each stage's output gets an explicit coder (StageCoders) in place of the stage's SerializableCoder;
    // a stage's dead letters get DeadLetterCoder through Coders.
    PCollectionTuple read = p.apply("Read", new ReadArticles(inputs, excluded, maxArticleChars, spreadBuckets(p)));
    read.get(ReadArticles.ARTICLES).setCoder(StageCoders.article());
    PCollectionTuple cleaned = read.get(ReadArticles.ARTICLES)
        .apply("Clean", new CleanArticles(maxArticleChars,
            "claim".equals(scope) ? classifier::mentionsTargetOrObject : null, outletRepeatArticles));
    cleaned.get(CleanArticles.CLEANED).setCoder(StageCoders.cleaned());
    cleaned.get(CleanArticles.SKIPPED).setCoder(StageCoders.cleaned());
    AnnotateArticles annotate = AnnotateArticles.create(cache);
    PCollectionTuple annotated = cleaned.get(CleanArticles.CLEANED).apply("Annotate", annotate);
    annotated.get(annotate.stage().ok()).setCoder(StageCoders.annotated());
    ExtractQuotes extract = new ExtractQuotes(new QuoteExtractor(lexicon));
    PCollectionTuple quotes = annotated.get(annotate.stage().ok()).apply("Quotes", extract);
    quotes.get(extract.stage().ok()).setCoder(StageCoders.quotes());
    LinkSpeakers link = new LinkSpeakers(new SpeakerResolver(lexicon, Countries.get(), claim.knownSpeakers()));
    PCollectionTuple speakers = quotes.get(extract.stage().ok()).apply("Speakers", link);
    speakers.get(link.stage().ok()).setCoder(StageCoders.attributed());
    ClassifyStance<ArticleResult> stance =
        new ClassifyStance<>(new ArticleStances(classifier), QuoteRows::of, TableCoders.articleResult());
    PCollectionTuple stances = speakers.get(link.stage().ok()).apply("Stance", stance);

    PCollection<ArticleResult> results = PCollectionList.of(stances.get(stance.stage().ok()))
        .and(cleaned.get(CleanArticles.SKIPPED)
            .apply("SkippedResults", MapElements.into(TypeDescriptor.of(ArticleResult.class)).via(ArticleResult::skipped))
            .setCoder(TableCoders.articleResult()))
        .apply("AllResults", Flatten.pCollections());
    PCollection<DeadLetter> failures = PCollectionList.of(read.get(DeadLetterStage.FAILED))
        .and(cleaned.get(DeadLetterStage.FAILED))
        .and(annotated.get(DeadLetterStage.FAILED))
        .and(quotes.get(DeadLetterStage.FAILED))
        .and(speakers.get(DeadLetterStage.FAILED))
        .and(stances.get(DeadLetterStage.FAILED))
        .apply("AllFailures", Flatten.pCollections());
    return new Analysis(results, failures);
  }
}
