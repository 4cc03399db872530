package org.quotestance.beam;

import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A stage that throws on one element sends it to the dead letters and processes the rest. */
@Tag("unit")
class DeadLetterStageTest {
  @Test
  void failingElementBecomesADeadLetterAndTheOthersGoOn() throws Throwable {
    BeamTests.withPipeline(DeadLetterStageTest.class, p -> {
      DeadLetterStage<String, String> stage = new DeadLetterStage<>("shout",
          (s, out) -> {
            if (s.equals("boom")) {
              throw new IllegalStateException("cannot shout " + s);
            }
            if (s.equals("deep")) {
              throw new StackOverflowError(); // what a runaway parse looks like
            }
            out.accept(s.toUpperCase());
          },
          (s, name, e) -> DeadLetter.of("input.jsonl", s, name, e),
          StringUtf8Coder.of(), null);
      PCollectionTuple out = p.apply(Create.of("a", "boom", "b", "deep")).apply(stage);
      PAssert.that(out.get(stage.ok())).containsInAnyOrder("A", "B");
      PAssert.that(out.get(DeadLetterStage.FAILED)).containsInAnyOrder(
          new DeadLetter("input.jsonl", "boom", "shout", "IllegalStateException: cannot shout boom"),
          new DeadLetter("input.jsonl", "deep", "shout", "RuntimeException: java.lang.StackOverflowError"));
      p.run().waitUntilFinish();
    });
  }

  @Test
  void outOfMemoryFailsTheRunInsteadOfBecomingADeadLetter() {
    Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, () ->
        BeamTests.withPipeline(DeadLetterStageTest.class, p -> {
          DeadLetterStage<String, String> stage = new DeadLetterStage<>("hog",
              (s, out) -> {
                throw new OutOfMemoryError("Java heap space"); // what a decompression bomb did
              },
              (s, name, e) -> DeadLetter.of("input.jsonl", s, name, e),
              StringUtf8Coder.of(), null);
          p.apply(Create.of("a")).apply(stage);
          p.run().waitUntilFinish();
        }));
    Throwable t = thrown;
    while (t != null && !(t instanceof OutOfMemoryError)) {
      t = t.getCause();
    }
    org.junit.jupiter.api.Assertions.assertNotNull(t, "the OutOfMemoryError reaches the driver: " + thrown);
  }
}
