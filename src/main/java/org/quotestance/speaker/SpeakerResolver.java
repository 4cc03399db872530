package org.quotestance.speaker;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.quote.ReportingLexicon;
import org.quotestance.quote.TranscriptLabel;

/**
 * Links each quote to its speaker: the named source, a pronoun or description resolved to the
 * person it refers to, an institution, a capital standing for its country, or the speaker of the
 * surrounding quotes for a quote without a cue. Says "unknown" rather than guess.
 */
public final class SpeakerResolver implements Serializable {
  /** A cue-less quote continues a turn that started at most this many paragraphs earlier. */
  private static final int TURN_PARAGRAPHS = 2;
  private final ReportingLexicon lexicon;
  private final Countries countries;
  private final KnownSpeakers known;

  public SpeakerResolver(ReportingLexicon lexicon, Countries countries, KnownSpeakers known) {
    this.lexicon = lexicon;
    this.countries = countries;
    this.known = known;
  }

  /** One speaker per quote, in the order of {@code quotes} (which is document order). */
  public List<Speaker> resolve(ParsedText doc, List<QuoteSpan> quotes) {
    PersonIndex persons = new PersonIndex(doc, lexicon.descriptionHeads());
    MentionResolver mentions = new MentionResolver(doc, persons, lexicon, countries, known);
    List<Speaker> speakers = new ArrayList<>();
    Speaker previous = null;
    int previousParagraph = -10;
    int previousAt = 0;
    for (QuoteSpan q : quotes) {
      int paragraph = doc.sentences().get(q.sentence()).paragraph();
      Speaker speaker;
      String label = TranscriptLabel.of(doc.text(), q.start());
      String signature = DashSignature.after(doc.text(), q.end());
      if (label != null) {
        speaker = new Speaker(persons.canonical(label), label, "");
      } else if (signature != null) {
        speaker = new Speaker(persons.canonical(signature), signature, "");
      } else if (q.hasSource()) {
        Sentence s = doc.sentences().get(q.sourceSentence());
        speaker = mentions.resolve(s, mentions.personBeforeCue(s, s.tokens().get(q.sourceToken()), q.cueLemma()), previous, previousAt);
      } else if (previous != null && paragraph - previousParagraph <= TURN_PARAGRAPHS) {
        // in the same paragraph, the cue that introduced the turn ("…," he said. "…") names it
        String mention = paragraph == previousParagraph ? previous.mention() : "";
        speaker = new Speaker(previous.name(), mention, previous.affiliation());
      } else {
        speaker = Speaker.unknown("");
      }
      speaker = withAffiliation(speaker, persons);
      speakers.add(speaker);
      if (speaker.isKnown()) {
        previous = speaker;
        previousParagraph = paragraph;
        previousAt = doc.sentences().get(q.hasSource() ? q.sourceSentence() : q.sentence()).end();
      }
    }
    return speakers;
  }

  /**
   * The affiliation the article states for the speaker (the person record, or a seat of government
   * or alias for an institution); the claim file's known speakers add what the text never says.
   */
  private Speaker withAffiliation(Speaker speaker, PersonIndex persons) {
    if (speaker.isKnown() && !persons.isPerson(speaker.name()) && isNationalBody(speaker.name())) {
      speaker = new Speaker(Affiliations.get().canonicalBody(speaker.name()), speaker.mention(), speaker.affiliation());
    }
    if (!speaker.isKnown() || !speaker.affiliation().isEmpty()) {
      return speaker;
    }
    String affiliation = persons.affiliationOf(speaker.name());
    if (affiliation.isEmpty() && !persons.isPerson(speaker.name())) {
      String seat = Affiliations.get().seatCountryIn(List.of(speaker.name().split("\\s+")));
      affiliation = seat != null ? seat : "";
    }
    if (affiliation.isEmpty()) {
      affiliation = known.affiliationOf(speaker.name());
    }
    return new Speaker(known.canonical(speaker.name()), speaker.mention(), affiliation);
  }

  /**
   * A country's body: "Russian MoD", "Turkish foreign ministry" (its first word is a country's, its
   * head a body's); "Russian generals" is a description, not a name.
   */
  private static boolean isNationalBody(String name) {
    String[] words = name.split("\\s+");
    return words.length >= 2 && Character.isUpperCase(words[0].codePointAt(0)) && Affiliations.get().countryOf(words[0]) != null
        && Affiliations.get().isBodyName(name);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Tokens of a sentence as text, {@code from..to} inclusive. */
  static String text(Sentence s, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      Token t = s.tokens().get(k);
      if (k > from && t.begin() > s.tokens().get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    return sb.toString();
  }
}
