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
 * ("“Why?” he asks."). A "sentence" that starts with a lower-case letter or a comma in the same
 * paragraph, or with a closing quote mark and then a lower-case letter ('"… to the moon?" asked X'),
 * continues the one before it. A dateline that opens a paragraph ("DOHA (AA) –") becomes a
 * sentence of its own. Runs between ssplit and the taggers, so the parser sees whole sentences.
 */
final class SentenceRepair {
  private SentenceRepair() {}

  static void repair(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.isEmpty()) {
      return;
    }
    List<List<CoreLabel>> merged = new ArrayList<>();
    List<CoreLabel> current = null;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (current != null && !tokens.isEmpty() && (continues(text, current.get(current.size() - 1), tokens.get(0))
          || closesQuoteOfPrevious(text, current.get(current.size() - 1), tokens))) {
        current.addAll(tokens);
      } else {
        current = new ArrayList<>(tokens);
        merged.add(current);
      }
    }
    List<List<CoreLabel>> groups = new ArrayList<>();
    for (List<CoreLabel> tokens : merged) {
      int dash = tokens.isEmpty() ? -1 : datelineEnd(text, tokens);
      if (dash >= 0) {
        groups.add(new ArrayList<>(tokens.subList(0, dash + 1)));
        groups.add(new ArrayList<>(tokens.subList(dash + 1, tokens.size())));
      } else {
        groups.add(tokens);
      }
    }
    if (groups.size() == sentences.size() && merged.size() == sentences.size()) {
      return;
    }
    List<CoreMap> repaired = new ArrayList<>(groups.size());
    int tokenOffset = 0;
    for (List<CoreLabel> tokens : groups) {
      repaired.add(sentence(text, repaired.size(), tokenOffset, tokens));
      tokenOffset += tokens.size();
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, repaired);
  }

  private static final java.util.Set<String> DASHES = java.util.Set.of("-", "--", "–", "—", "―");
  /** Words a dateline may hold between its place and its dash: ", Nov. 30 (Reuters)", ", Mich., Oct. 4 (UPI)". */
  private static final int DATELINE_TAIL = 10;

  /**
   * Rule {@code dateline-sentence}: "DOHA (AA) – Turkish President X said …" opens a paragraph with
   * a place in capitals, perhaps a date and an agency, and a dash. The parser reads the place as
   * the sentence's subject ("DOHA … stoop"), so the dateline becomes a sentence of its own. The
   * index of its dash, or -1 when the sentence opens no paragraph or with no dateline.
   */
  static int datelineEnd(String text, List<CoreLabel> tokens) {
    int begin = tokens.get(0).beginPosition();
    int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
    if (!text.substring(lineStart, begin).isBlank()) {
      return -1;
    }
    int k = 0;
    while (k < Math.min(4, tokens.size()) && isCapitalsWord(tokens.get(k).word())) {
      k++;
    }
    if (k == 0 || tokens.get(0).word().codePoints().filter(Character::isLetter).count() < 3) {
      return -1;
    }
    for (int d = k; d < Math.min(tokens.size() - 1, k + DATELINE_TAIL + 1); d++) {
      String w = tokens.get(d).word();
      if (DASHES.contains(w)) {
        return d;
      }
      // a date, a state and an agency are capitalised words, numbers and punctuation; a lower-case word is prose
      if (d == k && !w.equals(",") && !w.equals("(") && !w.equals("-LRB-") || Character.isLowerCase(w.codePointAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isCapitalsWord(String w) {
    return w.codePoints().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }

  /** A lower-case word on the same line block as the previous sentence's end continues it. */
  static boolean continues(String text, CoreLabel previousLast, CoreLabel first) {
    String gap = text.substring(previousLast.endPosition(), first.beginPosition());
    String word = first.word();
    // no sentence opens with a comma: "Rep. Dana Quill (D-Md.), who chairs the panel, said …"
    return !gap.contains("\n") && !word.isEmpty()
        && (Character.isLowerCase(word.codePointAt(0)) && !word.startsWith("http") || word.equals(","));
  }

  private static final java.util.Set<String> CLOSING_QUOTES = java.util.Set.of("''", "\"", "”");

  /**
   * '"… to the moon?" asked X': the splitter ends the sentence at the question inside the quote, so
   * the next one opens with the closing quote mark and a lower-case word. It continues the one before.
   */
  static boolean closesQuoteOfPrevious(String text, CoreLabel previousLast, List<CoreLabel> tokens) {
    return tokens.size() > 1 && CLOSING_QUOTES.contains(tokens.get(0).word())
        && !text.substring(previousLast.endPosition(), tokens.get(0).beginPosition()).contains("\n")
        && continues(text, tokens.get(0), tokens.get(1));
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
