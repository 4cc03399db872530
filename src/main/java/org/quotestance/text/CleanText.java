package org.quotestance.text;

import java.io.Serializable;

/**
 * Cleaned article text with a map back to the original: {@code toOriginal[i]} is the offset in the
 * original text of cleaned character {@code i}, {@code toOriginalEnd[i]} the offset just past it (a
 * repaired mojibake character stands for several). Offsets reported to users always go through it.
 * {@code outlet} is the publisher named in the boilerplate, or empty.
 */
public record CleanText(
    String text, int[] toOriginal, int[] toOriginalEnd, int originalLength, String title, String outlet)
    implements Serializable {

  // Records compare arrays by identity; Beam's runners compare elements by value.
  @Override
  public boolean equals(Object o) {
    return o instanceof CleanText c && text.equals(c.text) && java.util.Arrays.equals(toOriginal, c.toOriginal)
        && java.util.Arrays.equals(toOriginalEnd, c.toOriginalEnd)
        && originalLength == c.originalLength && title.equals(c.title) && outlet.equals(c.outlet);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(text, java.util.Arrays.hashCode(toOriginal),
        java.util.Arrays.hashCode(toOriginalEnd), originalLength, title, outlet);
  }

  @Override
  public String toString() {
    return "CleanText[" + text.length() + " chars, title=" + title + ", outlet=" + outlet + "]";
  }

  /** Original offset of the cleaned character at {@code cleanedStart}. */
  public int originalStart(int cleanedStart) {
    if (text.isEmpty()) {
      return 0;
    }
    return toOriginal[Math.min(Math.max(cleanedStart, 0), text.length() - 1)];
  }

  /** Original offset just past the cleaned character before {@code cleanedEnd}. */
  public int originalEnd(int cleanedEnd) {
    if (cleanedEnd <= 0 || text.isEmpty()) {
      return 0;
    }
    return Math.min(toOriginalEnd[Math.min(cleanedEnd, text.length()) - 1], originalLength);
  }
}
