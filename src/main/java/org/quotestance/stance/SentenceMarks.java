package org.quotestance.stance;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;

/**
 * Which tokens of a sentence a term list marks, remembered for the article being read on this
 * thread. Each quote is read some twenty ways, and every reading marks the quote's sentence with the
 * same dozen term lists; the marks depend only on the sentence and the list. Keys are identities
 * (the article's own sentence and list objects), so nothing is ever taken for an equal copy, and a
 * thread keeps one article: reading the next clears the last.
 */
final class SentenceMarks {
  private static final ThreadLocal<SentenceMarks> CURRENT = ThreadLocal.withInitial(SentenceMarks::new);
  private ParsedText doc;
  private final Map<Sentence, Map<Object, boolean[]>> marks = new IdentityHashMap<>();

  private SentenceMarks() {}

  /** The marks of {@code list} in sentence {@code s} of {@code doc}, computed once; the caller gets its own copy. */
  static boolean[] of(ParsedText doc, Sentence s, Object list, Supplier<boolean[]> compute) {
    SentenceMarks memo = CURRENT.get();
    if (memo.doc != doc) {
      memo.doc = doc;
      memo.marks.clear();
    }
    Map<Object, boolean[]> bySentence = memo.marks.computeIfAbsent(s, k -> new IdentityHashMap<>());
    boolean[] found = bySentence.get(list);
    if (found == null) {
      found = compute.get();
      bySentence.put(list, found);
    }
    return found.clone();
  }
}
