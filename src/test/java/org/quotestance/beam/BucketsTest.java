package org.quotestance.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BucketsTest {
  @Test
  void aKeyAlwaysFallsInTheSameBucketInRange() {
    for (String key : List.of("", "Ann Roe", "Turkey", "ülkü")) {
      int b = Buckets.bucket(StringUtf8Coder.of(), key, 64);
      assertTrue(b >= 0 && b < 64, key + " -> " + b);
      assertEquals(b, Buckets.bucket(StringUtf8Coder.of(), new String(key.toCharArray()), 64));
    }
    long used = IntStream.range(0, 1000).map(i -> Buckets.bucket(StringUtf8Coder.of(), "name " + i, 64)).distinct().count();
    assertTrue(used > 48, "a thousand keys spread over most buckets, not " + used);
  }

  @Test
  void perKeyAccumulatorsMergeKeyByKey() {
    Buckets.PerKeyFn<String, Long, long[], Long> fn =
        new Buckets.PerKeyFn<>(Sum.ofLongs(), StringUtf8Coder.of(), null);
    Map<String, long[]> first = fn.createAccumulator();
    fn.addInput(first, KV.of("a", 1L));
    fn.addInput(first, KV.of("b", 2L));
    fn.addInput(first, KV.of("a", 3L));
    Map<String, long[]> second = fn.createAccumulator();
    fn.addInput(second, KV.of("a", 10L));
    fn.addInput(second, KV.of("c", 5L));
    Map<String, Long> out = fn.extractOutput(fn.mergeAccumulators(List.of(first, second)));
    assertEquals(Map.of("a", 14L, "b", 2L, "c", 5L), out);
  }

  @Test
  void combineAndGroupGiveEveryKeyItsOwnResult() throws Throwable {
    BeamTests.withPipeline(BucketsTest.class, p -> {
      PCollection<KV<String, Long>> votes = p.apply(Create.of(KV.of("a", 1L), KV.of("b", 2L), KV.of("a", 3L), KV.of("c", 4L))
          .withCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
      PAssert.that(votes.apply("Sum", Buckets.combinePerKey(Sum.ofLongs())))
          .containsInAnyOrder(KV.of("a", 4L), KV.of("b", 2L), KV.of("c", 4L));
      PAssert.that(votes.apply("Group", Buckets.<String, Long>groupByKey())
              .apply(MapElements.into(TypeDescriptors.strings()).via(e -> {
                List<Long> values = new ArrayList<>(e.getValue());
                values.sort(null);
                return e.getKey() + values;
              })))
          .containsInAnyOrder("a[1, 3]", "b[2]", "c[4]");
      p.run().waitUntilFinish();
    });
  }

  @Test
  void regroupKeepsEveryElementInFewBundles() {
    List<String> names = IntStream.range(0, 300).mapToObj(i -> "article-" + i).toList();
    // One element per bundle, as the article stages' spread leaves them on the DirectRunner.
    assertTrue(bundles(names, false) > 200, "the test sees per-element bundles without regroup");
    assertTrue(bundles(names, true) <= Buckets.DEFAULT);
  }

  private static long bundles(List<String> names, boolean regroup) {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<String> spread = p.apply(Create.of(names)).apply(Reshuffle.viaRandomKey());
    PCollection<String> regrouped = regroup ? spread.apply(Buckets.regroup(s -> s)) : spread;
    PCollection<String> counted = regrouped.apply(ParDo.of(new CountBundles()));
    PAssert.that(counted).containsInAnyOrder(names);
    PipelineResult result = p.run();
    result.waitUntilFinish();
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(BucketsTest.class, "bundles")).build()).getCounters()) {
      return c.getAttempted();
    }
    throw new AssertionError("no bundle counter");
  }

  private static final class CountBundles extends DoFn<String, String> {
    private final Counter bundles = Metrics.counter(BucketsTest.class, "bundles");

    @StartBundle
    public void start() {
      bundles.inc();
    }

    @ProcessElement
    public void process(@Element String s, OutputReceiver<String> out) {
      out.output(s);
    }
  }
}
