package org.quotestance.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/**
 * An article as its seven strings. Set where the articles are made, not later: the spread that
 * follows groups them, and a group holds its elements in the coder it was given then (with Java
 * serialization, the DirectRunner's copies of each group's state cost more than the articles' parsing).
 */
public final class ArticleCoder extends AtomicCoder<Article> {
  private static final ArticleCoder INSTANCE = new ArticleCoder();
  private static final StringUtf8Coder S = StringUtf8Coder.of();

  private ArticleCoder() {}

  public static ArticleCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Article a, OutputStream out) throws IOException {
    S.encode(a.id(), out);
    S.encode(a.input(), out);
    S.encode(a.title(), out);
    S.encode(a.outlet(), out);
    S.encode(a.url(), out);
    S.encode(a.published(), out);
    S.encode(a.text(), out);
  }

  @Override
  public Article decode(InputStream in) throws IOException {
    return new Article(S.decode(in), S.decode(in), S.decode(in), S.decode(in), S.decode(in), S.decode(in),
        S.decode(in));
  }

  @Override
  public void verifyDeterministic() {}
}
