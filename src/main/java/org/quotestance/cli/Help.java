package org.quotestance.cli;

import java.io.PrintStream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.quotestance.pipeline.QuoteStanceOptions;

/** --help: the job's options (from the options interface) and the eval command. */
final class Help {
  private Help() {}

  static void print(PrintStream out) {
    out.println("quote-stance: finds quotes in news articles, links them to speakers and classifies their stance");
    out.println("toward a claim.");
    out.println();
    out.println("usage: java -jar target/quote-stance.jar [--input=PATTERNS|FOLDER] [--output=DIR] [--claim=FILE]");
    out.println("                                         [--scope=all|claim] [--maxArticleChars=N] [--runner=RUNNER]");
    out.println("                                         [--quiet] [--annotationCache=DIR | --noAnnotationCache]");
    out.println("                                         [--annotationCacheMaxMB=N] [--outletRepeatArticles=K]");
    out.println("       java -jar target/quote-stance.jar eval --gold=GOLD.jsonl --predicted=OUTPUT_DIR");
    out.println("                                         [--texts=DIR] [--affiliations=FILE] [--json] [--speech-only] [--errors]");
    out.println();
    PipelineOptionsFactory.register(QuoteStanceOptions.class);
    PipelineOptionsFactory.printHelp(out, QuoteStanceOptions.class);
  }
}
