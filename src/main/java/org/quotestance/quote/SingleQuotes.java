package org.quotestance.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Single-quoted spans ('…', ‘…’) within one stretch of text. A mark between two letters is an
 * apostrophe (don't, Turkey's); a quote opens after a space and closes before one, within its
 * paragraph.
 */
final class SingleQuotes {
  private static final int MAX_LENGTH = 600;

  private SingleQuotes() {}

  static List<MarkedSpan> scan(String text, int from, int to) {
    List<MarkedSpan> spans = new ArrayList<>();
    int openAt = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        openAt = -1;
        continue;
      }
      if (c != '\'' && c != '‘' && c != '’') {
        continue;
      }
      boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
      boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
      if (letterBefore && letterAfter) {
        continue; // apostrophe inside a word
      }
      if (openAt < 0) {
        if (c != '’' && QuoteMarkScanner.clearlyOpens(text, i) && letterAfter) {
          openAt = i;
        }
      } else if (QuoteMarkScanner.clearlyCloses(text, i) && !letterAfter) {
        if (i - openAt <= MAX_LENGTH) {
          int[] t = QuoteMarkScanner.trim(text, openAt + 1, i);
          if (t[1] > t[0]) {
            spans.add(new MarkedSpan(openAt, i, t[0], t[1]));
          }
        }
        openAt = -1;
      }
    }
    return spans;
  }
}
