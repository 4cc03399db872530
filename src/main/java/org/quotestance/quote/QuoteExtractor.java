package org.quotestance.quote;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan.Kind;

/**
 * Finds every quote in a parsed article: text in quote marks (direct or partial) and reported
 * speech without marks (indirect), each with its cue and the token that names its source.
 */
public final class QuoteExtractor implements Serializable {
  /** A quoted fragment covering at least this share of a reported clause stands for the clause. */
  private static final double PARTIAL_SHARE = 0.5;
  private static final int MAX_HEADLINE_CHARS = 200;
  private final ReportingLexicon lexicon;

  public QuoteExtractor(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static QuoteExtractor create() {
    return new QuoteExtractor(ReportingLexicon.load());
  }

  /** Quotes in document order. {@code titleEnd} is where the headline ends (0 if none). */
  public List<QuoteSpan> extract(ParsedText doc, int titleEnd) {
    List<Cue> cues = new ArrayList<>();
    List<Cue> headlineCues = new ArrayList<>();
    CueFinder finder = new CueFinder(lexicon);
    List<MarkedSpan> marked = QuoteMarkScanner.scan(doc.text());
    for (Sentence s : doc.sentences()) {
      for (Cue cue : finder.find(s)) {
        // A headline's verbs mostly label the story ("Minister slams report"); they attribute the
        // headline's quote marks ("Mayor …, Asking 'Will You Step Aside?'") and, for a headline
        // verb of saying, its clause (reportsHeadlineClause).
        if (!insideMarks(marked, cue.cueBegin(doc))) {
          (cue.cueBegin(doc) >= titleEnd ? cues : headlineCues).add(cue);
        }
      }
    }
    List<QuoteSpan> quotes = new ArrayList<>();
    List<Cue> usedByMarks = new ArrayList<>();
    for (MarkedSpan span : marked) {
      QuoteSpan q = MarkedQuotes.classify(doc, span, span.open() < titleEnd ? headlineCues : cues, titleEnd, usedByMarks);
      if (q != null) {
        quotes.add(q);
      }
    }
    for (Cue cue : cues) {
      boolean sourceless = cue.source() < 0;
      if (cue.hasContent() && !usedByMarks.contains(cue) && !relaysReport(doc, cue, cues, lexicon)
          && (!sourceless || (reportsThatClause(doc, cue, lexicon) && !insideAnotherReport(doc, cue, cues)))) {
        addIndirect(doc, cue, quotes);
      }
    }
    for (Cue cue : headlineCues) {
      if (reportsHeadlineClause(doc, cue) && !usedByMarks.contains(cue)) {
        addIndirect(doc, cue, quotes);
      }
    }
    HeadlineQuotes.find(doc, headlineEnd(doc, titleEnd), lexicon)
        .filter(h -> quotes.stream().noneMatch(q -> q.hasSource() && q.start() < h.end() && h.start() < q.end()))
        .ifPresent(h -> {
          // "Pat Caddell: Voters Worried …; It's ‘in Their Heads.’": the marks are part of his statement
          quotes.removeIf(q -> q.start() < h.end() && h.start() < q.end());
          quotes.add(h);
        });
    BlockQuotes.add(doc, cues, marked, titleEnd, quotes);
    List<QuoteSpan> result = Nesting.resolve(doc, quotes, cues, lexicon);
    result.sort(Comparator.comparingInt(QuoteSpan::start).thenComparingInt(QuoteSpan::end));
    return result;
  }

  /**
   * A headline verb of saying with a named source and a clause of its own ("Mayor Says Bridge Will
   * Reopen") reports that clause, as a body sentence would; other headline verbs only label a
   * story ("Minister slams report").
   */
  private boolean reportsHeadlineClause(ParsedText doc, Cue cue) {
    Sentence s = doc.sentences().get(cue.sentence());
    Token verb = s.tokens().get(cue.token());
    if (cue.source() < 0 || !cue.hasContent() || !lexicon.headlineVerbs().contains(verb.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return s.tokens().stream().anyMatch(t -> t.head() == verb.index() && t.relation().equals("ccomp"));
  }

  /** The detected title, else a short first paragraph (archives end headlines with a period). */
  private static int headlineEnd(ParsedText doc, int titleEnd) {
    if (titleEnd > 0 || doc.sentences().isEmpty()) {
      return titleEnd;
    }
    Sentence first = doc.sentences().get(0);
    boolean alone = doc.sentences().size() == 1 || doc.sentences().get(1).paragraph() > first.paragraph();
    return alone && first.end() <= MAX_HEADLINE_CHARS ? first.end() : 0;
  }

  /** Adds the reported clause, unless quoted fragments inside it already stand for it. */
  private void addIndirect(ParsedText doc, Cue cue, List<QuoteSpan> quotes) {
    int quotedInside = 0;
    List<QuoteSpan> inside = new ArrayList<>();
    for (QuoteSpan q : quotes) {
      if (q.kind() != Kind.INDIRECT && q.start() >= cue.start() - 1 && q.end() <= cue.end() + 1) {
        quotedInside += q.length();
        inside.add(q);
      }
    }
    int length = cue.end() - cue.start();
    if (quotedInside >= PARTIAL_SHARE * length) {
      return;
    }
    quotes.removeAll(inside); // a short fragment inside a reported clause is part of it
    Sentence s = doc.sentences().get(cue.sentence());
    quotes.add(new QuoteSpan(Kind.INDIRECT, cue.start(), cue.end(), cue.text(), cue.lemma(), s.index(), cue.source(), s.index(),
        cue.rule()));
  }

  /**
   * A cue with no source reports speech only with a that-clause ("it's worth noting that …",
   * "charges that he …"); without one it is mostly a passive or a modifier ("was charged with").
   */
  private static boolean reportsThatClause(ParsedText doc, Cue cue, ReportingLexicon lexicon) {
    Sentence s = doc.sentences().get(cue.sentence());
    Token before = null;
    for (Token t : s.tokens()) {
      if (t.end() <= cue.start()) {
        before = t;
      }
    }
    return before != null && lexicon.complementizers().contains(before.word().toLowerCase(Locale.ROOT))
        && before.index() > cue.token();
  }

  /**
   * '"…," the minister told a briefing, according to Reuters': "according to" an agency whose clause
   * holds a report with its own source only relays that report, which is the quote; not when that
   * report is itself a relay ("X reports that …").
   */
  private static final int MIN_RELAYED_CHARS = 20;

  private static boolean relaysReport(ParsedText doc, Cue cue, List<Cue> cues, ReportingLexicon lexicon) {
    if (!Cue.ACCORDING_TO.equals(cue.rule())) {
      return false;
    }
    for (Cue other : cues) {
      int at = other.cueBegin(doc);
      // a clause of its own, not "see him endorse her": a verb with a short object reports nothing
      boolean clause = !other.hasContent() || other.end() - other.start() >= MIN_RELAYED_CHARS;
      // "Bloomberg reports that …, according to the survey": a report relayed in turn keeps the outer source
      clause &= !lexicon.relayVerbs().contains(other.lemma());
      // a named speaker ("X told a briefing"), not "police" or "she", whose words an account may also be
      boolean named = other.source() >= 0 && doc.sentences().get(other.sentence()).tokens().get(other.source()).isProperNoun();
      if (other != cue && named && !Cue.ACCORDING_TO.equals(other.rule()) && other.sentence() == cue.sentence()
          && at >= cue.start() && at < cue.end() && clause) {
        return true;
      }
    }
    return false;
  }

  /** "The mayor challenged the governor to prove allegations that …": the allegations are part of his report. */
  private static boolean insideAnotherReport(ParsedText doc, Cue cue, List<Cue> cues) {
    int at = cue.cueBegin(doc);
    return cues.stream().anyMatch(other -> other != cue && other.hasContent() && other.start() <= at && at < other.end());
  }

  private static boolean insideMarks(List<MarkedSpan> marked, int offset) {
    for (MarkedSpan m : marked) {
      if (offset >= m.start() && offset < m.end()) {
        return true;
      }
    }
    return false;
  }
}
