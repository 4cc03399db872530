package org.quotestance.quote;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker label of a transcript line ("WALLACE: Let's start …", "Sen. Ruth Alvarez: …"): a
 * short name at the very start of the quote, followed by a colon.
 */
public final class TranscriptLabel {
  private static final Pattern LABEL =
      Pattern.compile("^((?:[A-Z][A-Za-z.'’-]*\\s){0,3}[A-Z][A-Za-z.'’-]*):\\s");

  private TranscriptLabel() {}

  /** The name labelling the quote that starts at {@code start}, in title case, or null. */
  public static String of(String text, int start) {
    Matcher m = LABEL.matcher(text.substring(start, Math.min(text.length(), start + 60)));
    if (!m.find()) {
      return null;
    }
    String name = m.group(1);
    return name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name) : name;
  }

  private static final Pattern LABEL_LINE =
      Pattern.compile("^((?:[A-Z][\\p{L}.'’-]*\\s){0,3}[A-Z][\\p{L}.'’-]*):\\s*[\"“‘'«]$");

  /**
   * The label of a line that is only a label and the quote ("Russia: 'We have the pictures'", an
   * entry of a live page or a roundup), for the quote whose text starts at {@code quoteStart}; null
   * when anything else stands before the quote on its line.
   */
  public static String ofLine(String text, int quoteStart) {
    int lineStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
    if (quoteStart - lineStart > 60) {
      return null;
    }
    Matcher m = LABEL_LINE.matcher(text.substring(lineStart, quoteStart));
    return m.find() ? m.group(1) : null;
  }

  private static String titleCase(String upper) {
    StringBuilder sb = new StringBuilder();
    for (String word : upper.toLowerCase(Locale.ROOT).split(" ")) {
      sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return sb.toString();
  }
}
