package org.quotestance.quote;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan.Kind;

/**
 * Headlines that attribute without a verb: "Lavrov: Russia and Turkey share …", "… border sealed:
 * Russia FM", "…, Graham Says". The statement is a quote of the named speaker.
 */
final class HeadlineQuotes {
  private static final String NAME = "((?:[A-Z][\\p{L}.'’-]*\\s){0,3}[A-Z][\\p{L}.'’-]*)";
  private static final Pattern SPEAKER_FIRST = Pattern.compile("^" + NAME + ":\\s+(.{12,})$");
  private static final Pattern SPEAKER_LAST = Pattern.compile("^(.{12,}?):\\s+" + NAME + "$");
  private static final Pattern SAYS_LAST = Pattern.compile("^(.{12,}?),\\s+" + NAME + "\\s+(?:Says|Said|Warns|Claims|Insists)$");

  private HeadlineQuotes() {}

  static Optional<QuoteSpan> find(ParsedText doc, int titleEnd) {
    if (titleEnd <= 0 || doc.sentences().isEmpty()) {
      return Optional.empty();
    }
    String title = doc.text().substring(0, titleEnd);
    for (Pattern p : List.of(SPEAKER_FIRST, SPEAKER_LAST, SAYS_LAST)) {
      Matcher m = p.matcher(title);
      if (m.find()) {
        boolean speakerFirst = p == SPEAKER_FIRST;
        int nameGroup = speakerFirst ? 1 : 2;
        int contentGroup = speakerFirst ? 2 : 1;
        Token source = lastTokenIn(doc, m.start(nameGroup), m.end(nameGroup));
        if (source == null) {
          return Optional.empty();
        }
        Sentence s = doc.sentenceAt(m.start(nameGroup));
        int end = m.end(contentGroup);
        while (end > m.start(contentGroup) && ".!".indexOf(doc.text().charAt(end - 1)) >= 0) {
          end--;
        }
        return Optional.of(new QuoteSpan(Kind.INDIRECT, m.start(contentGroup), end, ":", "", s.index(),
            source.index(), doc.sentenceAt(m.start(contentGroup)).index()));
      }
    }
    return Optional.empty();
  }

  private static Token lastTokenIn(ParsedText doc, int from, int to) {
    Sentence s = doc.sentenceAt(from);
    Token last = null;
    for (Token t : s.tokens()) {
      if (t.begin() >= from && t.end() <= to) {
        last = t;
      }
    }
    return last;
  }
}
