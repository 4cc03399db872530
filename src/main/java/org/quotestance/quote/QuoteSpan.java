package org.quotestance.quote;

import java.io.Serializable;

/**
 * A quote found in the cleaned text: its kind, content span, the reporting expression, the
 * token that syntactically names the source (-1 when the sentence names none), and the name of
 * the rule that made it ({@code quote_rule} in quotes.jsonl).
 */
public record QuoteSpan(
    Kind kind, int start, int end, String cue, String cueLemma, int sourceSentence, int sourceToken,
    int sentence, String rule)
    implements Serializable {
  /** Text between quote marks, direct or partial ({@link MarkedQuotes}). */
  public static final String MARKED = "marked-quote";
  /** A headline that names its speaker without a verb ({@link HeadlineQuotes}). */
  public static final String HEADLINE = "headline";

  /** A quote no rule named: for tests that build quotes by hand. */
  public QuoteSpan(Kind kind, int start, int end, String cue, String cueLemma, int sourceSentence, int sourceToken,
      int sentence) {
    this(kind, start, end, cue, cueLemma, sourceSentence, sourceToken, sentence, "");
  }

  public enum Kind {
    DIRECT, PARTIAL, INDIRECT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean hasSource() {
    return sourceToken >= 0;
  }

  public int length() {
    return end - start;
  }
}
