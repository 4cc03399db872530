package org.quotestance.stance;

import java.io.Serializable;

/** A quote's stance toward the claim, how sure the classifier is, and why. */
public record Stance(Label label, double confidence, String evidence) implements Serializable {

  public enum Label {
    SUPPORT, DENY, DISCUSS, UNRELATED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The evidence's first word for a quote about the claim whose parse read no proposition. */
  public static final String TOPIC_ONLY = "topic-only";

  public boolean takesSide() {
    return label == Label.SUPPORT || label == Label.DENY;
  }

  /** The parse read no proposition: unrelated for want of the claim's words, or only about its topic. */
  public boolean readNoProposition() {
    return label == Label.UNRELATED || evidence.startsWith(TOPIC_ONLY);
  }
}
