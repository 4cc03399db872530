package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.pipeline.QuoteStanceOptions;

/** The DirectRunner options the job sets unless the user does. */
@Tag("unit")
class DirectRunnerDefaultsTest {
  private static DirectOptions tuned(String... args) {
    QuoteStanceOptions options = PipelineOptionsFactory.fromArgs(args).as(QuoteStanceOptions.class);
    RunCommand.directRunnerDefaults(options, args);
    return options.as(DirectOptions.class);
  }

  @Test
  void oneThreadPerCoreAndNoElementChecksByDefault() {
    DirectOptions direct = tuned("--input=a.txt");
    assertEquals(Math.max(2, Runtime.getRuntime().availableProcessors()), direct.getTargetParallelism());
    assertFalse(direct.isEnforceImmutability());
    assertFalse(direct.isEnforceEncodability());
  }

  @Test
  void whatTheUserSetsStays() {
    DirectOptions direct = tuned("--targetParallelism=5", "--enforceImmutability=true", "--enforceEncodability=true");
    assertEquals(5, direct.getTargetParallelism());
    assertTrue(direct.isEnforceImmutability());
    assertTrue(direct.isEnforceEncodability());
  }

  @Test
  void atLeastTwoThreadsSoWorkGoesOnWhileTheDriverRuns() {
    assertEquals(2, RunCommand.directRunnerThreads(1));
    assertEquals(2, RunCommand.directRunnerThreads(2));
    assertEquals(8, RunCommand.directRunnerThreads(8));
  }
}
