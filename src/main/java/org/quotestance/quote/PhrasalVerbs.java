package org.quotestance.quote;

import java.util.List;
import java.util.Locale;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * Rule {@code phrasal-report}: a verb with its particle or object words and a preposition that
 * reports the preposition's object, as the single reporting verb it stands for
 * ({@code phrasalVerbs} in reporting.json): "hit back at the allegations that …" rejects them,
 * "took issue with the figures" disputes them. Adverbs may come between the words ("pushed back
 * hard on"). Only a common noun is what was said: "hit back at Moscow" names the one it answers.
 */
final class PhrasalVerbs {
  private PhrasalVerbs() {}

  /** A match: the phrase, the reporting verb it acts as, its preposition and the preposition's object. */
  record Match(String phrase, String actsAs, Token preposition, Token object) {}

  static Match find(Sentence s, Token verb, ReportingLexicon lexicon) {
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    List<Token> tokens = s.tokens();
    for (var entry : lexicon.phrasalVerbs().entrySet()) { // sorted by the lexicon
      String[] words = entry.getKey().split(" ");
      if (!words[0].equals(lemma)) {
        continue;
      }
      int k = verb.index() + 1;
      boolean matches = true;
      for (int w = 1; w < words.length && matches; w++) {
        while (k < tokens.size() && tokens.get(k).pos().startsWith("RB") && !tokens.get(k).word().equalsIgnoreCase(words[w])) {
          k++;
        }
        matches = k < tokens.size() && tokens.get(k).word().equalsIgnoreCase(words[w]);
        k++;
      }
      if (!matches) {
        continue;
      }
      Token preposition = tokens.get(k - 1);
      if (!preposition.relation().equals("case") || preposition.head() <= preposition.index()) {
        continue;
      }
      Token object = tokens.get(preposition.head());
      if (!object.isNoun() || object.isProperNoun()) {
        continue; // "hit back at Moscow": at the accuser, not at what it said
      }
      return new Match(entry.getKey(), entry.getValue(), preposition, object);
    }
    return null;
  }
}
