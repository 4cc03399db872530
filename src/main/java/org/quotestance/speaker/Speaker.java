package org.quotestance.speaker;

import java.io.Serializable;

/** Who said a quote: canonical name (or "unknown"), the mention it was linked to, affiliation. */
public record Speaker(String name, String mention, String affiliation) implements Serializable {
  public static final String UNKNOWN = "unknown";

  public static Speaker unknown(String mention) {
    return new Speaker(UNKNOWN, mention == null ? "" : mention, "");
  }

  public boolean isKnown() {
    return !UNKNOWN.equals(name);
  }
}
