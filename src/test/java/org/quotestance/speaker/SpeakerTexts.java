package org.quotestance.speaker;

import java.util.List;
import org.quotestance.nlp.NlpAnnotator;
import org.quotestance.nlp.ParsedText;
import org.quotestance.quote.QuoteExtractor;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.quote.ReportingLexicon;

/** Quotes and their speakers for a test text, with the shared CoreNLP pipeline. */
final class SpeakerTexts {
  static final SpeakerResolver RESOLVER = new SpeakerResolver(ReportingLexicon.load(), Countries.get(), KnownSpeakers.none());
  static final QuoteExtractor EXTRACTOR = QuoteExtractor.create();

  private SpeakerTexts() {}

  static List<Speaker> speakers(String text) {
    return speakers(text, RESOLVER);
  }

  /** With the speakers a claim file would list. */
  static List<Speaker> speakers(String text, KnownSpeakers known) {
    return speakers(text, new SpeakerResolver(ReportingLexicon.load(), Countries.get(), known));
  }

  private static List<Speaker> speakers(String text, SpeakerResolver resolver) {
    ParsedText parsed = NlpAnnotator.annotate(text);
    List<QuoteSpan> quotes = EXTRACTOR.extract(parsed, 0);
    List<Speaker> speakers = resolver.resolve(parsed, quotes);
    // every quote and every speaker says which rule made it (quote_rule, speaker_rule in quotes.jsonl)
    for (int i = 0; i < quotes.size(); i++) {
      if (quotes.get(i).rule().isEmpty() || speakers.get(i).rule().isEmpty()) {
        throw new AssertionError("a rule without a name: " + quotes.get(i) + " " + speakers.get(i));
      }
    }
    return speakers;
  }
}
