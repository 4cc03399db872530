package org.quotestance.stance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lexicon terms in text. A term matches at a word start; as a whole word when {@code whole}
 * (aliases), else followed by an inflection (stems like "smuggl" → smuggling, smugglers). Short all-capital terms ("IS", "MIT")
 * match case-sensitively so that the verb "is" is not the Islamic State.
 */
final class TermMatcher implements Serializable {
  /** The endings are language knowledge: stance-terms.json. */
  private static final TermLanguage LANGUAGE = TermLanguage.load();
  /** Terms shorter than this are words ("lie", "aid"): only plain inflections may follow them. */
  private static final int MIN_STEM = LANGUAGE.minStemLength();
  private static final String SHORT_ENDINGS = optional(LANGUAGE.wordEndings());
  private static final String STEM_ENDINGS = optional(LANGUAGE.stemEndings());
  private final List<Pattern> patterns = new ArrayList<>();
  /**
   * Per pattern, a word every match contains (case-folded unless the pattern is case-sensitive),
   * or null: a text without it is not searched. Most texts hold few of a claim's hundreds of terms.
   */
  private final List<String> needles = new ArrayList<>();
  /**
   * Pattern indices by the first character of their needle (ASCII), case-folded and exact-case
   * apart; patterns without such a needle are in {@link #always}. A needle starts a word of its
   * term, so it can only start where a word can: a text is looked up at its word starts instead of
   * searched for each of hundreds of needles.
   */
  private final int[][] foldedByFirst = new int[128][];
  private final int[][] exactByFirst = new int[128][];
  private final List<Integer> always = new ArrayList<>();
  private final List<String> terms;
  /** Two-word terms, word by word: the parse may put words between them ("covered it up"). */
  private final List<TermMatcher[]> split = new ArrayList<>();
  private static final java.util.Set<String> SPLIT_RELATIONS = java.util.Set.of("compound:prt", "xcomp");

  TermMatcher(List<String> terms, boolean whole) {
    this.terms = terms == null ? List.of() : List.copyOf(terms);
    for (String term : this.terms) {
      String[] words = term.strip().split("\\s+");
      if (words.length == 2) {
        split.add(new TermMatcher[] {new TermMatcher(List.of(words[0]), whole), new TermMatcher(List.of(words[1]), true)});
      }
      boolean exactCase = term.length() <= 4 && term.equals(term.toUpperCase()) && term.chars().anyMatch(Character::isLetter);
      String body = Pattern.quote(term.strip()).replace(" ", "\\E\\s+\\Q");
      String ending = whole ? "" : term.strip().length() < MIN_STEM ? SHORT_ENDINGS : STEM_ENDINGS;
      String regex = "(?<![\\p{L}\\p{N}])" + body + ending + "(?![\\p{L}\\p{N}])";
      patterns.add(Pattern.compile(regex, exactCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      String needle = needle(term.strip(), exactCase);
      needles.add(needle);
      if (needle == null || needle.isEmpty() || needle.charAt(0) >= 128) {
        always.add(patterns.size() - 1);
      } else {
        int[][] index = exactCase ? exactByFirst : foldedByFirst;
        int[] old = index[needle.charAt(0)] == null ? new int[0] : index[needle.charAt(0)];
        index[needle.charAt(0)] = Arrays.copyOf(old, old.length + 1);
        index[needle.charAt(0)][old.length] = patterns.size() - 1;
      }
    }
  }

  private static String needle(String term, boolean exactCase) {
    String longest = "";
    for (String word : term.split("\\s+")) {
      if (word.length() > longest.length()) {
        longest = word;
      }
    }
    if (exactCase) {
      return longest;
    }
    // folding is exact only for ASCII words: see fold()
    return longest.chars().allMatch(c -> c < 128) ? fold(longest) : null;
  }

  /**
   * Case-folds so that whatever a case-insensitive Unicode regex matches with an ASCII word folds
   * to that word: ASCII letters to lower case, and the four non-ASCII letters that match ASCII ones
   * (dotted and dotless i, long s, the Kelvin sign). Same length, so offsets do not move.
   */
  static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A'))
          : c == '\u0130' || c == '\u0131' ? 'i' : c == '\u017F' ? 's' : c == '\u212A' ? 'k' : c;
    }
    return new String(out);
  }

  /** The patterns that can match the text (its needle starts a word of it, or it has none), in term order. */
  private List<Pattern> candidates(String text) {
    if (patterns.isEmpty()) {
      return List.of();
    }
    String folded = fold(text);
    BitSet hits = new BitSet(patterns.size());
    always.forEach(hits::set);
    for (int at = 0; at < text.length(); at++) {
      if (at > 0 && isAsciiLetterOrDigit(text.charAt(at - 1))) {
        continue; // not a word start; a start after any other character is kept, a superset of the regex's
      }
      char f = folded.charAt(at);
      char c = text.charAt(at);
      if (f < 128) {
        addStarting(foldedByFirst[f], folded, at, hits);
      }
      if (c < 128) {
        addStarting(exactByFirst[c], text, at, hits);
      }
    }
    List<Pattern> out = new ArrayList<>(hits.cardinality());
    for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
      out.add(patterns.get(i));
    }
    return out;
  }

  private void addStarting(int[] indices, String text, int at, BitSet hits) {
    if (indices != null) {
      for (int i : indices) {
        if (text.startsWith(needles.get(i), at)) {
          hits.set(i);
        }
      }
    }
  }

  /**
   * False only when no term can match {@code text} ({@code folded} is its {@link #fold}): every
   * term with a needle lacks it. A quick test before the regexes.
   */
  private boolean mayMatch(String folded, String text) {
    for (int i = 0; i < needles.size(); i++) {
      String needle = needles.get(i);
      boolean exact = exactCase(i);
      if (needle == null || needle.isEmpty() || (exact ? text : folded).contains(needle)) {
        return true;
      }
    }
    return false;
  }

  private boolean exactCase(int pattern) {
    return (patterns.get(pattern).flags() & Pattern.CASE_INSENSITIVE) == 0;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static String optional(List<String> endings) {
    return "(?:" + String.join("|", endings.stream().map(Pattern::quote).toList()) + ")?";
  }

  /** The first term found, as it appears in the text, or null. */
  String find(String text) {
    int best = Integer.MAX_VALUE;
    String found = null;
    for (Pattern p : candidates(text)) {
      Matcher m = p.matcher(text);
      if (m.find() && m.start() < best) {
        best = m.start();
        found = m.group();
      }
    }
    return found;
  }

  /** Every match as {start, end} offsets, in no particular order. */
  List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    for (Pattern p : candidates(text)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /**
   * Two-word terms whose words the sentence splits: the first word (or its lemma) a verb, the
   * second its particle or complement further on ("covered it up" for "cover up", "make the records
   * available" for "make available"). Each match as {first token, second token}.
   */
  List<int[]> splitMatches(org.quotestance.nlp.Sentence s) {
    List<int[]> out = new ArrayList<>();
    if (split.isEmpty()) {
      return out;
    }
    for (org.quotestance.nlp.Token t : s.tokens()) {
      if (!t.isVerb()) {
        continue;
      }
      String word = fold(t.word());
      String lemma = fold(t.lemma());
      for (TermMatcher[] pair : split) {
        // most verbs hold no first word of any pair: a substring test spares the regex
        if (!pair[0].mayMatch(word, t.word()) && !pair[0].mayMatch(lemma, t.lemma())
            || pair[0].spans(t.word()).isEmpty() && pair[0].spans(t.lemma()).isEmpty()) {
          continue;
        }
        for (org.quotestance.nlp.Token c : s.children(t.index())) {
          if (c.index() > t.index() + 1 && SPLIT_RELATIONS.contains(c.relation()) && !pair[1].spans(c.word()).isEmpty()) {
            out.add(new int[] {t.index(), c.index()});
          }
        }
      }
    }
    return out;
  }

  /** Start offsets of every match. */
  List<Integer> positions(String text) {
    return spans(text).stream().map(span -> span[0]).toList();
  }

  boolean containsTerm(String word) {
    return terms.stream().anyMatch(t -> t.equalsIgnoreCase(word));
  }
}
