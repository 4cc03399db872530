package org.quotestance.beam;

import org.apache.beam.sdk.testing.TestPipeline;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * Runs a test body inside Beam's TestPipeline rule under JUnit 5: the rule checks that the
 * pipeline was run and every PAssert was applied, as it does under JUnit 4's @Rule.
 */
public final class BeamTests {
  private BeamTests() {}

  public interface Body {
    void run(TestPipeline pipeline) throws Exception;
  }

  public static void withPipeline(Class<?> testClass, Body body) throws Throwable {
    TestPipeline pipeline = TestPipeline.create();
    pipeline.apply(new Statement() {
      @Override
      public void evaluate() throws Throwable {
        body.run(pipeline);
      }
    }, Description.createTestDescription(testClass, "pipeline")).evaluate();
  }
}
