package org.quotestance.dev;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleParser;
import org.quotestance.nlp.AnnotatedArticle;
import org.quotestance.nlp.NlpAnnotator;
import org.quotestance.quote.ArticleQuotes;
import org.quotestance.quote.ExtractQuotes;
import org.quotestance.quote.QuoteExtractor;
import org.quotestance.quote.ReportingLexicon;
import org.quotestance.speaker.AttributedQuotes;
import org.quotestance.speaker.Countries;
import org.quotestance.speaker.SpeakerResolver;
import org.quotestance.stance.ArticleStances;
import org.quotestance.stance.Claim;
import org.quotestance.stance.StanceClassifier;
import org.quotestance.table.ArticleResult;
import org.quotestance.table.QuoteRow;
import org.quotestance.table.QuoteRows;
import org.quotestance.table.TableBuilder;
import org.quotestance.table.TableWriter;
import org.quotestance.table.Tables;
import org.quotestance.text.CleanedArticle;
import org.quotestance.text.TextCleaner;

/**
 * Developer loop, not a test and not the product: annotates a folder of .txt articles once (a
 * Java-serialised cache), then reruns only the quote, speaker and stance stages and writes
 * quotes.csv, so a change to those stages is evaluated in seconds instead of minutes.
 * Usage: DevLoop TEXT_DIR CACHE OUT_DIR [CLAIM]; delete CACHE after changing cleaning or NLP.
 */
public final class DevLoop {
  private DevLoop() {}

  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args[1]);
    List<AnnotatedArticle> annotated = Files.exists(cache) ? readCache(cache) : writeCache(cache, annotate(Path.of(args[0])));
    Claim claim = Claim.parse(Files.readAllBytes(Path.of(args.length > 3 ? args[3] : "pipelines/turkey-daesh-oil.json")));
    ReportingLexicon lexicon = ReportingLexicon.load();
    QuoteExtractor extractor = new QuoteExtractor(lexicon);
    SpeakerResolver resolver = new SpeakerResolver(lexicon, Countries.get(), claim.knownSpeakers());
    ArticleStances stances = new ArticleStances(new StanceClassifier(claim));
    List<ArticleResult> results = new ArrayList<>();
    StringBuilder rules = new StringBuilder();
    for (AnnotatedArticle a : annotated) {
      ArticleQuotes q = new ArticleQuotes(a, new ArrayList<>(extractor.extract(a.parsed(), ExtractQuotes.titleEnd(a))));
      AttributedQuotes aq = new AttributedQuotes(q, new ArrayList<>(resolver.resolve(a.parsed(), q.quotes())));
      results.add(QuoteRows.of(aq, stances.classify(a.parsed(), q.quotes(), aq.speakers())));
      for (int i = 0; i < q.quotes().size(); i++) {
        var sp = aq.speakers().get(i);
        rules.append(a.cleaned().article().id()).append('\t').append(q.quotes().get(i).start()).append('\t')
            .append(sp.name()).append('\t').append(sp.mention()).append('\t').append(sp.affiliation()).append('\t')
            .append(sp.rule()).append('\n');
      }
    }
    Tables tables = TableBuilder.build(results, List.of());
    writeQuotes(Path.of(args[2]), tables.quotes());
    // not a table of the product: which speaker rule chose each quote's speaker, for error analysis
    Files.writeString(Path.of(args[2]).resolve("speaker-rules.tsv"), rules.toString(), StandardCharsets.UTF_8);
    System.err.printf("devloop: %d articles, %d quotes%n", annotated.size(), tables.quotes().size());
  }

  private static void writeQuotes(Path dir, List<QuoteRow> quotes) throws Exception {
    Files.createDirectories(dir);
    try (Writer w = Files.newBufferedWriter(dir.resolve("quotes.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build())) {
      p.printRecord(Tables.QUOTE_HEADER);
      for (QuoteRow r : quotes) {
        p.printRecord(TableWriter.quoteCsvRow(r));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<AnnotatedArticle> readCache(Path cache) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
      return (List<AnnotatedArticle>) in.readObject();
    }
  }

  private static List<AnnotatedArticle> writeCache(Path cache, List<AnnotatedArticle> annotated) throws Exception {
    try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
      out.writeObject(new ArrayList<>(annotated));
    }
    return annotated;
  }

  private static List<AnnotatedArticle> annotate(Path dir) throws Exception {
    List<Path> files;
    try (var listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    TextCleaner cleaner = TextCleaner.create();
    NlpAnnotator.pipeline();
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Future<AnnotatedArticle>> futures = new ArrayList<>();
    for (Path f : files) {
      for (Article article : ArticleParser.parse(f.toString(), Files.readAllBytes(f)).articles()) {
        futures.add(pool.submit(() -> {
          CleanedArticle c = new CleanedArticle(article, cleaner.clean(article.text()));
          return new AnnotatedArticle(c, NlpAnnotator.annotate(c.clean().text()));
        }));
      }
    }
    List<AnnotatedArticle> out = new ArrayList<>();
    for (Future<AnnotatedArticle> f : futures) {
      out.add(f.get());
    }
    pool.shutdown();
    return out;
  }
}
