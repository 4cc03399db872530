package org.quotestance.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.DeadLetterCoder;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleCoder;
import org.quotestance.nlp.AnnotatedArticle;
import org.quotestance.nlp.AnnotationFormat;
import org.quotestance.nlp.ParsedText;
import org.quotestance.quote.ArticleQuotes;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.speaker.AttributedQuotes;
import org.quotestance.speaker.Speaker;
import org.quotestance.table.ArticleResult;
import org.quotestance.table.TableCoders;
import org.quotestance.table.TableItem;
import org.quotestance.text.CleanText;
import org.quotestance.text.CleanedArticle;

/**
 * Explicit coders for what crosses a stage boundary, set by the job on each stage's output. The
 * parsed article, which every stage from annotation to stance passes on, is written in the
 * annotation cache's compact form ({@link AnnotationFormat}: a string table and varints, a fraction
 * of Java serialization's size) instead of {@code SerializableCoder}'s object graph; the quote spans
 * and speakers that the quote and speaker stages add are small lists.
 */
public final class StageCoders {
  private static final StringUtf8Coder S = StringUtf8Coder.of();
  private static final VarIntCoder I = VarIntCoder.of();
  private static final byte[] NO_KEY = new byte[0];

  private StageCoders() {}

  public static Coder<Article> article() {
    return ArticleCoder.of();
  }

  public static Coder<CleanedArticle> cleaned() {
    return CleanedCoder.INSTANCE;
  }

  public static Coder<AnnotatedArticle> annotated() {
    return AnnotatedCoder.INSTANCE;
  }

  public static Coder<ArticleQuotes> quotes() {
    return QuotesCoder.INSTANCE;
  }

  public static Coder<AttributedQuotes> attributed() {
    return AttributedCoder.INSTANCE;
  }

  public static Coder<TableItem> tableItem() {
    return TableItemCoder.INSTANCE;
  }

  static final class CleanedCoder extends AtomicCoder<CleanedArticle> {
    static final CleanedCoder INSTANCE = new CleanedCoder();

    @Override
    public void encode(CleanedArticle c, OutputStream out) throws IOException {
      ArticleCoder.of().encode(c.article(), out);
      CleanText t = c.clean();
      S.encode(t.text(), out);
      ints(t.toOriginal(), out);
      ints(t.toOriginalEnd(), out);
      I.encode(t.originalLength(), out);
      S.encode(t.title(), out);
      S.encode(t.outlet(), out);
    }

    @Override
    public CleanedArticle decode(InputStream in) throws IOException {
      Article a = ArticleCoder.of().decode(in);
      return new CleanedArticle(a, new CleanText(S.decode(in), ints(in), ints(in), I.decode(in), S.decode(in),
          S.decode(in)));
    }

    /** Offsets as deltas from the previous one (mostly 1), as varints. */
    private static void ints(int[] values, OutputStream out) throws IOException {
      I.encode(values.length, out);
      int previous = 0;
      for (int v : values) {
        int delta = v - previous;
        I.encode((delta << 1) ^ (delta >> 31), out);
        previous = v;
      }
    }

    private static int[] ints(InputStream in) throws IOException {
      int n = I.decode(in);
      if (n < 0) {
        throw new CoderException("negative length");
      }
      int[] values = new int[n];
      int previous = 0;
      for (int i = 0; i < n; i++) {
        int z = I.decode(in);
        previous += (z >>> 1) ^ -(z & 1);
        values[i] = previous;
      }
      return values;
    }

    @Override
    public void verifyDeterministic() {}
  }

  static final class AnnotatedCoder extends AtomicCoder<AnnotatedArticle> {
    static final AnnotatedCoder INSTANCE = new AnnotatedCoder();

    @Override
    public void encode(AnnotatedArticle a, OutputStream out) throws IOException {
      CleanedCoder.INSTANCE.encode(a.cleaned(), out);
      boolean sameText = a.parsed().text().equals(a.cleaned().clean().text());
      I.encode(sameText ? 1 : 0, out);
      if (!sameText) {
        S.encode(a.parsed().text(), out);
      }
      ByteArrayCoder.of().encode(AnnotationFormat.encode(NO_KEY, a.parsed()), out);
    }

    @Override
    public AnnotatedArticle decode(InputStream in) throws IOException {
      CleanedArticle cleaned = CleanedCoder.INSTANCE.decode(in);
      String text = I.decode(in) == 1 ? cleaned.clean().text() : S.decode(in);
      byte[] parse = ByteArrayCoder.of().decode(in);
      return new AnnotatedArticle(cleaned, new ParsedText(text, AnnotationFormat.decode(parse, NO_KEY, text)));
    }

    @Override
    public void verifyDeterministic() {}
  }

  private static final Coder<List<QuoteSpan>> SPANS = ListCoder.of(SerializableCoder.of(QuoteSpan.class));
  private static final Coder<List<Speaker>> SPEAKERS = ListCoder.of(SerializableCoder.of(Speaker.class));

  static final class QuotesCoder extends AtomicCoder<ArticleQuotes> {
    static final QuotesCoder INSTANCE = new QuotesCoder();

    @Override
    public void encode(ArticleQuotes q, OutputStream out) throws IOException {
      AnnotatedCoder.INSTANCE.encode(q.annotated(), out);
      SPANS.encode(q.quotes(), out);
    }

    @Override
    public ArticleQuotes decode(InputStream in) throws IOException {
      return new ArticleQuotes(AnnotatedCoder.INSTANCE.decode(in), SPANS.decode(in));
    }
  }

  static final class AttributedCoder extends AtomicCoder<AttributedQuotes> {
    static final AttributedCoder INSTANCE = new AttributedCoder();

    @Override
    public void encode(AttributedQuotes a, OutputStream out) throws IOException {
      QuotesCoder.INSTANCE.encode(a.quotes(), out);
      SPEAKERS.encode(a.speakers(), out);
    }

    @Override
    public AttributedQuotes decode(InputStream in) throws IOException {
      return new AttributedQuotes(QuotesCoder.INSTANCE.decode(in), SPEAKERS.decode(in));
    }
  }

  /** A result or a dead letter: a tag byte, then the one that is there. */
  static final class TableItemCoder extends AtomicCoder<TableItem> {
    static final TableItemCoder INSTANCE = new TableItemCoder();

    @Override
    public void encode(TableItem item, OutputStream out) throws IOException {
      if (item.result() != null) {
        I.encode(1, out);
        TableCoders.articleResult().encode(item.result(), out);
      } else {
        I.encode(2, out);
        DeadLetterCoder.of().encode(item.error(), out);
      }
    }

    @Override
    public TableItem decode(InputStream in) throws IOException {
      int tag = I.decode(in);
      return switch (tag) {
        case 1 -> TableItem.of((ArticleResult) TableCoders.articleResult().decode(in));
        case 2 -> TableItem.of((DeadLetter) DeadLetterCoder.of().decode(in));
        default -> throw new CoderException("bad table item tag " + tag);
      };
    }

    @Override
    public void verifyDeterministic() {}
  }
}
