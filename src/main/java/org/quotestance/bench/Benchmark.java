package org.quotestance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.quotestance.cli.RunCommand;
import org.quotestance.nlp.NlpAnnotator;

/**
 * Times quote-stance against plain CoreNLP on the same articles, in one JVM.
 *
 * <p>(a) quote-stance: the model load ({@link NlpAnnotator#pipeline()}) is timed on its own, then
 * the real job ({@link RunCommand#run}) runs on copies of the N articles and reuses the loaded
 * pipeline; with a repeat scale K it runs again on K×N articles. (b) plain CoreNLP: one
 * {@code StanfordCoreNLP} with only the {@code annotators} property set
 * ({@value #CORENLP_ANNOTATORS}), every other property at its default, models from the
 * classpath; {@code annotate} on each text in turn, on one thread.
 *
 * <p>Each phase gets its own heap peak, CPU and GC figures (see {@link Sampler}). Between the
 * phases the first phase's pipeline is released (its static reference cleared, CoreNLP's global
 * annotator cache emptied) and the heap collected, so the second phase's peak is its own.
 */
public final class Benchmark {
  static final String CORENLP_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  static final String DEFAULT_INPUT = "../shared/data/polnear/dev/text/*.txt";
  static final ObjectMapper JSON = new ObjectMapper();

  static final String USAGE = """
      usage: java -Xmx6g -cp target/quote-stance.jar org.quotestance.bench.Benchmark [options]
             bench/run-benchmark.sh [options]          (builds the jar if missing, sets -Xmx)

      Times quote-stance (a) and plain CoreNLP (b) on the same N articles in one JVM and prints
      a table, then one JSON line. Run it from the project directory (the job's default claim
      file, pipelines/turkey-daesh-oil.json, is a relative path).

        --articles=N         articles to use: the input files sorted by file name, first N  [40]
        --input=PATTERNS     comma-separated file patterns (Beam globs), one article per .txt file
                             [%s]
        --repeat-scale=K     also run (a) on K×N articles (K×N distinct files if the patterns
                             match that many, else the N repeated K times under new names) and
                             report time(K×N)/time(N) after model load; 1 turns it off      [4]
        --order=ab|ba        ab: (a) first, on a cold JVM; ba: (b) first                    [ab]
        --claim=FILE         claim file passed to the job          [the job's default]
        --no-warmup          no warm-up. By default each phase first processes article 1 alone,
                             timed apart: (a) runs the job on it, (b) annotates it. The first
                             call pays JIT compilation and lazy initialisation (seconds), which
                             would otherwise count against whichever phase runs first.
        --skip-corenlp       run (a) only
        --keep               keep the temporary input and output directories
        --help               this message

      (a) quote-stance: model load = NlpAnnotator.pipeline(), timed alone; then
          RunCommand.run(--input=<copies of the N files> --output=<temp> --scope=all --noAnnotationCache), which
          reuses the loaded pipeline (DirectRunner, default options). Per-stage time is read
          from the job's run.json (stage_seconds: DoFn time summed over worker threads).
      (b) plain CoreNLP: new StanfordCoreNLP(props) with only
          annotators=%s
          (coref: CoreNLP's English default, the statistical model; models from the classpath),
          then annotate(new Annotation(text)) for each article on one thread (CoreNLP's
          "threads" property defaults to 1 and only applies to multi-document calls).

      Throughput counts whitespace tokens of the raw files, the same definition for (a) and (b).
      Heap is polled every %d ms per phase (max used heap); CPU = process CPU time / wall time.
      CPU used by other processes on the machine (from /proc/stat) is reported per phase: if it
      is not near 0, the machine was shared and the timings are not clean.
      The JVM needs about 6 GB of heap: -Xmx6g.
      """.formatted(DEFAULT_INPUT, CORENLP_ANNOTATORS, Sampler.PERIOD_MILLIS);

  record Options(int articles, String input, int repeatScale, String order, String claim,
      boolean skipCoreNlp, boolean keep, boolean warmup) {}

  /** One (a) job run. */
  record JobRun(int articles, long tokens, Sampler.Stats stats, JsonNode runJson, String summary) {}

  /** Phase (a): load and one or two job runs. */
  record QuoteStanceResult(Sampler.Stats load, long retainedHeap, Sampler.Stats warmup, JobRun base, JobRun scaled,
      boolean scaledDistinct) {}

  /** Phase (b). */
  record CoreNlpResult(Sampler.Stats load, long retainedHeap, Sampler.Stats warmup, Sampler.Stats annotate,
      long coreNlpTokens,
      long quotes, long sentences, List<String> failures) {}

  private Benchmark() {}

  public static void main(String[] args) {
    int status;
    try {
      status = run(args, System.out, System.err);
    } catch (IOException | RuntimeException e) {
      System.err.println("benchmark: " + e);
      e.printStackTrace(System.err);
      status = 1;
    }
    System.exit(status);
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("benchmark: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (o == null) {
      out.print(USAGE);
      return 0;
    }

    List<Path> all = Corpus.match(o.input());
    if (all.isEmpty()) {
      err.println("benchmark: no file matched --input=" + o.input() + " (run from the project directory?)");
      return 2;
    }
    for (Path p : all) {
      if (!p.getFileName().toString().endsWith(".txt")) {
        err.println("benchmark: only .txt files (one article per file) can be benchmarked: " + p);
        return 2;
      }
    }
    if (all.size() < o.articles()) {
      err.printf("benchmark: --input matched only %d files, using all of them%n", all.size());
    }
    List<Corpus.Article> articles = new ArrayList<>();
    for (Path p : all.subList(0, Math.min(o.articles(), all.size()))) {
      articles.add(Corpus.read(p, p.getFileName().toString()));
    }
    articles = Corpus.uniqueNames(articles);

    long maxHeap = Runtime.getRuntime().maxMemory();
    out.printf(Locale.ROOT, "quote-stance benchmark: %d articles (%s), %,d whitespace tokens, %,d chars%n",
        articles.size(), o.input(), Corpus.tokens(articles), Corpus.chars(articles));
    out.printf(Locale.ROOT, "JVM %s, max heap %s, %d available processors, order %s%n",
        System.getProperty("java.version"), gb(maxHeap), Runtime.getRuntime().availableProcessors(), o.order());
    if (maxHeap < 5L << 30) {
      err.println("benchmark: warning: max heap is " + gb(maxHeap) + "; CoreNLP with coref needs about 6 GB (-Xmx6g)");
    }
    out.flush();

    Path tmp = Files.createTempDirectory("quote-stance-bench-");
    QuoteStanceResult a = null;
    CoreNlpResult b = null;
    List<String> notes = new ArrayList<>();
    try (Sampler sampler = new Sampler()) {
      if (o.order().equals("ab")) {
        a = quoteStance(sampler, o, all, articles, tmp, err);
        if (!o.skipCoreNlp()) {
          notes.add(releaseQuoteStance());
          b = coreNlp(sampler, o, articles, err);
        }
      } else {
        if (!o.skipCoreNlp()) {
          b = coreNlp(sampler, o, articles, err);
          notes.add(releaseCoreNlp());
        }
        a = quoteStance(sampler, o, all, articles, tmp, err);
      }
    } finally {
      if (o.keep()) {
        err.println("benchmark: kept " + tmp);
      } else {
        Corpus.deleteTree(tmp);
      }
    }
    Report.print(out, o, articles, a, b, notes);
    return a.base().runJson() == null ? 1 : 0;
  }

  static Options parse(String[] args) {
    int n = 40;
    String input = DEFAULT_INPUT;
    int scale = 4;
    String order = "ab";
    String claim = null;
    boolean skip = false;
    boolean keep = false;
    boolean warmup = true;
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return null;
      } else if (arg.startsWith("--articles=")) {
        n = positive(arg);
      } else if (arg.startsWith("--input=")) {
        input = value(arg);
      } else if (arg.startsWith("--repeat-scale=")) {
        scale = positive(arg);
      } else if (arg.startsWith("--order=")) {
        order = value(arg);
        if (!order.equals("ab") && !order.equals("ba")) {
          throw new IllegalArgumentException("--order must be ab or ba, not " + order);
        }
      } else if (arg.startsWith("--claim=")) {
        claim = value(arg);
      } else if (arg.equals("--skip-corenlp")) {
        skip = true;
      } else if (arg.equals("--keep")) {
        keep = true;
      } else if (arg.equals("--no-warmup")) {
        warmup = false;
      } else {
        throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    return new Options(n, input, scale, order, claim, skip, keep, warmup);
  }

  private static String value(String arg) {
    String v = arg.substring(arg.indexOf('=') + 1);
    if (v.isBlank()) {
      throw new IllegalArgumentException(arg + ": empty value");
    }
    return v;
  }

  private static int positive(String arg) {
    try {
      int v = Integer.parseInt(value(arg));
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new IllegalArgumentException(arg + ": a positive whole number is needed");
  }

  // ---------------------------------------------------------------- (a) quote-stance

  static QuoteStanceResult quoteStance(Sampler sampler, Options o, List<Path> all, List<Corpus.Article> articles,
      Path tmp, PrintStream err) throws IOException {
    quiesce();
    err.println("benchmark: (a) loading quote-stance's CoreNLP pipeline");
    Sampler.Window w = sampler.open("a-load");
    NlpAnnotator.pipeline();
    Sampler.Stats load = w.close();
    quiesce();
    long retained = Sampler.usedHeap();
    Sampler.Stats warmup = null;
    if (o.warmup()) {
      err.println("benchmark: (a) warm-up: the job on the first article alone");
      warmup = job(sampler, o, "warmup", articles.subList(0, 1), tmp, err).stats();
      quiesce();
    }

    JobRun base = job(sampler, o, "n", articles, tmp, err);
    JobRun scaled = null;
    boolean distinct = false;
    if (o.repeatScale() > 1 && base.runJson() != null) {
      List<Corpus.Article> more = Corpus.scaled(all, articles, o.repeatScale());
      distinct = all.size() >= articles.size() * o.repeatScale();
      quiesce();
      scaled = job(sampler, o, "x" + o.repeatScale(), more, tmp, err);
    }
    return new QuoteStanceResult(load, retained, warmup, base, scaled, distinct);
  }

  private static JobRun job(Sampler sampler, Options o, String label, List<Corpus.Article> articles, Path tmp,
      PrintStream err) throws IOException {
    Path in = Corpus.stage(tmp, "in-" + label, articles);
    Path outDir = tmp.resolve("out-" + label);
    List<String> args = new ArrayList<>(List.of("--input=" + in + "/*", "--output=" + outDir, "--scope=all",
        "--noAnnotationCache")); // the comparison is of annotation itself: a cold cache every time
    if (o.claim() != null) {
      args.add("--claim=" + o.claim());
    }
    err.printf("benchmark: (a) quote-stance job on %d articles: %s%n", articles.size(), String.join(" ", args));
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream jobOut = new PrintStream(captured, true, StandardCharsets.UTF_8);
    Sampler.Window w = sampler.open("a-run-" + label);
    int status = RunCommand.run(args.toArray(String[]::new), jobOut, err);
    Sampler.Stats stats = w.close();
    String summary = captured.toString(StandardCharsets.UTF_8).strip();
    err.println("benchmark: " + (summary.isEmpty() ? "job exit status " + status : summary));
    JsonNode runJson = null;
    Path runJsonFile = outDir.resolve("run.json");
    if (status == 0 && Files.exists(runJsonFile)) {
      runJson = JSON.readTree(runJsonFile.toFile());
    } else {
      err.println("benchmark: the quote-stance job failed (status " + status + ")");
    }
    return new JobRun(articles.size(), Corpus.tokens(articles), stats, runJson, summary);
  }

  /** Clears the job's static pipeline and CoreNLP's annotator cache, so (b) starts from an empty heap. */
  static String releaseQuoteStance() {
    String note;
    try {
      Field f = NlpAnnotator.class.getDeclaredField("pipeline");
      f.setAccessible(true);
      f.set(null, null);
      note = "quote-stance's pipeline was released before (b)";
    } catch (ReflectiveOperationException | RuntimeException e) {
      note = "quote-stance's pipeline could not be released before (b) (" + e + "); (b)'s heap includes it";
    }
    StanfordCoreNLP.clearAnnotatorPool();
    quiesce();
    return note + String.format(Locale.ROOT, "; heap after release %s", gb(Sampler.usedHeap()));
  }

  // ---------------------------------------------------------------- (b) plain CoreNLP

  static CoreNlpResult coreNlp(Sampler sampler, Options o, List<Corpus.Article> articles, PrintStream err) {
    quiesce();
    err.println("benchmark: (b) loading plain CoreNLP: annotators=" + CORENLP_ANNOTATORS);
    Properties props = new Properties();
    props.setProperty("annotators", CORENLP_ANNOTATORS);
    Sampler.Window w = sampler.open("b-load");
    StanfordCoreNLP nlp = new StanfordCoreNLP(props);
    Sampler.Stats load = w.close();
    quiesce();
    long retained = Sampler.usedHeap();
    Sampler.Stats warmup = null;
    if (o.warmup()) {
      err.println("benchmark: (b) warm-up: annotate on the first article");
      w = sampler.open("b-warmup");
      nlp.annotate(new Annotation(articles.get(0).text()));
      warmup = w.close();
      quiesce();
    }

    err.printf("benchmark: (b) plain CoreNLP on %d articles, one thread%n", articles.size());
    long tokens = 0;
    long quotes = 0;
    long sentences = 0;
    List<String> failures = new ArrayList<>();
    w = sampler.open("b-annotate");
    for (Corpus.Article a : articles) {
      try {
        Annotation doc = new Annotation(a.text());
        nlp.annotate(doc);
        tokens += sizeOf(doc.get(CoreAnnotations.TokensAnnotation.class));
        sentences += sizeOf(doc.get(CoreAnnotations.SentencesAnnotation.class));
        quotes += sizeOf(doc.get(CoreAnnotations.QuotationsAnnotation.class));
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
        failures.add(a.name() + ": " + e);
        err.println("benchmark: (b) failed on " + a.name() + ": " + e);
      }
    }
    Sampler.Stats annotate = w.close();
    return new CoreNlpResult(load, retained, warmup, annotate, tokens, quotes, sentences, failures);
  }

  static String releaseCoreNlp() {
    StanfordCoreNLP.clearAnnotatorPool();
    quiesce();
    return String.format(Locale.ROOT, "plain CoreNLP was released before (a); heap after release %s",
        gb(Sampler.usedHeap()));
  }

  private static int sizeOf(List<?> list) {
    return list == null ? 0 : list.size();
  }

  /** Collects garbage (outside any timed window), so the next window starts from live data only. */
  static void quiesce() {
    for (int i = 0; i < 2; i++) {
      System.gc();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  static String gb(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
  }

  static ObjectNode node() {
    return JSON.createObjectNode();
  }
}
