package org.quotestance.quote;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotestance.nlp.ParsedText;

/**
 * Resolves reported speech inside reported speech. "Lavrov said Russia agrees that …" is Lavrov's
 * quote, so the inner report goes; but when the outer verb only relays ("the agency reported"),
 * the inner speaker is the one quoted and the outer report goes. When the parser cut the outer
 * clause short ("adding that she doubted the two sides | saw it differently"), the inner
 * report that starts inside it carries it on to its end.
 */
final class Nesting {
  private Nesting() {}

  static List<QuoteSpan> resolve(ParsedText doc, List<QuoteSpan> quotes, List<Cue> cues, ReportingLexicon lexicon) {
    List<QuoteSpan> kept = new ArrayList<>(quotes);
    Map<QuoteSpan, Optional<Cue>> cueOfQuote = new IdentityHashMap<>(); // each quote's cue, looked up once
    boolean changed = true;
    while (changed) {
      changed = false;
      for (QuoteSpan outer : indirect(kept)) {
        for (QuoteSpan inner : indirect(kept)) {
          if (inner == outer) {
            continue;
          }
          boolean nested = inner.start() >= outer.start() && inner.end() <= outer.end();
          Cue innerCue = cueOfQuote.computeIfAbsent(inner, q -> Optional.ofNullable(cueOf(q, cues))).orElse(null);
          boolean continues = !nested && innerCue != null && inner.start() > outer.start() && inner.end() > outer.end()
              && innerCue.cueBegin(doc) >= outer.start() && innerCue.cueBegin(doc) < outer.end();
          if (nested && innerCue != null && relativeReport(doc, innerCue, outer)) {
            kept.remove(outer); // "… backs the mayor, who says she is grateful": the relative clause's report, not the outer verb's
          } else if (nested) {
            kept.remove(isRelay(outer, cues, lexicon) ? outer : inner);
          } else if (continues) {
            kept.set(kept.indexOf(outer), new QuoteSpan(outer.kind(), outer.start(), inner.end(), outer.cue(),
                outer.cueLemma(), outer.sourceSentence(), outer.sourceToken(), outer.sentence(), outer.rule()));
            kept.remove(inner);
          }
          if (nested || continues) {
            changed = true;
            break;
          }
        }
        if (changed) {
          break;
        }
      }
    }
    return kept;
  }

  /**
   * The inner report's source is a relative pronoun inside the outer clause, and the outer cue is not
   * a speech verb's own report of it: the outer clause is a noun phrase with a relative clause.
   */
  private static boolean relativeReport(ParsedText doc, Cue innerCue, QuoteSpan outer) {
    if (innerCue.source() < 0) {
      return false;
    }
    var token = doc.sentences().get(innerCue.sentence()).tokens().get(innerCue.source());
    return CueSources.isRelativePronoun(token) && outer.rule() != null && outer.rule().equals("surface-clause");
  }

  private static List<QuoteSpan> indirect(List<QuoteSpan> quotes) {
    return quotes.stream().filter(q -> q.kind() == QuoteSpan.Kind.INDIRECT).toList();
  }

  private static Cue cueOf(QuoteSpan q, List<Cue> cues) {
    for (Cue c : cues) {
      if (c.start() == q.start() && c.end() == q.end() && c.sentence() == q.sentence()) {
        return c;
      }
    }
    return null;
  }

  private static boolean isRelay(QuoteSpan q, List<Cue> cues, ReportingLexicon lexicon) {
    Cue c = cueOf(q, cues);
    return c != null && lexicon.relayVerbs().contains(c.lemma());
  }
}
