package org.quotestance.beam;

import java.io.Serializable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** Coders for the pipeline's value types, which are all serializable records. */
public final class Coders {
  private Coders() {}

  public static <T extends Serializable> Coder<T> of(Class<T> type) {
    return SerializableCoder.of(type);
  }
}
