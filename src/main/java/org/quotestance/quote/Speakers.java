package org.quotestance.quote;

import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.Token;

/** Which tokens can name someone who speaks: people, organisations, places, pronouns, sources. */
final class Speakers {
  private static final Set<String> SPEAKING_NER = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "NATIONALITY", "TITLE", "LOCATION", "MISC", "RELIGION", "IDEOLOGY");

  private Speakers() {}

  static boolean canSpeak(Token t, ReportingLexicon lexicon) {
    String word = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return SPEAKING_NER.contains(t.ner()) || t.isPronoun() || lexicon.pronouns().contains(word)
        || t.isProperNoun() || lexicon.sourceNouns().contains(lemma) || lexicon.descriptionHeads().contains(lemma)
        || lexicon.institutionHeads().contains(lemma);
  }
}
