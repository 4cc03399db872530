package org.quotestance.quote;

/**
 * A reporting expression in a sentence: the cue token, the token naming the source (-1 if none),
 * the char span of what it reports (start = end = -1 when it has no complement), and the name of
 * the rule that found the span (the quote's {@code quote_rule}).
 */
record Cue(int sentence, int token, String text, String lemma, int source, int start, int end, String rule) {
  /** The verb's complement in the dependency parse: "said (that) …", "told reporters …". */
  static final String REPORTED_SPEECH = "reported-speech";
  /** A report placed after its content: "…, the minister said" ({@link Inversion}). */
  static final String INVERTED = "inverted-report";
  /** A clause after the verb that the parser did not attach to it ({@link SurfaceClause}). */
  static final String SURFACE_CLAUSE = "surface-clause";
  /** "hit back at the allegations that …": a phrase that acts as a reporting verb ({@link PhrasalVerbs}). */
  static final String PHRASAL = "phrasal-report";
  /** "As X put it, CLAUSE" ({@link CueFinder}'s {@code asClauseVerbs}). */
  static final String AS_CLAUSE = "as-clause";
  /** "According to X, …" ({@link NominalCues}). */
  static final String ACCORDING_TO = "according-to";
  /** A reporting noun with its that-clause or topic: "Putin's allegations that …" ({@link NominalCues}). */
  static final String NOMINAL = "nominal-cue";

  /** ", with the ministry saying …": an absolute phrase of a reporting participle ({@link CueFinder}). */
  static final String ABSOLUTE = "absolute-report";

  Cue withSource(int newSource) {
    return new Cue(sentence, token, text, lemma, newSource, start, end, rule);
  }

  Cue withEnd(int newEnd) {
    return new Cue(sentence, token, text, lemma, source, start, newEnd, rule);
  }

  boolean hasContent() {
    return end > start;
  }

  int cueBegin(org.quotestance.nlp.ParsedText doc) {
    return doc.sentences().get(sentence).tokens().get(token).begin();
  }
}
