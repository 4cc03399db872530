package org.quotestance.nlp;

import java.io.Serializable;

/**
 * One token with what the later stages need from CoreNLP. Offsets are into the cleaned text;
 * {@code head} is the index of the governor in the same sentence, -1 for the root.
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, int begin, int end, int head,
    String relation) implements Serializable {

  private static final java.util.Set<String> TIME_NER = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

  /** A date, a time, a duration or a repetition ("on Wednesday", "for two years", "every week"). */
  public boolean isTimeExpression() {
    return TIME_NER.contains(ner);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /** A tensed verb or a modal: "said", "says", "would"; not "saying" or "to say". */
  public boolean isFiniteVerb() {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isPronoun() {
    return pos.equals("PRP");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
