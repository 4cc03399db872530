package org.quotestance.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.quotestance.beam.DeadLetterCoder;

/**
 * Hand-written coders for what the table stage moves between workers: field by field, no Java
 * serialization, deterministic (the same value gives the same bytes), so any of them may be a key.
 */
public final class TableCoders {
  private static final StringUtf8Coder S = StringUtf8Coder.of();
  private static final VarIntCoder I = VarIntCoder.of();

  private TableCoders() {}

  public static Coder<QuoteRow> quoteRow() {
    return QuoteRowCoder.INSTANCE;
  }

  public static Coder<ArticleResult> articleResult() {
    return ArticleResultCoder.INSTANCE;
  }

  public static Coder<ShardRow> shardRow() {
    return ShardRowCoder.INSTANCE;
  }

  public static Coder<AggRow> aggRow() {
    return AggRowCoder.INSTANCE;
  }

  public static Coder<ReportQuote> reportQuote() {
    return ReportQuoteCoder.INSTANCE;
  }

  static Coder<Tally> tally() {
    return TallyCoder.INSTANCE;
  }

  static final class QuoteRowCoder extends AtomicCoder<QuoteRow> {
    static final QuoteRowCoder INSTANCE = new QuoteRowCoder();

    @Override
    public void encode(QuoteRow q, OutputStream out) throws IOException {
      S.encode(q.articleId(), out);
      S.encode(q.outlet(), out);
      S.encode(q.quoteId(), out);
      S.encode(q.kind(), out);
      I.encode(q.start(), out);
      I.encode(q.end(), out);
      S.encode(q.text(), out);
      S.encode(q.speaker(), out);
      S.encode(q.speakerMention(), out);
      S.encode(q.affiliation(), out);
      S.encode(q.cue(), out);
      S.encode(q.stance(), out);
      DoubleCoder.of().encode(q.confidence(), out);
      S.encode(q.evidence(), out);
      S.encode(q.published(), out);
      S.encode(q.quoteRule(), out);
      S.encode(q.speakerRule(), out);
    }

    @Override
    public QuoteRow decode(InputStream in) throws IOException {
      return new QuoteRow(S.decode(in), S.decode(in), S.decode(in), S.decode(in), I.decode(in), I.decode(in),
          S.decode(in), S.decode(in), S.decode(in), S.decode(in), S.decode(in), S.decode(in),
          DoubleCoder.of().decode(in), S.decode(in), S.decode(in), S.decode(in), S.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }

  static final class ArticleResultCoder extends AtomicCoder<ArticleResult> {
    static final ArticleResultCoder INSTANCE = new ArticleResultCoder();

    @Override
    public void encode(ArticleResult r, OutputStream out) throws IOException {
      S.encode(r.articleId(), out);
      S.encode(r.input(), out);
      S.encode(r.outlet(), out);
      S.encode(r.title(), out);
      I.encode(r.status().ordinal(), out);
      I.encode(r.quotes().size(), out);
      for (QuoteRow q : r.quotes()) {
        QuoteRowCoder.INSTANCE.encode(q, out);
      }
      S.encode(r.published(), out);
      S.encode(r.url(), out);
    }

    @Override
    public ArticleResult decode(InputStream in) throws IOException {
      String id = S.decode(in);
      String input = S.decode(in);
      String outlet = S.decode(in);
      String title = S.decode(in);
      int status = I.decode(in);
      if (status < 0 || status >= ArticleResult.Status.values().length) {
        throw new CoderException("bad article status " + status);
      }
      int n = I.decode(in);
      List<QuoteRow> quotes = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        quotes.add(QuoteRowCoder.INSTANCE.decode(in));
      }
      return new ArticleResult(id, input, outlet, title, ArticleResult.Status.values()[status], List.copyOf(quotes),
          S.decode(in), S.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }

  static final class ShardRowCoder extends AtomicCoder<ShardRow> {
    static final ShardRowCoder INSTANCE = new ShardRowCoder();

    @Override
    public void encode(ShardRow r, OutputStream out) throws IOException {
      S.encode(r.file(), out);
      S.encode(r.key(), out);
      S.encode(r.csv(), out);
      S.encode(r.json(), out);
    }

    @Override
    public ShardRow decode(InputStream in) throws IOException {
      return new ShardRow(S.decode(in), S.decode(in), S.decode(in), S.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** Cells tagged by type: 0 null, 1 String, 2 Integer, 3 BigDecimal (its plain string, scale kept). */
  static final class AggRowCoder extends AtomicCoder<AggRow> {
    static final AggRowCoder INSTANCE = new AggRowCoder();

    @Override
    public void encode(AggRow r, OutputStream out) throws IOException {
      S.encode(r.file(), out);
      S.encode(r.key(), out);
      I.encode(r.cells().size(), out);
      for (Object cell : r.cells()) {
        if (cell == null) {
          ByteCoder.of().encode((byte) 0, out);
        } else if (cell instanceof String s) {
          ByteCoder.of().encode((byte) 1, out);
          S.encode(s, out);
        } else if (cell instanceof Integer n) {
          ByteCoder.of().encode((byte) 2, out);
          I.encode(n, out);
        } else if (cell instanceof BigDecimal d) {
          ByteCoder.of().encode((byte) 3, out);
          S.encode(d.toPlainString(), out);
        } else {
          throw new CoderException("cell of unexpected type " + cell.getClass().getName());
        }
      }
    }

    @Override
    public AggRow decode(InputStream in) throws IOException {
      String file = S.decode(in);
      String key = S.decode(in);
      int n = I.decode(in);
      List<Object> cells = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        byte tag = ByteCoder.of().decode(in);
        cells.add(switch (tag) {
          case 0 -> null;
          case 1 -> S.decode(in);
          case 2 -> I.decode(in);
          case 3 -> new BigDecimal(S.decode(in));
          default -> throw new CoderException("bad cell tag " + tag);
        });
      }
      return new AggRow(file, key, java.util.Collections.unmodifiableList(cells));
    }

    @Override
    public void verifyDeterministic() {}
  }

  static final class ReportQuoteCoder extends AtomicCoder<ReportQuote> {
    static final ReportQuoteCoder INSTANCE = new ReportQuoteCoder();

    @Override
    public void encode(ReportQuote r, OutputStream out) throws IOException {
      S.encode(r.key(), out);
      QuoteRowCoder.INSTANCE.encode(r.row(), out);
      S.encode(r.title(), out);
    }

    @Override
    public ReportQuote decode(InputStream in) throws IOException {
      return new ReportQuote(S.decode(in), QuoteRowCoder.INSTANCE.decode(in), S.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** A combiner's accumulator: five counts and the first affiliation seen (by quote order). */
  static final class TallyCoder extends AtomicCoder<Tally> {
    static final TallyCoder INSTANCE = new TallyCoder();

    @Override
    public void encode(Tally t, OutputStream out) throws IOException {
      I.encode(t.quotes, out);
      I.encode(t.support, out);
      I.encode(t.deny, out);
      I.encode(t.discuss, out);
      I.encode(t.unrelated, out);
      S.encode(t.firstKey, out);
      S.encode(t.firstValue, out);
    }

    @Override
    public Tally decode(InputStream in) throws IOException {
      Tally t = new Tally();
      t.quotes = I.decode(in);
      t.support = I.decode(in);
      t.deny = I.decode(in);
      t.discuss = I.decode(in);
      t.unrelated = I.decode(in);
      t.firstKey = S.decode(in);
      t.firstValue = S.decode(in);
      return t;
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** DeadLetter's coder, for the table stage's users. */
  public static Coder<org.quotestance.beam.DeadLetter> deadLetter() {
    return DeadLetterCoder.of();
  }
}
