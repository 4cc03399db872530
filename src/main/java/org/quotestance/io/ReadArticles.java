package org.quotestance.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.quotestance.pipeline.Coders;
import org.quotestance.pipeline.DeadLetterStage;
import org.quotestance.pipeline.Progress;

/**
 * The read stage: matches the input patterns, reads each file and parses it into articles; a file
 * or record that cannot be read becomes a dead letter. Gzip is decoded by the parser, not by
 * FileIO, so that a corrupt archive is a dead letter rather than a failed run. A metadata.csv next
 * to the files gives outlet, title, url and date to the articles that do not carry them.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {};
  private final List<String> patterns;

  public ReadArticles(List<String> patterns) {
    this.patterns = patterns;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple out = begin
        .apply("Patterns", Create.of(patterns))
        .apply("Match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW_IF_WILDCARD))
        .apply("Open", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
        .apply("Parse", ParDo.of(new ParseFn()).withOutputTags(ARTICLES, TupleTagList.of(DeadLetterStage.FAILED)));
    out.get(DeadLetterStage.FAILED).setCoder(Coders.of(DeadLetter.class));
    // Spread articles over workers: one big JSONL file must not pin all NLP work to one thread.
    return PCollectionTuple.of(ARTICLES, out.get(ARTICLES).setCoder(Coders.of(Article.class))
            .apply("Spread", Reshuffle.viaRandomKey()))
        .and(DeadLetterStage.FAILED, out.get(DeadLetterStage.FAILED));
  }

  private static final class ParseFn extends DoFn<FileIO.ReadableFile, Article> {
    private final Counter files = Metrics.counter(ArticleParser.STAGE, "files");
    private final Counter read = Metrics.counter(ArticleParser.STAGE, "articles");
    private final Counter failed = Metrics.counter(ArticleParser.STAGE, "failed");
    /** metadata.csv by directory, read once per worker. */
    private transient Map<String, Metadata> metadata;

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
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      files.inc();
      String path = file.getMetadata().resourceId().toString();
      ArticleParser.Parsed parsed;
      try {
        parsed = ArticleParser.parse(path, file.readFullyAsBytes());
        Metadata metadata = metadataBesides(path);
        parsed = new ArticleParser.Parsed(parsed.articles().stream().map(metadata::apply).toList(), parsed.errors());
      } catch (Exception e) {
        String id = ArticleParser.stripExtension(ArticleParser.fileName(path));
        parsed = new ArticleParser.Parsed(List.of(), List.of(DeadLetter.of(path, id, ArticleParser.STAGE, e)));
      }
      parsed.articles().forEach(a -> {
        read.inc();
        Progress.articleRead();
        out.get(ARTICLES).output(a);
      });
      parsed.errors().forEach(e -> {
        failed.inc();
        out.get(DeadLetterStage.FAILED).output(e);
      });
    }
  }
}
