package org.quotestance.stance;

import java.io.Serializable;
import java.util.ArrayList;
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
      needles.add(needle(term.strip(), exactCase));
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

  /** The patterns that can match the text (its needle is in it, or it has none), in term order. */
  private List<Pattern> candidates(String text) {
    String folded = fold(text);
    List<Pattern> out = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      String needle = needles.get(i);
      Pattern p = patterns.get(i);
      if (needle == null || (p.flags() == 0 ? text.contains(needle) : folded.contains(needle))) {
        out.add(p);
      }
    }
    return out;
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
      for (TermMatcher[] pair : split) {
        if (pair[0].spans(t.word()).isEmpty() && pair[0].spans(t.lemma()).isEmpty()) {
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
