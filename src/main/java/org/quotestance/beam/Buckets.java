package org.quotestance.beam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Groupings by key done per bucket of keys, a bounded number of them. The DirectRunner makes a bundle
 * of every key a GroupByKey emits and translates every ParDo downstream again for each bundle
 * (serializing its DoFn and reading it back twice): keyed per speaker, affiliation, name or article,
 * the table stage was most of a run over cached annotations. With keys folded into at most
 * {@link #DEFAULT} buckets there are at most that many bundles, and a cluster still spreads the
 * buckets over its workers. The values of one bucket's keys are held together in memory, so these
 * are for small values (counts, names, ids), not whole articles.
 */
public final class Buckets {
  /**
   * Few enough for the DirectRunner (16 against 64: a second run over 924 cached articles took 47–56
   * instead of 67–69 CPU-seconds), enough to spread the light table work of a cluster.
   */
  public static final int DEFAULT = 16;

  private Buckets() {}

  /** The key's bucket, from its encoded bytes: the same on every JVM and runner. */
  static <K> int bucket(Coder<K> keyCoder, K key, int buckets) {
    try {
      return Math.floorMod(Arrays.hashCode(CoderUtils.encodeToByteArray(keyCoder, key)), buckets);
    } catch (CoderException e) {
      throw new IllegalStateException("cannot encode key " + key, e);
    }
  }

  /** {@code Combine.perKey(fn)}, one accumulator map per bucket. */
  public static <K, I, A, O> PTransform<PCollection<KV<K, I>>, PCollection<KV<K, O>>> combinePerKey(
      Combine.CombineFn<I, A, O> fn) {
    return new CombinePerKey<>(fn, DEFAULT);
  }

  /** {@code GroupByKey}, each key's values as a list; one bucket's values at a time in memory. */
  public static <K, V> PTransform<PCollection<KV<K, V>>, PCollection<KV<K, List<V>>>> groupByKey() {
    return new GroupPerKey<>(DEFAULT);
  }

  /**
   * The same elements, regrouped into at most {@link #DEFAULT} bundles by a bucket of {@code key}. A
   * plain GroupByKey, not {@code Reshuffle}: Reshuffle's trigger fires for every arriving bundle, so
   * on the DirectRunner one element per bundle stays one element per bundle.
   */
  public static <T> PTransform<PCollection<T>, PCollection<T>> regroup(SerializableFunction<T, String> key) {
    return regroup(key, DEFAULT);
  }

  /** {@link #regroup(SerializableFunction)} into at most {@code buckets} bundles. */
  public static <T> PTransform<PCollection<T>, PCollection<T>> regroup(SerializableFunction<T, String> key, int buckets) {
    return new Regroup<>(key, buckets);
  }

  static final class Regroup<T> extends PTransform<PCollection<T>, PCollection<T>> {
    private final SerializableFunction<T, String> key;
    private final int buckets;

    Regroup(SerializableFunction<T, String> key, int buckets) {
      this.key = key;
      this.buckets = buckets;
    }

    @Override
    public PCollection<T> expand(PCollection<T> input) {
      Coder<T> coder = input.getCoder();
      return input
          .apply("ToBucket", ParDo.of(new DoFn<T, KV<Integer, T>>() {
            @ProcessElement
            public void process(@Element T e, OutputReceiver<KV<Integer, T>> out) {
              out.output(KV.of(bucket(StringUtf8Coder.of(), key.apply(e), buckets), e));
            }
          }))
          .setCoder(KvCoder.of(VarIntCoder.of(), coder))
          .apply("PerBucket", GroupByKey.create())
          .apply("Ungroup", ParDo.of(new DoFn<KV<Integer, Iterable<T>>, T>() {
            @ProcessElement
            public void process(@Element KV<Integer, Iterable<T>> e, OutputReceiver<T> out) {
              e.getValue().forEach(out::output);
            }
          }))
          .setCoder(coder);
    }
  }

  static final class CombinePerKey<K, I, A, O> extends PTransform<PCollection<KV<K, I>>, PCollection<KV<K, O>>> {
    private final Combine.CombineFn<I, A, O> fn;
    private final int buckets;

    CombinePerKey(Combine.CombineFn<I, A, O> fn, int buckets) {
      this.fn = fn;
      this.buckets = buckets;
    }

    @Override
    public PCollection<KV<K, O>> expand(PCollection<KV<K, I>> input) {
      KvCoder<K, I> inputCoder = (KvCoder<K, I>) input.getCoder();
      Coder<K> keyCoder = inputCoder.getKeyCoder();
      CoderRegistry registry = input.getPipeline().getCoderRegistry();
      Coder<O> outputCoder;
      Coder<A> accumulatorCoder;
      try {
        accumulatorCoder = fn.getAccumulatorCoder(registry, inputCoder.getValueCoder());
        outputCoder = fn.getDefaultOutputCoder(registry, inputCoder.getValueCoder());
      } catch (CannotProvideCoderException e) {
        throw new IllegalArgumentException("no coder for " + fn.getClass().getSimpleName(), e);
      }
      return input
          .apply("ToBucket", ParDo.of(new ToBucketFn<K, I>(keyCoder, buckets)))
          .setCoder(KvCoder.of(VarIntCoder.of(), inputCoder))
          .apply("PerBucket", Combine.perKey(new PerKeyFn<>(fn, keyCoder, accumulatorCoder)))
          .apply("PerKey", ParDo.of(new DoFn<KV<Integer, Map<K, O>>, KV<K, O>>() {
            @ProcessElement
            public void process(@Element KV<Integer, Map<K, O>> e, OutputReceiver<KV<K, O>> out) {
              e.getValue().forEach((k, o) -> out.output(KV.of(k, o)));
            }
          }))
          .setCoder(KvCoder.of(keyCoder, outputCoder));
    }
  }

  static final class GroupPerKey<K, V> extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, List<V>>>> {
    private final int buckets;

    GroupPerKey(int buckets) {
      this.buckets = buckets;
    }

    @Override
    public PCollection<KV<K, List<V>>> expand(PCollection<KV<K, V>> input) {
      KvCoder<K, V> inputCoder = (KvCoder<K, V>) input.getCoder();
      return input
          .apply("ToBucket", ParDo.of(new ToBucketFn<K, V>(inputCoder.getKeyCoder(), buckets)))
          .setCoder(KvCoder.of(VarIntCoder.of(), inputCoder))
          .apply("PerBucket", GroupByKey.create())
          .apply("PerKey", ParDo.of(new DoFn<KV<Integer, Iterable<KV<K, V>>>, KV<K, List<V>>>() {
            @ProcessElement
            public void process(@Element KV<Integer, Iterable<KV<K, V>>> e, OutputReceiver<KV<K, List<V>>> out) {
              Map<K, List<V>> byKey = new LinkedHashMap<>();
              for (KV<K, V> kv : e.getValue()) {
                byKey.computeIfAbsent(kv.getKey(), k -> new ArrayList<>()).add(kv.getValue());
              }
              byKey.forEach((k, values) -> out.output(KV.of(k, values)));
            }
          }))
          .setCoder(KvCoder.of(inputCoder.getKeyCoder(), ListCoder.of(inputCoder.getValueCoder())));
    }
  }

  private static final class ToBucketFn<K, V> extends DoFn<KV<K, V>, KV<Integer, KV<K, V>>> {
    private final Coder<K> keyCoder;
    private final int buckets;

    ToBucketFn(Coder<K> keyCoder, int buckets) {
      this.keyCoder = keyCoder;
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element KV<K, V> e, OutputReceiver<KV<Integer, KV<K, V>>> out) {
      out.output(KV.of(bucket(keyCoder, e.getKey(), buckets), e));
    }
  }

  /** The wrapped combine, applied per key inside a bucket's map. */
  static final class PerKeyFn<K, I, A, O> extends Combine.CombineFn<KV<K, I>, Map<K, A>, Map<K, O>> {
    private final Combine.CombineFn<I, A, O> fn;
    private final Coder<K> keyCoder;
    private final Coder<A> accumulatorCoder;

    PerKeyFn(Combine.CombineFn<I, A, O> fn, Coder<K> keyCoder, Coder<A> accumulatorCoder) {
      this.fn = fn;
      this.keyCoder = keyCoder;
      this.accumulatorCoder = accumulatorCoder;
    }

    @Override
    public Map<K, A> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<K, A> addInput(Map<K, A> acc, KV<K, I> input) {
      A a = acc.get(input.getKey());
      acc.put(input.getKey(), fn.addInput(a == null ? fn.createAccumulator() : a, input.getValue()));
      return acc;
    }

    @Override
    public Map<K, A> mergeAccumulators(Iterable<Map<K, A>> accumulators) {
      Map<K, List<A>> perKey = new HashMap<>();
      for (Map<K, A> m : accumulators) {
        m.forEach((k, a) -> perKey.computeIfAbsent(k, x -> new ArrayList<>()).add(a));
      }
      Map<K, A> merged = new HashMap<>();
      perKey.forEach((k, list) -> merged.put(k, list.size() == 1 ? list.get(0) : fn.mergeAccumulators(list)));
      return merged;
    }

    @Override
    public Map<K, O> extractOutput(Map<K, A> acc) {
      Map<K, O> out = new HashMap<>();
      acc.forEach((k, a) -> out.put(k, fn.extractOutput(a)));
      return out;
    }

    @Override
    public Coder<Map<K, A>> getAccumulatorCoder(CoderRegistry registry, Coder<KV<K, I>> inputCoder) {
      return MapCoder.of(keyCoder, accumulatorCoder);
    }

    @Override
    public Coder<Map<K, O>> getDefaultOutputCoder(CoderRegistry registry, Coder<KV<K, I>> inputCoder)
        throws CannotProvideCoderException {
      KvCoder<K, I> kv = (KvCoder<K, I>) inputCoder;
      return MapCoder.of(keyCoder, fn.getDefaultOutputCoder(registry, kv.getValueCoder()));
    }
  }
}
