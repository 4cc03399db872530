package org.quotestance.table;

import java.io.Serializable;

/** One row of quotes.csv / quotes.jsonl, as the output contract defines it. */
public record QuoteRow(
    String articleId, String outlet, String quoteId, String kind, int start, int end, String text,
    String speaker, String speakerMention, String affiliation, String cue, String stance,
    double confidence, String evidence) implements Serializable {

  public QuoteRow withSpeaker(String canonical, String affiliationOrEmpty) {
    return new QuoteRow(articleId, outlet, quoteId, kind, start, end, text, canonical, speakerMention,
        affiliationOrEmpty, cue, stance, confidence, evidence);
  }
}
