package org.quotestance.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan.Kind;

/**
 * Headlines that attribute without a verb: "Lavrov: Russia and Turkey share …", "… border sealed:
 * Russia FM", "… — Defence Ministry", "…, Graham Says". The statement is a quote of the named speaker.
 */
final class HeadlineQuotes {
  private static final String NAME = "((?:[A-Z][\\p{L}.'’-]*\\s){0,3}[A-Z][\\p{L}.'’-]*)";
  private static final Pattern SPEAKER_FIRST = Pattern.compile("^" + NAME + ":\\s+(.{12,})$");
  private static final Pattern SPEAKER_LAST = Pattern.compile("^(.{12,}?):\\s+" + NAME + "$");
  /** "… final destination for the oil — Norwegian Defence Ministry": an agency's headline names its source after a dash. */
  private static final Pattern SPEAKER_AFTER_DASH = Pattern.compile("^(.{12,}?)\\s+[—–]\\s+" + NAME + "$");
  private static final java.util.Map<List<String>, Pattern> SAYS_LAST = new java.util.concurrent.ConcurrentHashMap<>();

  /** The name part must end in a person, organisation or place ("Russia FM" is too vague to attribute). */
  private static final Set<String> NAMES_SPEAKER = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

  private HeadlineQuotes() {}

  static Optional<QuoteSpan> find(ParsedText doc, int titleEnd, ReportingLexicon lexicon) {
    if (titleEnd <= 0 || doc.sentences().isEmpty()) {
      return Optional.empty();
    }
    String title = doc.text().substring(0, titleEnd);
    for (Pattern p : List.of(SPEAKER_FIRST, SPEAKER_LAST, SPEAKER_AFTER_DASH, saysLast(lexicon))) {
      Matcher m = p.matcher(title);
      if (m.find()) {
        boolean speakerFirst = p == SPEAKER_FIRST;
        int nameGroup = speakerFirst ? 1 : 2;
        int contentGroup = speakerFirst ? 2 : 1;
        Token source = lastTokenIn(doc, m.start(nameGroup), m.end(nameGroup));
        if (source == null || !namesSpeaker(doc, source, lexicon)) {
          return Optional.empty(); // "Health Watch: …", "The Latest: …" name no one
        }
        Sentence s = doc.sentenceAt(m.start(nameGroup));
        int end = m.end(contentGroup);
        while (end > m.start(contentGroup) && ".!".indexOf(doc.text().charAt(end - 1)) >= 0) {
          end--;
        }
        return Optional.of(new QuoteSpan(Kind.INDIRECT, m.start(contentGroup), end, ":", "", s.index(),
            source.index(), doc.sentenceAt(m.start(contentGroup)).index(), QuoteSpan.HEADLINE));
      }
    }
    return Optional.empty();
  }

  /** "…, Graham Says": the headline verbs of reporting.json in title case; compiled once per lexicon. */
  private static Pattern saysLast(ReportingLexicon lexicon) {
    return SAYS_LAST.computeIfAbsent(lexicon.headlineVerbs(), verbs -> Pattern.compile("^(.{12,}?),\\s+" + NAME + "\\s+(?:"
        + String.join("|", verbs.stream().map(v -> Pattern.quote(titleCase(v))).toList()) + ")$"));
  }

  private static String titleCase(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /**
   * The name part ends in a person, organisation or place, in a source noun ("Poll: …"), or in a
   * word the article names a person or organisation with ("Sanders: …" over "Bernie Sanders said").
   */
  private static boolean namesSpeaker(ParsedText doc, Token head, ReportingLexicon lexicon) {
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    if (NAMES_SPEAKER.contains(head.ner()) || lexicon.sourceNouns().contains(lemma)
        || lexicon.institutionHeads().contains(lemma)) {
      return true;
    }
    return doc.sentences().stream().skip(1).flatMap(s -> s.tokens().stream())
        .anyMatch(t -> t.word().equalsIgnoreCase(head.word()) && (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")));
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
