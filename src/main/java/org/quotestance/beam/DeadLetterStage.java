package org.quotestance.beam;

import java.io.Serializable;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * One pipeline stage with the dead-letter pattern: elements the stage function handles go to
 * {@link #ok()}, an element it throws on becomes a {@link DeadLetter} under {@link #FAILED}, and
 * the run goes on. Counts what it saw, emitted and failed, and the time spent, as Beam metrics.
 */
public final class DeadLetterStage<I, O> extends PTransform<PCollection<I>, PCollectionTuple> {
  public static final TupleTag<DeadLetter> FAILED = new TupleTag<>("failed") {};

  /** The stage's work on one element; it may emit zero or more outputs. */
  public interface Work<I, O> extends Serializable {
    void process(I element, Consumer<O> output) throws Exception;
  }

  /** Names the input file and article of an element, for its dead letter. */
  public interface Origin<I> extends Serializable {
    DeadLetter failure(I element, String stage, Exception e);
  }

  /** Run once per worker before any element: model loading goes here, not in the constructor. */
  public interface WorkerSetup extends Serializable {
    void run();
  }

  private final String stage;
  private final Work<I, O> work;
  private final Origin<I> origin;
  private final Coder<O> coder;
  private final WorkerSetup setup;
  private final TupleTag<O> ok;

  public DeadLetterStage(String stage, Work<I, O> work, Origin<I> origin, Coder<O> coder, WorkerSetup setup) {
    super(stage);
    this.stage = stage;
    this.work = work;
    this.origin = origin;
    this.coder = coder;
    this.setup = setup;
    this.ok = new TupleTag<>(stage + "-ok");
  }

  public TupleTag<O> ok() {
    return ok;
  }

  @Override
  public PCollectionTuple expand(PCollection<I> input) {
    PCollectionTuple out = input.apply(ParDo.of(new StageFn<>(stage, work, origin, setup, ok))
        .withOutputTags(ok, TupleTagList.of(FAILED)));
    out.get(ok).setCoder(coder);
    out.get(FAILED).setCoder(Coders.of(DeadLetter.class));
    return out;
  }

  private static final class StageFn<I, O> extends DoFn<I, O> {
    private final String stage;
    /**
     * The work travels as bytes and is deserialized once, in {@code @Setup}: the DirectRunner
     * serializes every DoFn and deserializes it twice for each bundle only to read its signature,
     * and a stage's work (compiled lexicons, a claim's patterns) takes milliseconds each way.
     */
    private final byte[] workBytes;
    private transient Work<I, O> work;
    private final Origin<I> origin;
    private final WorkerSetup setup;
    private final TupleTag<O> ok;
    private final Counter seen;
    private final Counter emitted;
    private final Counter failed;
    private final Counter millis;

    StageFn(String stage, Work<I, O> work, Origin<I> origin, WorkerSetup setup, TupleTag<O> ok) {
      this.stage = stage;
      this.workBytes = SerializableUtils.serializeToByteArray(work);
      this.origin = origin;
      this.setup = setup;
      this.ok = ok;
      this.seen = Metrics.counter(stage, "seen");
      this.emitted = Metrics.counter(stage, "emitted");
      this.failed = Metrics.counter(stage, "failed");
      this.millis = Metrics.counter(stage, "millis");
    }

    @SuppressWarnings("unchecked")
    @DoFn.Setup
    public void setUp() {
      work = (Work<I, O>) SerializableUtils.deserializeFromByteArray(workBytes, stage);
      if (setup != null) {
        setup.run();
      }
    }

    @ProcessElement
    public void process(@Element I element, MultiOutputReceiver out) {
      seen.inc();
      long started = System.nanoTime();
      try {
        work.process(element, o -> {
          emitted.inc();
          out.get(ok).output(o);
        });
      } catch (Exception | StackOverflowError e) {
        // A runaway recursion unwinds cleanly and is this element's fault; any other Error (out of
        // memory above all) leaves the JVM in an unknown state, so it fails the run.
        failed.inc();
        Exception cause = e instanceof Exception ex ? ex : new RuntimeException(e.toString(), e);
        out.get(FAILED).output(origin.failure(element, stage, cause));
      } finally {
        millis.inc((System.nanoTime() - started) / 1_000_000);
      }
    }
  }
}
