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
    ParsedText parsed = NlpAnnotator.annotate(text);
    List<QuoteSpan> quotes = EXTRACTOR.extract(parsed, 0);
    return RESOLVER.resolve(parsed, quotes);
  }
}
