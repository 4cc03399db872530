package org.quotestance.stance;

import java.util.List;
import java.util.Locale;
import org.quotestance.config.StrictJson;

/**
 * The morphology the lexical matcher needs, from {@code quote-stance/stance-terms.json}: which
 * endings may follow a claim term or cue word, and which word endings negate (English "n't").
 * Every key is required, so a misspelt one stops the run with the file and the key named.
 * The endings are kept in their order: they are tried in it.
 */
public record TermLanguage(int minStemLength, List<String> wordEndings, List<String> stemEndings,
    List<String> negatingSuffixes, List<String> exclusiveMarks) {

  public static final String RESOURCE = "/quote-stance/stance-terms.json";

  public TermLanguage {
    wordEndings = copy(wordEndings);
    stemEndings = copy(stemEndings);
    negatingSuffixes = negatingSuffixes == null ? null
        : negatingSuffixes.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    exclusiveMarks = exclusiveMarks == null ? List.of()
        : exclusiveMarks.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }

  public static TermLanguage load() {
    return StrictJson.resource(RESOURCE, TermLanguage.class);
  }

  /** Null only while StrictJson looks for a misspelt key; load() never returns a null list. */
  private static List<String> copy(List<String> words) {
    return words == null ? null : List.copyOf(words);
  }
}
