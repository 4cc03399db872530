package org.quotestance.nlp;

import java.io.Serializable;
import java.util.List;

/** The cleaned text and its sentences, as CoreNLP analysed them. */
public record ParsedText(String text, List<Sentence> sentences) implements Serializable {

  /** The sentence that contains cleaned offset {@code offset}, or the nearest one before it. */
  public Sentence sentenceAt(int offset) {
    Sentence best = sentences.isEmpty() ? null : sentences.get(0);
    for (Sentence s : sentences) {
      if (s.begin() <= offset) {
        best = s;
      } else {
        break;
      }
    }
    return best;
  }

  public String slice(int begin, int end) {
    return text.substring(begin, end);
  }
}
