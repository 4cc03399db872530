package org.quotestance.quote;

import java.util.List;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan.Kind;

/**
 * Decides what a span in quote marks is: a direct quote (a whole utterance), a partial quote (a
 * fragment inside a sentence with a reporting cue), or not a quote at all (titles of works, scare
 * quotes nobody said).
 */
final class MarkedQuotes {
  private static final int MAX_TITLE_WORDS = 6;

  private MarkedQuotes() {}

  static QuoteSpan classify(ParsedText doc, MarkedSpan span, List<Cue> cues, int titleEnd, List<Cue> used) {
    String content = doc.text().substring(span.start(), span.end());
    Sentence first = doc.sentenceAt(span.open());
    Sentence last = doc.sentenceAt(Math.max(span.end() - 1, span.open()));
    if (first == null) {
      return null;
    }
    Cue cue = cueFor(doc, span, cues, first.index(), last.index());
    if (cue == null) {
      cue = trailingCue(doc, span, cues, content, last);
    }
    boolean introduced = first.index() > 0 && introducesQuote(doc, first.index() - 1, span.open());
    if (cue == null && introduced) {
      cue = cueFor(doc, span, cues, first.index() - 1, first.index() - 1); // "He said:" ¶ "…"
    }
    boolean inTitle = span.open() < titleEnd;
    boolean whole = startsUtterance(doc.text(), span.open(), cue, doc) && startsLikeSentence(content);
    int sourceSentence = cue == null ? -1 : cue.sentence();
    int source = cue == null ? -1 : cue.source();
    String cueText = cue == null ? "" : cue.text();
    String cueLemma = cue == null ? "" : cue.lemma();
    if (cue == null && whole && introduced) {
      int subject = colonSubject(doc.sentences().get(first.index() - 1));
      if (subject >= 0) { // "The senator made this remark:" ¶ "…"
        sourceSentence = first.index() - 1;
        source = subject;
        cueText = ":";
      }
    }
    if (whole) {
      if (cue == null && (words(content) < 3 || isSubheading(doc.text(), span, content))) {
        return null;
      }
      spend(doc, cue, span, used);
      return new QuoteSpan(Kind.DIRECT, span.start(), span.end(), cueText, cueLemma, sourceSentence, source, first.index(),
          QuoteSpan.MARKED);
    }
    if (!inTitle && (cue == null || looksLikeTitleOfWork(content))) {
      return null; // scare quotes, names of publications
    }
    spend(doc, cue, span, used);
    return new QuoteSpan(Kind.PARTIAL, span.start(), span.end(), cueText, cueLemma, sourceSentence, source, first.index(),
        QuoteSpan.MARKED);
  }

  /**
   * The cue of the quote: of those whose reported clause covers it, the outermost (Lavrov said
   * Kerry agreed that "…" is Lavrov's); else the nearest cue in its sentences.
   */
  private static Cue cueFor(ParsedText doc, MarkedSpan span, List<Cue> cues, int firstSentence, int lastSentence) {
    Cue introducing = introducingCue(doc, span, cues);
    if (introducing != null) {
      return introducing;
    }
    Cue best = null;
    long bestScore = Long.MAX_VALUE;
    for (Cue cue : cues) {
      if (cue.sentence() < firstSentence || cue.sentence() > lastSentence) {
        continue;
      }
      int at = cue.cueBegin(doc);
      boolean covers = cue.hasContent() && cue.start() <= span.end() && cue.end() >= span.start();
      if (cue.source() < 0 && !covers) {
        continue; // a sourceless cue ("for saying that …") only reports what it covers
      }
      long score = covers ? -(cue.end() - cue.start()) : Math.min(Math.abs(at - span.open()), Math.abs(at - span.end()));
      if (score < bestScore) {
        best = cue;
        bestScore = score;
      }
    }
    if (best != null && Cue.ACCORDING_TO.equals(best.rule())) {
      // '"…," the minister told a briefing, according to Reuters': the agency relays, the verb's subject speaks
      int sentence = best.sentence();
      Cue speaker = cueFor(doc, span, cues.stream().filter(c -> c.source() >= 0 && !Cue.ACCORDING_TO.equals(c.rule())
          && c.sentence() == sentence).toList(), firstSentence, lastSentence);
      if (speaker != null) {
        return speaker;
      }
    }
    return best;
  }

  /**
   * 'Lamenting their luck, people often say, "…"': a verb with a speaker that ends right before the
   * opening mark, with only a comma or a colon between, introduces the quote, whatever a sourceless
   * cue before it spans. Null when there is none.
   */
  private static Cue introducingCue(ParsedText doc, MarkedSpan span, List<Cue> cues) {
    for (Cue cue : cues) {
      if (cue.source() < 0 || !Cue.REPORTED_SPEECH.equals(cue.rule()) || cue.hasContent()) {
        continue;
      }
      Token verb = doc.sentences().get(cue.sentence()).tokens().get(cue.token());
      if (verb.end() > span.open()) {
        continue;
      }
      String between = doc.text().substring(verb.end(), span.open()).strip();
      if (between.equals(",") || between.equals(":")) {
        return cue;
      }
    }
    return null;
  }

  /** How many words a cue after a quote may stand from the next sentence's start ("Lund asked", "said the mayor"). */
  private static final int TRAILER_WORDS = 3;

  /**
   * '"Will you stay?" Lund asked.': a quote that ends in a question or exclamation mark ends a
   * sentence for the splitter, so its cue opens the next one. That cue, when it stands within
   * three words of the next sentence's start, right after the closing mark in the same paragraph.
   */
  private static Cue trailingCue(ParsedText doc, MarkedSpan span, List<Cue> cues, String content, Sentence last) {
    String trimmed = content.strip();
    if (trimmed.isEmpty() || !(trimmed.endsWith("?") || trimmed.endsWith("!")) || last == null
        || last.index() + 1 >= doc.sentences().size()) {
      return null;
    }
    Sentence next = doc.sentences().get(last.index() + 1);
    String between = doc.text().substring(Math.min(span.end(), next.begin()), next.begin());
    if (next.paragraph() != last.paragraph() || between.strip().length() > 1) {
      return null; // only the closing mark may stand between
    }
    Cue cue = cueFor(doc, span, cues, next.index(), next.index());
    return cue != null && cue.token() <= TRAILER_WORDS && cue.source() >= 0 ? cue : null;
  }

  /**
   * Marks the cue as spent by a quote that is what it reports: inside its reported clause, or
   * anywhere in the cue's own clause ("described the mayor as “a career insider”" is not also
   * an indirect quote "the mayor"). A cue elsewhere in the sentence ("… after she attacked
   * officers") still reports its own clause; a title of work spends nothing.
   */
  private static void spend(ParsedText doc, Cue cue, MarkedSpan span, List<Cue> used) {
    if (cue == null) {
      return;
    }
    if (!cue.hasContent() || (cue.start() < span.end() && span.start() < cue.end())) {
      used.add(cue);
      return;
    }
    Sentence s = doc.sentences().get(cue.sentence());
    int[] clause = s.subtreeRange(cue.token());
    if (s.tokens().get(clause[0]).begin() < span.end() && span.start() < s.tokens().get(clause[1]).end()) {
      used.add(cue);
    }
  }

  /** The subject of a sentence that ends in a colon, when it names someone who can speak; else -1. */
  private static int colonSubject(Sentence s) {
    if (!s.tokens().get(s.tokens().size() - 1).word().equals(":")) {
      return -1;
    }
    for (Token t : s.tokens()) {
      Token governor = t.head() >= 0 ? s.tokens().get(t.head()) : null;
      boolean mainSubject = t.relation().equals("nsubj") && governor != null && governor.head() < 0;
      if (mainSubject && (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION") || t.isPronoun())) {
        return t.index();
      }
    }
    return -1;
  }

  /** The sentence before the quote ends with a colon or comma right before its opening mark. */
  private static boolean introducesQuote(ParsedText doc, int sentence, int open) {
    String between = doc.text().substring(Math.min(doc.sentences().get(sentence).end(), open), open).strip();
    String last = doc.sentences().get(sentence).tokens().get(doc.sentences().get(sentence).tokens().size() - 1).word();
    return between.isEmpty() && (last.equals(":") || last.equals(","));
  }

  /** The mark opens a sentence, follows a colon, or follows "X said," . */
  private static boolean startsUtterance(String text, int open, Cue cue, ParsedText doc) {
    int k = open - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      if (text.charAt(k) == '\n') {
        return true; // a line of its own
      }
      k--;
    }
    if (k < 0 || ".!?:…".indexOf(text.charAt(k)) >= 0) {
      return true;
    }
    boolean closedQuoteBefore = "\"”’»".indexOf(text.charAt(k)) >= 0 && k > 0 && ".!?,".indexOf(text.charAt(k - 1)) >= 0;
    if (closedQuoteBefore) {
      return true;
    }
    return text.charAt(k) == ',' && cue != null && cue.cueBegin(doc) < open;
  }

  private static boolean startsLikeSentence(String content) {
    char c = content.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '[' || c == '.' || c == '…';
  }

  /** "'All Bets Are Off.'" alone in its paragraph, in Title Case: a section heading, not a quote. */
  private static boolean isSubheading(String text, MarkedSpan span, String content) {
    int before = text.lastIndexOf('\n', span.open());
    int lineEnd = text.indexOf('\n', span.end());
    String line = text.substring(before + 1, lineEnd < 0 ? text.length() : lineEnd).strip();
    String inside = content.strip();
    boolean wholeLine = line.length() <= inside.length() + 3; // the marks and a full stop
    return wholeLine && looksLikeTitleOfWork(inside);
  }

  /** Short Title Case text inside a sentence names a work or publication ("Vista," a magazine). */
  private static boolean looksLikeTitleOfWork(String content) {
    String[] tokens = content.replaceAll("[,.;:!?]+$", "").split("\\s+");
    if (tokens.length > MAX_TITLE_WORDS) {
      return false;
    }
    for (String t : tokens) {
      if (t.length() > 3 && !Character.isUpperCase(t.charAt(0))) {
        return false;
      }
    }
    return Character.isUpperCase(content.charAt(0));
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }
}
