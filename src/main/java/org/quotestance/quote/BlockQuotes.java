package org.quotestance.quote;

import java.util.List;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan.Kind;

/**
 * Rule {@code block-quote}: "The governor added:" at the end of a paragraph, and the next paragraph
 * set off without quote marks (a block quotation, as web articles print a speech or a column). The
 * paragraph is what the cue reports; a paragraph that opens with a quote mark is a marked quote
 * ({@link MarkedQuotes}), and markup ("&lt;tweet …&gt;") is no quotation.
 */
final class BlockQuotes {
  static final String RULE = "block-quote";
  /** How many tokens may stand between the reporting verb and the colon ("he said in a statement:"). */
  private static final int MAX_TOKENS_AFTER_VERB = 6;
  private static final int MIN_BLOCK_CHARS = 20;

  private BlockQuotes() {}

  /** Adds the block quotations to {@code quotes}, replacing the quotes found inside them. */
  static void add(ParsedText doc, List<Cue> cues, List<MarkedSpan> marked, int titleEnd, List<QuoteSpan> quotes) {
    List<Sentence> sentences = doc.sentences();
    for (int i = 1; i < sentences.size(); i++) {
      Sentence first = sentences.get(i);
      Sentence before = sentences.get(i - 1);
      if (first.paragraph() == before.paragraph() || before.begin() < titleEnd || !endsWithColon(before)) {
        continue;
      }
      Cue cue = introducingCue(before, cues);
      if (cue == null || "\"“”'‘’«„<".indexOf(doc.text().charAt(first.begin())) >= 0 || startsInsideMarks(marked, first.begin())) {
        continue;
      }
      int last = i;
      while (last + 1 < sentences.size() && sentences.get(last + 1).paragraph() == first.paragraph()) {
        last++;
      }
      int start = first.begin();
      int end = sentences.get(last).end();
      if (end - start < MIN_BLOCK_CHARS) {
        continue;
      }
      quotes.removeIf(q -> q.start() >= start && q.end() <= end);
      quotes.add(new QuoteSpan(Kind.INDIRECT, start, end, cue.text(), cue.lemma(), cue.sentence(), cue.source(), first.index(),
          RULE));
    }
  }

  private static boolean endsWithColon(Sentence s) {
    List<Token> tokens = s.tokens();
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).word().equals(":");
  }

  /** A reporting verb with a source near the colon that reports nothing in its own sentence. */
  private static Cue introducingCue(Sentence s, List<Cue> cues) {
    int colon = s.tokens().size() - 1;
    for (Cue cue : cues) {
      if (cue.sentence() == s.index() && cue.source() >= 0 && !cue.hasContent()
          && colon - cue.token() <= MAX_TOKENS_AFTER_VERB && cue.token() < colon) {
        return cue;
      }
    }
    return null;
  }

  private static boolean startsInsideMarks(List<MarkedSpan> marked, int offset) {
    return marked.stream().anyMatch(m -> m.start() <= offset && offset < m.end());
  }
}
