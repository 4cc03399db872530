package org.quotestance.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * A headline that sums up a quote from the body ("Dahl: Norway, Sweden Mostly Agree on Quotas
 * …" over "Norway and Sweden mostly agree on the quotas …") is the same statement; counting it
 * twice would double its weight in the speaker and stance tables.
 */
final class Restatement {
  /** Share of the headline's content words that the body quote must contain. */
  private static final double SHARED = 0.6;

  private Restatement() {}

  /** True when one of the quotes after the headline restates it. */
  static boolean restatedBy(ParsedText doc, QuoteSpan headline, List<QuoteSpan> quotes) {
    Set<String> said = contentLemmas(doc, headline.start(), headline.end());
    if (said.isEmpty()) {
      return false;
    }
    for (QuoteSpan body : quotes) {
      if (body.start() >= headline.end()) {
        Set<String> shared = new HashSet<>(said);
        shared.retainAll(contentLemmas(doc, body.start(), body.end()));
        if (shared.size() >= SHARED * said.size()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> contentLemmas(ParsedText doc, int start, int end) {
    Set<String> out = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      if (s.end() <= start || s.begin() >= end) {
        continue;
      }
      for (Token t : s.tokens()) {
        boolean content = t.isNoun() || t.isVerb() || t.pos().startsWith("JJ") || t.pos().startsWith("RB");
        if (t.begin() >= start && t.end() <= end && content && !t.relation().startsWith("aux")) {
          out.add(t.lemma().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }
}
