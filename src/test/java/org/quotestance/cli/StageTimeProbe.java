package org.quotestance.cli;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Count;
import org.quotestance.pipeline.QuoteStanceOptions;
import org.quotestance.pipeline.QuoteStancePipeline;

/** Dev tool: runs the job up to stance only (no tables), to time the article stages apart from the tables. */
public final class StageTimeProbe {
  public static void main(String[] args) throws Exception {
    PipelineOptionsFactory.register(QuoteStanceOptions.class);
    QuoteStanceOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(QuoteStanceOptions.class);
    options.as(org.apache.beam.runners.direct.DirectOptions.class).setEnforceImmutability(false);
    options.as(org.apache.beam.runners.direct.DirectOptions.class).setEnforceEncodability(false);
    try (RunCommand.Prepared prepared = RunCommand.Prepared.check(options)) {
      Pipeline p = Pipeline.create(options);
      long t0 = System.nanoTime();
      QuoteStancePipeline.Analysis a = QuoteStancePipeline.analyze(p, prepared.inputs(), prepared.excluded(),
          prepared.claim(), options.getScope(), options.getMaxArticleChars(), options.getOutletRepeatArticles(),
          prepared.cache());
      a.results().apply(Count.globally());
      p.run().waitUntilFinish();
      System.out.printf("stages only: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
  }
}
