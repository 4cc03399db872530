package org.quotestance.quote;

import java.io.Serializable;

/**
 * A quote found in the cleaned text: its kind, content span, the reporting expression and the
 * token that syntactically names the source (-1 when the sentence names none).
 */
public record QuoteSpan(
    Kind kind, int start, int end, String cue, String cueLemma, int sourceSentence, int sourceToken,
    int sentence)
    implements Serializable {

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
