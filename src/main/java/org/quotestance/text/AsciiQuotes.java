package org.quotestance.text;

/**
 * Quote marks typed as pairs of ASCII characters: {@code ''} for a double quote (some newspapers'
 * archives use it for both ends) and {@code ``} for an opening one.
 */
final class AsciiQuotes {
  private AsciiQuotes() {}

  static Mojibake.Fix at(String s, int i, int end) {
    if (i + 1 >= end) {
      return null;
    }
    char c = s.charAt(i);
    char next = s.charAt(i + 1);
    if (c == '\'' && next == '\'') {
      return new Mojibake.Fix(2, '"');
    }
    if (c == '`' && next == '`') {
      return new Mojibake.Fix(2, '“');
    }
    return null;
  }
}
