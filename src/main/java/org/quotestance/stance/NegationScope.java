package org.quotestance.stance;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether a negation word governs a term: it stands at most a few words before it. */
final class NegationScope implements Serializable {
  private static final int WINDOW_WORDS = 3;
  private static final TermLanguage TERMS = TermLanguage.load();
  /** "didn't", "isn’t": stance-terms.json. */
  private static final List<String> NEGATING_SUFFIXES = TERMS.negatingSuffixes();
  /** "nothing but": stance-terms.json. */
  private static final List<String> EXCLUSIVE_MARKS = TERMS.exclusiveMarks();
  private final Set<String> negators;

  NegationScope(List<String> words) {
    negators = words == null ? Set.of() : words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  boolean negates(String text, TermMatcher term) {
    for (int position : term.positions(text)) {
      if (negatedAt(text, position)) {
        return true;
      }
    }
    return false;
  }

  /** Every mention of the term is negated, and there is one ("not baseless", but not "not true, and lies"). */
  boolean negatesEvery(String text, TermMatcher term) {
    List<Integer> positions = term.positions(text);
    return !positions.isEmpty() && positions.stream().allMatch(position -> negatedAt(text, position));
  }

  private boolean negatedAt(String text, int position) {
    String before = text.substring(0, position).toLowerCase(Locale.ROOT);
    String[] words = before.split("[^\\p{L}'’]+");
    for (int k = words.length - 1; k >= 0 && k >= words.length - WINDOW_WORDS; k--) {
      boolean exclusive = k + 1 < words.length && EXCLUSIVE_MARKS.contains(words[k + 1]); // "nothing but lies" says only lies
      if ((negators.contains(words[k]) || negatedBySuffix(words[k])) && !exclusive) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedBySuffix(String word) {
    for (String suffix : NEGATING_SUFFIXES) {
      if (word.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
