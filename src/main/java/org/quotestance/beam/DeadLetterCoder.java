package org.quotestance.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/** A dead letter as its four strings: compact, and deterministic, so it may be part of a key. */
public final class DeadLetterCoder extends AtomicCoder<DeadLetter> {
  private static final DeadLetterCoder INSTANCE = new DeadLetterCoder();
  private static final StringUtf8Coder S = StringUtf8Coder.of();

  public static DeadLetterCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(DeadLetter e, OutputStream out) throws IOException {
    S.encode(e.input(), out);
    S.encode(e.articleId(), out);
    S.encode(e.stage(), out);
    S.encode(e.error(), out);
  }

  @Override
  public DeadLetter decode(InputStream in) throws IOException {
    return new DeadLetter(S.decode(in), S.decode(in), S.decode(in), S.decode(in));
  }

  @Override
  public void verifyDeterministic() {}
}
