package org.quotestance.speaker;

import java.util.Locale;
import java.util.Set;

/**
 * Quotes that repeat another quote's words (a headline's, a crosshead's): how their words are
 * compared, and the speaker rules that gave a quote the speaker of the quote it repeats. The stance
 * stage reads the same words to lend that quote's side.
 */
public final class Echoes {
  public static final String HEADLINE_ECHO = "headline-echo";
  public static final String CROSSHEAD_ECHO = "crosshead-echo";
  private static final Set<String> RULES = Set.of(HEADLINE_ECHO, CROSSHEAD_ECHO);

  private Echoes() {}

  /** Lower-case words without punctuation, one space apart. */
  public static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** How many words {@link #words} found. */
  public static int count(String words) {
    return words.isEmpty() ? 0 : words.split(" ").length;
  }

  /** {@code otherText} holds {@code echoWords} (from {@link #words}) as whole words. */
  public static boolean holds(String otherText, String echoWords) {
    return (" " + words(otherText) + " ").contains(" " + echoWords + " ");
  }

  /** The speaker rule says the quote's speaker is the one of a quote whose words it repeats. */
  public static boolean isEcho(String speakerRule) {
    return RULES.contains(speakerRule);
  }
}
