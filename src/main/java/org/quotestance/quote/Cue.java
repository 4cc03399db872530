package org.quotestance.quote;

/**
 * A reporting expression in a sentence: the cue token, the token naming the source (-1 if none),
 * and the char span of what it reports (start = end = -1 when it has no complement).
 */
record Cue(int sentence, int token, String text, String lemma, int source, int start, int end) {

  Cue withSource(int newSource) {
    return new Cue(sentence, token, text, lemma, newSource, start, end);
  }

  boolean hasContent() {
    return end > start;
  }

  int cueBegin(org.quotestance.nlp.ParsedText doc) {
    return doc.sentences().get(sentence).tokens().get(token).begin();
  }
}
