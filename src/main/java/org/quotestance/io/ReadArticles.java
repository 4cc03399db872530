package org.quotestance.io;

import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.transforms.Flatten;
import org.quotestance.beam.Buckets;
import org.quotestance.beam.Coders;
import org.quotestance.beam.DeadLetterStage;
import org.quotestance.beam.Progress;
import org.quotestance.beam.DeadLetter;

/**
 * The read stage: expands the input patterns ({@link InputFiles}), reads each file as a bounded
 * stream and parses it into articles ({@link ArticleParser}); a file or record that cannot be read
 * becomes a dead letter. Files travel in batches: one element per tiny file costs the DirectRunner
 * more than reading it. A metadata.csv next to the files gives outlet, title, url and date to the
 * articles that do not carry them.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  static final int BATCH = 64;
  private static final TupleTag<List<String>> BATCHES = new TupleTag<>("batches") {};
  private final List<String> patterns;
  private final InputFiles.Excluded excluded;
  private final int maxArticleChars;

  private final int spreadBuckets;

  /** Articles spread one by one over the workers (a cluster's runner). */
  public ReadArticles(List<String> patterns, InputFiles.Excluded excluded, int maxArticleChars) {
    this(patterns, excluded, maxArticleChars, 0);
  }

  /**
   * {@code spreadBuckets} above 0: articles spread over that many groups instead of one by one. The
   * DirectRunner sets every later step up again for each bundle, and a spread by article makes a
   * bundle of every article: on a run over cached annotations that setup was most of the time.
   */
  public ReadArticles(List<String> patterns, InputFiles.Excluded excluded, int maxArticleChars, int spreadBuckets) {
    this.patterns = patterns;
    this.excluded = excluded;
    this.maxArticleChars = maxArticleChars;
    this.spreadBuckets = spreadBuckets;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple matched = begin
        .apply("Patterns", Create.of(patterns))
        .apply("Match", ParDo.of(new MatchFn(excluded)).withOutputTags(BATCHES, TupleTagList.of(DeadLetterStage.FAILED)));
    matched.get(DeadLetterStage.FAILED).setCoder(Coders.of(DeadLetter.class));
    PCollectionTuple parsed = matched.get(BATCHES).setCoder(ListCoder.of(StringUtf8Coder.of()))
        .apply("SpreadFiles", Reshuffle.viaRandomKey())
        .apply("Parse", ParDo.of(new ParseFn(maxArticleChars))
            .withOutputTags(ARTICLES, TupleTagList.of(DeadLetterStage.FAILED)));
    parsed.get(DeadLetterStage.FAILED).setCoder(Coders.of(DeadLetter.class));
    PCollection<DeadLetter> failed = PCollectionList.of(matched.get(DeadLetterStage.FAILED))
        .and(parsed.get(DeadLetterStage.FAILED))
        .apply("ReadFailures", Flatten.pCollections());
    // Spread articles over workers: one big JSONL file must not pin all NLP work to one thread.
    PCollection<Article> articles = parsed.get(ARTICLES).setCoder(ArticleCoder.of());
    return PCollectionTuple.of(ARTICLES, spreadBuckets > 0
            ? articles.apply("Spread", Buckets.regroup(a -> a.id() + '\u0000' + a.input(), spreadBuckets))
            : articles.apply("Spread", Reshuffle.viaRandomKey()))
        .and(DeadLetterStage.FAILED, failed);
  }

  private static final class MatchFn extends DoFn<String, List<String>> {
    private final InputFiles.Excluded excluded;

    MatchFn(InputFiles.Excluded excluded) {
      this.excluded = excluded;
    }

    @ProcessElement
    public void process(@Element String pattern, MultiOutputReceiver out) throws Exception {
      InputFiles.Match m = InputFiles.match(pattern, excluded, Integer.MAX_VALUE);
      if (m.missing()) {
        // checked before the run; the file went away since
        out.get(DeadLetterStage.FAILED).output(new DeadLetter(pattern, ArticleParser.fileId(pattern),
            ArticleParser.STAGE, "no such file"));
      }
      m.rejected().forEach(out.get(DeadLetterStage.FAILED)::output);
      for (int i = 0; i < m.files().size(); i += BATCH) {
        out.get(BATCHES).output(new ArrayList<>(m.files().subList(i, Math.min(m.files().size(), i + BATCH))));
      }
    }
  }

  private static final class ParseFn extends DoFn<List<String>, Article> {
    private final Counter files = Metrics.counter(ArticleParser.STAGE, "files");
    private final Counter read = Metrics.counter(ArticleParser.STAGE, "articles");
    private final Counter failed = Metrics.counter(ArticleParser.STAGE, "failed");
    private final ArticleParser.Limits limits;
    /** metadata.csv by directory, read once per worker. */
    private transient Map<String, Metadata> metadata;

    ParseFn(int maxArticleChars) {
      this.limits = new ArticleParser.Limits(maxArticleChars);
    }

    private Metadata metadataBesides(String path) throws java.io.IOException {
      if (metadata == null) {
        metadata = new HashMap<>();
      }
      String dir = path.substring(0, Math.max(path.lastIndexOf('/'), 0) + 1);
      Metadata m = metadata.get(dir);
      if (m == null) {
        m = Metadata.besides(path);
        metadata.put(dir, m);
      }
      return m;
    }

    @ProcessElement
    public void process(@Element List<String> batch, MultiOutputReceiver out) {
      Metadata[] given = {Metadata.NONE};
      ArticleParser.Sink sink = new ArticleParser.Sink() {
        @Override
        public void article(Article a) {
          read.inc();
          Progress.articleRead();
          out.get(ARTICLES).output(given[0].apply(a));
        }

        @Override
        public void error(DeadLetter e) {
          failed.inc();
          out.get(DeadLetterStage.FAILED).output(e);
        }
      };
      for (String path : batch) {
        files.inc();
        try {
          given[0] = metadataBesides(path);
        } catch (Exception e) {
          sink.error(DeadLetter.of(path, ArticleParser.fileId(path), ArticleParser.STAGE, e));
          continue;
        }
        try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)))) {
          ArticleParser.parse(path, in, limits, sink);
        } catch (Exception e) {
          sink.error(DeadLetter.of(path, ArticleParser.fileId(path), ArticleParser.STAGE, e));
        }
      }
    }
  }
}
