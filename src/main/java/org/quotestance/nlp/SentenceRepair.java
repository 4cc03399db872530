package org.quotestance.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes sentence breaks that CoreNLP's splitter makes inside a sentence: after an abbreviation
 * it does not know ("Sen. Ann Lee (R-Ga.) said …") or after a question inside quote marks
 * ("“Why?” he asks."). A "sentence" that starts with a lower-case letter in the same paragraph
 * continues the one before it. Runs between ssplit and the taggers, so the parser sees whole sentences.
 */
final class SentenceRepair {
  private SentenceRepair() {}

  static void mergeContinuations(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.size() < 2) {
      return;
    }
    List<List<CoreLabel>> groups = new ArrayList<>();
    List<CoreLabel> current = null;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (current != null && !tokens.isEmpty() && continues(text, current.get(current.size() - 1), tokens.get(0))) {
        current.addAll(tokens);
      } else {
        current = new ArrayList<>(tokens);
        groups.add(current);
      }
    }
    if (groups.size() == sentences.size()) {
      return;
    }
    List<CoreMap> merged = new ArrayList<>(groups.size());
    int tokenOffset = 0;
    for (List<CoreLabel> tokens : groups) {
      merged.add(sentence(text, merged.size(), tokenOffset, tokens));
      tokenOffset += tokens.size();
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, merged);
  }

  /** A lower-case word on the same line block as the previous sentence's end continues it. */
  static boolean continues(String text, CoreLabel previousLast, CoreLabel first) {
    String gap = text.substring(previousLast.endPosition(), first.beginPosition());
    String word = first.word();
    return !gap.contains("\n") && !word.isEmpty() && Character.isLowerCase(word.codePointAt(0))
        && !word.startsWith("http");
  }

  private static CoreMap sentence(String text, int index, int tokenOffset, List<CoreLabel> tokens) {
    CoreMap s = new ArrayCoreMap();
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
    s.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
    s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setIndex(i + 1);
      tokens.get(i).setSentIndex(index);
    }
    return s;
  }
}
