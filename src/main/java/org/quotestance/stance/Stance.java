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

  public boolean takesSide() {
    return label == Label.SUPPORT || label == Label.DENY;
  }
}
