package org.quotestance.dev;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleParser;
import org.quotestance.nlp.AnnotatedArticle;
import org.quotestance.nlp.NlpAnnotator;
import org.quotestance.quote.ArticleQuotes;
import org.quotestance.quote.QuoteExtractor;
import org.quotestance.quote.ReportingLexicon;
import org.quotestance.speaker.AttributedQuotes;
import org.quotestance.speaker.Countries;
import org.quotestance.speaker.SpeakerResolver;
import org.quotestance.stance.ArticleStances;
import org.quotestance.stance.Claim;
import org.quotestance.stance.StanceClassifier;
import org.quotestance.table.*;
import org.quotestance.text.CleanedArticle;
import org.quotestance.text.TextCleaner;

/**
 * Developer loop, not part of the product: annotates a folder once (cached with Java
 * serialization), then reruns the quote, speaker and stance stages and writes quotes.csv, so a
 * change to those stages can be evaluated in seconds. Usage: DevLoop TEXT_DIR CACHE OUT_DIR [CLAIM]
 */
public final class DevLoop {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Path out = Path.of(args[2]);
    String claimFile = args.length > 3 ? args[3] : "pipelines/turkey-daesh-oil.json";
    List<AnnotatedArticle> annotated;
    if (Files.exists(cache)) {
      try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
        @SuppressWarnings("unchecked") List<AnnotatedArticle> a = (List<AnnotatedArticle>) in.readObject();
        annotated = a;
      }
    } else {
      annotated = annotate(dir);
      try (ObjectOutputStream o = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
        o.writeObject(new ArrayList<>(annotated));
      }
    }
    Claim claim = Claim.parse(Files.readAllBytes(Path.of(claimFile)));
    ReportingLexicon lexicon = ReportingLexicon.load();
    QuoteExtractor extractor = new QuoteExtractor(lexicon);
    SpeakerResolver resolver = new SpeakerResolver(lexicon, Countries.get(), claim.knownSpeakers());
    ArticleStances stances = new ArticleStances(new StanceClassifier(claim));
    List<ArticleResult> results = new ArrayList<>();
    long t0 = System.nanoTime();
    for (AnnotatedArticle a : annotated) {
      ArticleQuotes q = new ArticleQuotes(a, new ArrayList<>(extractor.extract(a.parsed(), titleEnd(a))));
      AttributedQuotes aq = new AttributedQuotes(q, new ArrayList<>(resolver.resolve(a.parsed(), q.quotes())));
      results.add(QuoteRows.of(aq, stances.classify(a.parsed(), q.quotes(), aq.speakers())));
    }
    Tables t = TableBuilder.build(results, List.of());
    Files.createDirectories(out);
    try (Writer w = Files.newBufferedWriter(out.resolve("quotes.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build())) {
      p.printRecord(Tables.QUOTE_HEADER);
      for (QuoteRow r : t.quotes()) {
        p.printRecord(r.articleId(), r.outlet(), r.quoteId(), r.kind(), r.start(), r.end(), r.text(), r.speaker(),
            r.speakerMention(), r.affiliation(), r.cue(), r.stance(), r.confidence(), r.evidence());
      }
    }
    System.err.printf("devloop: %d articles, %d quotes in %.1f s%n", annotated.size(), t.quotes().size(),
        (System.nanoTime() - t0) / 1e9);
  }

  static int titleEnd(AnnotatedArticle a) {
    String title = a.cleaned().clean().title();
    String text = a.cleaned().clean().text();
    return !title.isEmpty() && text.startsWith(title) ? title.length() : 0;
  }

  private static List<AnnotatedArticle> annotate(Path dir) throws Exception {
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    TextCleaner cleaner = TextCleaner.create();
    NlpAnnotator.pipeline();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<AnnotatedArticle>> futures = new ArrayList<>();
    for (Path f : files) {
      for (Article art : ArticleParser.parse(f.toString(), Files.readAllBytes(f)).articles()) {
        futures.add(pool.submit(() -> {
          CleanedArticle c = new CleanedArticle(art, cleaner.clean(art.text()));
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
