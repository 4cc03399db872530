package org.quotestance.speaker;

import java.io.Serializable;

/**
 * Who said a quote: canonical name (or "unknown"), the mention it was linked to, affiliation, and
 * the name of the rule that chose the speaker ({@code speaker_rule} in quotes.jsonl).
 */
public record Speaker(String name, String mention, String affiliation, String rule) implements Serializable {
  public static final String UNKNOWN = "unknown";

  /** A speaker before its rule is named ({@link #by}). */
  public Speaker(String name, String mention, String affiliation) {
    this(name, mention, affiliation, "");
  }

  public static Speaker unknown(String mention) {
    return new Speaker(UNKNOWN, mention == null ? "" : mention, "");
  }

  /** The same speaker, chosen by {@code rule}. */
  public Speaker by(String rule) {
    return new Speaker(name, mention, affiliation, rule);
  }

  public boolean isKnown() {
    return !UNKNOWN.equals(name);
  }
}
