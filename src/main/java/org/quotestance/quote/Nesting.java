package org.quotestance.quote;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.quote.QuoteSpan.Kind;

/**
 * Resolves reported speech inside reported speech. "Lavrov said Russia agrees that …" is Lavrov's
 * quote, so the inner report goes; but when the outer verb only relays ("the agency reported"),
 * the inner speaker is the one quoted and the outer report goes.
 */
final class Nesting {
  private Nesting() {}

  static List<QuoteSpan> resolve(List<QuoteSpan> quotes, List<Cue> cues, ReportingLexicon lexicon) {
    List<QuoteSpan> indirect = quotes.stream().filter(q -> q.kind() == Kind.INDIRECT).toList();
    List<QuoteSpan> dropped = new ArrayList<>();
    for (QuoteSpan outer : indirect) {
      for (QuoteSpan inner : indirect) {
        if (inner == outer || dropped.contains(inner) || dropped.contains(outer)) {
          continue;
        }
        boolean nested = inner.start() >= outer.start() && inner.end() <= outer.end();
        if (nested) {
          dropped.add(isRelay(outer, cues, lexicon) ? outer : inner);
        }
      }
    }
    List<QuoteSpan> kept = new ArrayList<>(quotes);
    kept.removeAll(dropped);
    return kept;
  }

  private static boolean isRelay(QuoteSpan q, List<Cue> cues, ReportingLexicon lexicon) {
    for (Cue c : cues) {
      if (c.start() == q.start() && c.end() == q.end() && c.sentence() == q.sentence()) {
        return lexicon.relayVerbs().contains(c.lemma());
      }
    }
    return false;
  }
}
