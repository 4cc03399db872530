package org.quotestance.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A row's place in its table as one string whose natural order ({@link String#compareTo}) is the
 * table's order: the parts in sequence, compared part by part as the tables compare them. Parts are
 * joined by {@code \0\0} and a {@code \0} inside a part is written {@code \0\1}, so a shorter part
 * sorts before a longer one that starts with it; an int is written as 10 digits of {@code n + 2^31},
 * so that digits compare as numbers. Used by the shard writer and merger, which compare only keys.
 */
public final class SortKey {
  private static final String SEPARATOR = "\u0000\u0000";

  private SortKey() {}

  public static String of(String... parts) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append(SEPARATOR);
      }
      b.append(parts[i].replace("\u0000", "\u0000\u0001"));
    }
    return b.toString();
  }

  /** The parts of a key made by {@link #of}. */
  public static List<String> parts(String key) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\u0000' && i + 1 < key.length()) {
        char next = key.charAt(++i);
        if (next == '\u0001') {
          part.append('\u0000');
        } else {
          parts.add(part.toString());
          part.setLength(0);
        }
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }

  /** An int as a part that sorts as the number does (negative ones too). */
  public static String number(int n) {
    // zero-padded to 10 digits by hand: String.format was a visible share of the table stage
    String digits = Long.toString((long) n + (1L << 31));
    return "0000000000".substring(digits.length()) + digits;
  }

  /** The order of quotes.csv: article, start, end, quote id. */
  public static String quote(QuoteRow q) {
    return of(q.articleId(), number(q.start()), number(q.end()), q.quoteId());
  }
}
