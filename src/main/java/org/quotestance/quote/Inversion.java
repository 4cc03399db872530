package org.quotestance.quote;

import java.util.List;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * The inverted report "Clause, Russian Foreign Minister Sergei Lavrov said (Friday)." found from
 * the surface: a reporting verb after a comma and a short noun phrase, with no clause of its own
 * to the right. The parser often gets such sentences wrong (it hangs the verb inside the clause),
 * the surface pattern does not.
 */
record Inversion(int[] content, int source, int comma) {
  private static final int MAX_SUBJECT_TOKENS = 10;
  private static final int MIN_CONTENT_TOKENS = 3;

  static Inversion find(Sentence s, Token verb, ReportingLexicon lexicon) {
    for (Token child : s.children(verb.index())) {
      boolean reportsToTheRight = child.index() > verb.index()
          && (child.relation().equals("obj") || child.relation().equals("ccomp") || child.relation().equals("xcomp"));
      if (reportsToTheRight) {
        return null;
      }
    }
    List<Token> tokens = s.tokens();
    int k = verb.index() - 1;
    while (k > 0 && verb.index() - k <= MAX_SUBJECT_TOKENS && !isComma(tokens.get(k))) {
      Token t = tokens.get(k);
      if (t.isVerb() && !t.relation().startsWith("aux") || t.word().equals(".")) {
        return null;
      }
      k--; // quote marks are transparent: "…," he said
    }
    if (k <= 0 || !isComma(tokens.get(k)) || k + 1 >= verb.index()) {
      return null;
    }
    int source = -1;
    for (int j = k + 1; j < verb.index(); j++) {
      Token t = tokens.get(j);
      if (Speakers.canSpeak(t, lexicon) && !t.pos().equals("DT")) {
        source = j; // the last speaking word of the phrase is its head: "… Minister Sergei Lavrov"
      }
    }
    if (source < 0) {
      return null;
    }
    int end = k - 1;
    while (end >= 0 && isMark(tokens.get(end))) {
      end--;
    }
    int[] content = CueFinder.trimPunctuation(s, new int[] {0, end});
    if (content == null || content[1] - content[0] + 1 < MIN_CONTENT_TOKENS) {
      return null;
    }
    return new Inversion(content, source, k);
  }

  private static boolean isComma(Token t) {
    return t.word().equals(",");
  }

  private static boolean isMark(Token t) {
    return "\"“”'‘’«»„".contains(t.word()) && t.word().length() == 1;
  }
}
