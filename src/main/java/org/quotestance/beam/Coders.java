package org.quotestance.beam;

import java.io.Serializable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * Coders for the pipeline's value types, which are all serializable records: a hand-written one
 * where there is one (dead letters, here; the job sets its stage coders, {@code StageCoders}, on the
 * stages' outputs), else {@code SerializableCoder}.
 */
public final class Coders {
  private Coders() {}

  @SuppressWarnings("unchecked")
  public static <T extends Serializable> Coder<T> of(Class<T> type) {
    if (type == DeadLetter.class) {
      return (Coder<T>) DeadLetterCoder.of();
    }
    return SerializableCoder.of(type);
  }
}
