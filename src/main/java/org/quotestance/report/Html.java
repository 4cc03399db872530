package org.quotestance.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Escaping and small formatting helpers for the report. */
final class Html {
  private Html() {}

  /**
   * Text safe in element content and in double- or single-quoted attributes. Characters HTML does
   * not allow (C0/C1 controls other than tab and line ends, unpaired surrogates, U+FFFE/U+FFFF)
   * become U+FFFD, so the page parses the same everywhere.
   */
  static String esc(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
              || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** An SVG coordinate: an integer when whole, else one decimal; never locale-dependent. */
  static String num(double d) {
    double r = Math.round(d * 10) / 10.0;
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    return String.format(Locale.ROOT, "%.1f", r);
  }

  /** A confidence as quotes.csv writes it (0.9, 0.85). */
  static String decimal(double d) {
    if (!Double.isFinite(d)) {
      return String.valueOf(d);
    }
    String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return s.contains(".") ? s : s + ".0";
  }

  /**
   * Approximate width of a text in a sans-serif font, in ems. Good enough to keep SVG labels inside
   * their column; SVG text has no text-overflow.
   */
  static double ems(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += emsOf(cp);
    }
    return w;
  }

  private static double emsOf(int cp) {
    if (cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80)) {
      return 1.0; // CJK, Hangul, emoji: full width
    }
    if ("iljtfrI.,;:'!|()[] ".indexOf(cp) >= 0) {
      return 0.32;
    }
    if ("mwMW@%".indexOf(cp) >= 0) {
      return 0.9;
    }
    if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
      return 0.68;
    }
    return 0.56;
  }

  /** The text cut at a code point boundary, with an ellipsis, so that it is at most {@code maxEms} wide. */
  static String fit(String s, double maxEms) {
    if (ems(s) <= maxEms) {
      return s;
    }
    double budget = maxEms - 0.6;
    double w = 0;
    int end = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      double next = emsOf(cp);
      if (w + next > budget) {
        break;
      }
      w += next;
      end += Character.charCount(cp);
    }
    return s.substring(0, end).stripTrailing() + "\u2026";
  }

  /** "1 quote", "2 quotes": a count with its noun. */
  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
