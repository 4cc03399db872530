package org.quotestance.speaker;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature after a quote that stands on its own line ("“…” ― Carla Sanchez"), as in
 * collections of readers' or witnesses' words: a dash and a short name, then the end of the line.
 */
final class DashSignature {
  private static final Pattern SIGNATURE = Pattern.compile(
      "^[\"”’»]?[ \\t]*[―—–-]{1,2}[ \\t]*((?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+){0,4}\\p{Lu}[\\p{L}.'’-]*?)[.,]?[ \\t]*(?:\\n|$)");
  private static final int LOOKAHEAD = 80;

  private DashSignature() {}

  /** The name signed after the quote that ends at {@code end} (its closing mark may follow), or null. */
  static String after(String text, int end) {
    Matcher m = SIGNATURE.matcher(text.substring(end, Math.min(text.length(), end + LOOKAHEAD)));
    return m.find() ? m.group(1) : null;
  }
}
