package org.quotestance.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cleans an article for NLP: repairs mojibake, normalises whitespace, drops boilerplate paragraphs
 * and joins the rest with blank lines, keeping a map from every cleaned character to the original.
 */
public final class TextCleaner implements Serializable {
  private static final String PARAGRAPH_BREAK = "\n\n";
  private static final int MAX_REPEAT = 3;
  private static final int MAX_SENTENCE_WORDS = 250;
  private final BoilerplateDetector boilerplate;

  public TextCleaner(BoilerplateDetector boilerplate) {
    this.boilerplate = boilerplate;
  }

  public static TextCleaner create() {
    return new TextCleaner(BoilerplateDetector.load());
  }

  public CleanText clean(String original) {
    return clean(original, p -> false);
  }

  /**
   * Cleans with the corpus-level knowledge of {@code recurring}: a normalised paragraph it accepts
   * is one its outlet repeats across articles ({@link OutletRepeats}), and is dropped as
   * {@link BoilerplateDetector.Kind#OUTLET_REPEATED} unless it quotes someone
   * ({@link OutletRepeats#countable}).
   */
  public CleanText clean(String original, Predicate<String> recurring) {
    return cleanByOutlet(original, outlet -> recurring);
  }

  /**
   * {@link #clean(String, Predicate)} with the predicate chosen by the outlet the article's own
   * boilerplate names (found in the same pass, so the text is split and classified once).
   */
  public CleanText cleanByOutlet(String original, java.util.function.Function<String, Predicate<String>> recurringByOutlet) {
    List<Normalized> paragraphs = split(original);
    List<String> texts = paragraphs.stream().map(Normalized::text).toList();
    BoilerplateDetector.Kind[] kinds = boilerplate.classify(texts);
    // the outlet comes from the article alone, as OutletRepeats found it when it counted
    String outlet = boilerplate.outlet(texts, kinds);
    Predicate<String> recurring = recurringByOutlet.apply(outlet);
    boolean[] dropped = new boolean[kinds.length];
    for (int k = 0; k < kinds.length; k++) {
      if (!kinds[k].isBoilerplate() && OutletRepeats.countable(texts.get(k)) && recurring.test(texts.get(k))) {
        kinds[k] = BoilerplateDetector.Kind.OUTLET_REPEATED;
      }
      dropped[k] = kinds[k].isBoilerplate();
    }
    int titleIndex = boilerplate.titleIndex(texts);
    String title = titleIndex >= 0 && !dropped[titleIndex] && looksLikeTitle(texts.get(titleIndex))
        ? texts.get(titleIndex) : "";

    StringBuilder out = new StringBuilder(original.length());
    IntList starts = new IntList(original.length());
    IntList ends = new IntList(original.length());
    for (int k = 0; k < paragraphs.size(); k++) {
      if (dropped[k]) {
        continue;
      }
      Normalized p = paragraphs.get(k);
      if (out.length() > 0) {
        int anchor = ends.last();
        for (int j = 0; j < PARAGRAPH_BREAK.length(); j++) {
          starts.add(anchor);
          ends.add(anchor);
        }
        out.append(PARAGRAPH_BREAK);
      }
      out.append(p.text());
      starts.addAll(p.toOriginal());
      ends.addAll(p.toOriginalEnd());
    }
    int[] toOriginal = starts.toArray();
    int[] toOriginalEnd = ends.toArray();
    return new CleanText(out.toString(), toOriginal, toOriginalEnd, original.length(), title, outlet);
  }

  /** The article's paragraphs (its non-empty lines), normalised as {@link #clean} sees them. */
  public List<String> paragraphs(String original) {
    return split(original).stream().map(Normalized::text).toList();
  }

  /** The paragraphs and the outlet {@link #clean} finds, from one pass over the text. */
  public record Paragraphs(List<String> texts, String outlet) {}

  public Paragraphs paragraphsAndOutlet(String original) {
    List<String> texts = paragraphs(original);
    return new Paragraphs(texts, boilerplate.outlet(texts, boilerplate.classify(texts)));
  }

  private static List<Normalized> split(String original) {
    List<Normalized> paragraphs = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= original.length(); i++) {
      if (i == original.length() || original.charAt(i) == '\n') {
        Normalized p = normalize(original, lineStart, i);
        if (!p.text().isEmpty()) {
          paragraphs.add(p);
        }
        lineStart = i + 1;
      }
    }
    return paragraphs;
  }

  /** A headline is short and does not end like a sentence. */
  private static boolean looksLikeTitle(String p) {
    return p.length() <= 200 && !p.endsWith(".");
  }

  private record Normalized(String text, int[] toOriginal, int[] toOriginalEnd) {}

  /** A growable int array: offset maps have one entry per character, too many to box. */
  private static final class IntList {
    private int[] values;
    private int size;

    IntList(int capacity) {
      values = new int[Math.max(capacity, 4)];
    }

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(int[] vs) {
      if (size + vs.length > values.length) {
        values = java.util.Arrays.copyOf(values, Math.max(size * 2, size + vs.length));
      }
      System.arraycopy(vs, 0, values, size, vs.length);
      size += vs.length;
    }

    int last() {
      return values[size - 1];
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }

  /** Repairs mojibake and collapses whitespace within one line of the original. */
  private static Normalized normalize(String s, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    IntList map = new IntList(to - from);
    IntList mapEnd = new IntList(to - from);
    boolean pendingSpace = false;
    int wordsInSentence = 0;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      Mojibake.Fix fix = Mojibake.at(s, i, to);
      fix = fix != null ? fix : AsciiQuotes.at(s, i, to);
      char emitted = fix != null ? fix.replacement() : c;
      int consumed = fix != null ? fix.length() : 1;
      if (isSpace(emitted)) {
        pendingSpace = out.length() > 0;
      } else if (!isInvisible(emitted) && !isRunaway(out, emitted)) {
        if (pendingSpace) {
          // A "sentence" of hundreds of words is a list or junk: break it so NLP stays linear.
          boolean breakHere = ++wordsInSentence >= MAX_SENTENCE_WORDS;
          String gap = breakHere ? "\n\n" : " ";
          for (int k = 0; k < gap.length(); k++) {
            out.append(gap.charAt(k));
            map.add(i - 1);
            mapEnd.add(i);
          }
          wordsInSentence = breakHere ? 0 : wordsInSentence;
          pendingSpace = false;
        }
        out.append(emitted);
        map.add(i);
        mapEnd.add(i + consumed);
        if (emitted == '.' || emitted == '!' || emitted == '?') {
          wordsInSentence = 0;
        }
      }
      i += consumed;
    }
    return new Normalized(out.toString(), map.toArray(), mapEnd.toArray());
  }

  /** The same mark many times over ("!!!!!!", a wall of quote marks) says no more than three. */
  private static boolean isRunaway(StringBuilder out, char c) {
    int n = out.length();
    return !Character.isLetterOrDigit(c) && n >= MAX_REPEAT
        && out.charAt(n - 1) == c && out.charAt(n - 2) == c && out.charAt(n - 3) == c;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD'
        || (Character.isISOControl(c) && c != '\t');
  }
}
