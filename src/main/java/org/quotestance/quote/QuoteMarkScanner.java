package org.quotestance.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spans enclosed in quote marks of any style ("…", “…”, ‘…’, '…', «…», „…“), telling
 * apostrophes from single quotes, and joining a quote that runs over several paragraphs (each
 * paragraph opens with a mark, only the last one closes). Works on cleaned text, where
 * paragraphs are separated by a blank line and mojibake marks are already repaired.
 */
public final class QuoteMarkScanner {
  private static final String DOUBLE_OPEN = "“„«";
  private static final String DOUBLE_CLOSE = "”»";
  /** A quote left open longer than this is a stray mark, not a quote. */
  private static final int MAX_UNCLOSED = 1500;

  private QuoteMarkScanner() {}

  public static List<MarkedSpan> scan(String text) {
    List<MarkedSpan> spans = new ArrayList<>();
    int paragraphStart = 0;
    int openAt = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        if (openAt >= 0 && !continuesInNextParagraph(text, i)) {
          addUnclosed(text, spans, openAt, i);
          openAt = -1;
        }
        paragraphStart = i + 2;
        continue;
      }
      if (!isDoubleMark(c)) {
        continue;
      }
      if (openAt < 0) {
        if (!clearlyCloses(text, i) || c == '“' || c == '«' || c == '„') {
          openAt = i;
        }
      } else if (i == paragraphStart && openAt < paragraphStart) {
        continue; // the mark that re-opens a continued multi-paragraph quote
      } else if (DOUBLE_OPEN.indexOf(c) >= 0 && c != '“' && !clearlyCloses(text, i)) {
        openAt = i; // a second opener: the first one was a stray mark
      } else if (c == '“' && clearlyOpens(text, i) && !clearlyCloses(text, i) && openedLongAgo(openAt, i)) {
        openAt = i;
      } else {
        addClosed(text, spans, openAt, i);
        openAt = -1;
      }
    }
    if (openAt >= 0) {
      addUnclosed(text, spans, openAt, text.length());
    }
    List<MarkedSpan> all = new ArrayList<>(spans);
    for (MarkedSpan outside : complement(text, spans)) {
      all.addAll(SingleQuotes.scan(text, outside.start(), outside.end()));
    }
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return all;
  }

  private static boolean openedLongAgo(int openAt, int i) {
    return i - openAt > MAX_UNCLOSED;
  }

  private static boolean isDoubleMark(char c) {
    return c == '"' || DOUBLE_OPEN.indexOf(c) >= 0 || DOUBLE_CLOSE.indexOf(c) >= 0;
  }

  /** A mark after a non-space and before space, punctuation or the end closes a quote. */
  static boolean clearlyCloses(String text, int i) {
    boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean beforeBreak = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    return afterWord && beforeBreak;
  }

  static boolean clearlyOpens(String text, int i) {
    boolean afterBreak = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—-–".indexOf(text.charAt(i - 1)) >= 0;
    boolean beforeWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    return afterBreak && beforeWord;
  }

  /**
   * The next paragraph opens with a mark that re-opens the quote; not when a transcript label
   * follows the mark ("PENCE: …" after "WALLACE: …"), which starts another speaker's turn.
   */
  private static boolean continuesInNextParagraph(String text, int breakAt) {
    int next = breakAt + 2;
    return next < text.length() && isDoubleMark(text.charAt(next)) && !clearlyCloses(text, next)
        && TranscriptLabel.of(text, next + 1) == null;
  }

  private static void addClosed(String text, List<MarkedSpan> spans, int open, int close) {
    int[] trimmed = trim(text, open + 1, close);
    if (trimmed[1] > trimmed[0]) {
      spans.add(new MarkedSpan(open, close, trimmed[0], trimmed[1]));
    }
  }

  private static void addUnclosed(String text, List<MarkedSpan> spans, int open, int limit) {
    if (limit - open <= MAX_UNCLOSED) {
      int[] trimmed = trim(text, open + 1, limit);
      if (trimmed[1] > trimmed[0]) {
        spans.add(new MarkedSpan(open, -1, trimmed[0], trimmed[1]));
      }
    }
  }

  static int[] trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }

  /** The stretches of text outside double-quoted spans, where single quotes may quote. */
  private static List<MarkedSpan> complement(String text, List<MarkedSpan> spans) {
    List<MarkedSpan> out = new ArrayList<>();
    int from = 0;
    for (MarkedSpan s : spans) {
      int until = s.open();
      if (until > from) {
        out.add(new MarkedSpan(from, until, from, until));
      }
      from = (s.close() >= 0 ? s.close() : s.end()) + 1;
    }
    if (from < text.length()) {
      out.add(new MarkedSpan(from, text.length(), from, text.length()));
    }
    return out;
  }
}
