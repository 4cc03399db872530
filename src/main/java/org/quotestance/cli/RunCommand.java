package org.quotestance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.quotestance.io.InputFiles;
import org.quotestance.nlp.AnnotationCache;
import org.quotestance.pipeline.QuoteStanceOptions;
import org.quotestance.pipeline.QuoteStancePipeline;
import org.quotestance.stance.Claim;
import org.quotestance.table.RunInfo;

/**
 * Runs the job: checks what can be checked before any work (inputs match, claim file parses,
 * output is writable) and exits 2 with one line if not; runs the pipeline into a staging
 * directory; then publishes the complete set of tables into --output.
 */
public final class RunCommand {
  public static final int USAGE_ERROR = 2;

  private RunCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      Help.print(out);
      return 0;
    }
    long started = System.nanoTime();
    QuoteStanceOptions options;
    Prepared prepared;
    try {
      PipelineOptionsFactory.register(QuoteStanceOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(QuoteStanceOptions.class);
      FileSystems.setDefaultPipelineOptions(options);
      directRunnerDefaults(options, args);
      prepared = Prepared.check(options);
    } catch (IllegalArgumentException | IOException e) {
      err.println("quote-stance: " + oneLine(e.getMessage()));
      return USAGE_ERROR;
    }
    try (prepared) {
      Pipeline p = Pipeline.create(options);
      QuoteStancePipeline.build(p, prepared.inputs(), prepared.excluded(), prepared.claim(), options.getScope(),
          options.getMaxArticleChars(), options.getOutletRepeatArticles(), prepared.cache(), prepared.info());
      try (ProgressReporter progress = options.getQuiet() ? null
          : ProgressReporter.start(err, ProgressReporter.DEFAULT_PERIOD_MILLIS)) {
        PipelineResult result = p.run();
        result.waitUntilFinish();
        if (prepared.cache() != null) {
          AnnotationCache.open(prepared.cache()).evict(); // keep the bound after the run's writes
        }
        Publisher.publish(prepared, options, result, (System.nanoTime() - started) / 1e9);
      } catch (IOException | RuntimeException e) {
        Publisher.discard(prepared);
        err.println("quote-stance: run failed: " + oneLine(e.toString()));
        return 1;
      } catch (Error e) {
        Publisher.discard(prepared);
        throw e;
      }
    }
    out.println(Publisher.summary(options.getOutput(), prepared));
    return 0;
  }

  /**
   * The DirectRunner's defaults, unless the user sets them. It re-encodes every element to check that DoFns neither mutate nor fail to encode
   * them; the stages pass whole parsed articles, so that check costs more than the work. Tests keep
   * it (TestPipeline), and so does a user who sets the options.
   */
  static void directRunnerDefaults(QuoteStanceOptions options, String[] args) {
    String given = String.join(" ", args);
    DirectOptions direct = options.as(DirectOptions.class);
    if (!given.contains("--enforceImmutability")) {
      direct.setEnforceImmutability(false);
    }
    if (!given.contains("--enforceEncodability")) {
      direct.setEnforceEncodability(false);
    }
    if (!given.contains("--targetParallelism")) {
      direct.setTargetParallelism(directRunnerThreads(Runtime.getRuntime().availableProcessors()));
    }
  }

  /**
   * One DirectRunner thread per core, not Beam's default of at least three: the runner's driver is a
   * loop that resubmits itself to the same pool after every pass, so a thread more than there are
   * cores spins that loop on a core the work needs (a second run over 924 cached articles on 2 cores:
   * median 16.9 s against 18.6 s). Two at least, so that work goes on while the driver runs.
   */
  static int directRunnerThreads(int cores) {
    return Math.max(2, cores);
  }

  static String oneLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Everything checked before the run; {@code output} (null for a remote --output) holds its lock. */
  record Prepared(List<String> inputs, InputFiles.Excluded excluded, Claim claim, RunInfo info, OutputDir output,
      AnnotationCache.Settings cache) implements AutoCloseable {
    static Prepared check(QuoteStanceOptions o) throws IOException {
      return Preflight.check(o);
    }

    @Override
    public void close() {
      if (output != null) {
        output.close();
      }
    }
  }
}
