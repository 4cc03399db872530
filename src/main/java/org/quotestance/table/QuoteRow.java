package org.quotestance.table;

import java.io.Serializable;

/**
 * One row of quotes.csv / quotes.jsonl, as the output contract defines it. {@code published} is
 * the article's publication date as given in the input metadata, empty when unknown.
 * {@code quoteRule} and {@code speakerRule} name the rules that made the quote and chose its
 * speaker; only quotes.jsonl has them.
 */
public record QuoteRow(
    String articleId, String outlet, String quoteId, String kind, int start, int end, String text,
    String speaker, String speakerMention, String affiliation, String cue, String stance,
    double confidence, String evidence, String published, String quoteRule, String speakerRule) implements Serializable {

  public QuoteRow {
    published = published == null ? "" : published;
    quoteRule = quoteRule == null ? "" : quoteRule;
    speakerRule = speakerRule == null ? "" : speakerRule;
  }

  /** A quote whose rules are not named (rows built by hand in tests and tools). */
  public QuoteRow(String articleId, String outlet, String quoteId, String kind, int start, int end, String text,
      String speaker, String speakerMention, String affiliation, String cue, String stance, double confidence,
      String evidence, String published) {
    this(articleId, outlet, quoteId, kind, start, end, text, speaker, speakerMention, affiliation, cue, stance,
        confidence, evidence, published, "", "");
  }

  /** A quote from an article without a known publication date. */
  public QuoteRow(String articleId, String outlet, String quoteId, String kind, int start, int end, String text,
      String speaker, String speakerMention, String affiliation, String cue, String stance, double confidence,
      String evidence) {
    this(articleId, outlet, quoteId, kind, start, end, text, speaker, speakerMention, affiliation, cue, stance,
        confidence, evidence, "");
  }

  public QuoteRow withSpeaker(String canonical, String affiliationOrEmpty) {
    return new QuoteRow(articleId, outlet, quoteId, kind, start, end, text, canonical, speakerMention,
        affiliationOrEmpty, cue, stance, confidence, evidence, published, quoteRule, speakerRule);
  }
}
