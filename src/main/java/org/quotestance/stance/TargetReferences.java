package org.quotestance.stance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The claim's {@code targetReferences} ("the government", "the campaign"): words that stand for
 * the target in an article about the claim. A reference that an "of" phrase qualifies ("the
 * government of another country", "the president of a country"), or an "in" phrase with a name
 * ("the government in Damascus"; the target's own capital is a name of the target anyway), names whom the phrase says,
 * not the target, so it is no reference; a gerund after "of" is what the accused did ("accused the
 * government of letting …"), no qualifier.
 */
final class TargetReferences implements Serializable {
  private static final Pattern QUALIFIED = Pattern.compile("^\\s+(?:of\\s+(?![\"“‘']?\\w+ing\\b)|in\\s+\\p{Lu})");

  private final TermMatcher words;

  TargetReferences(List<String> words) {
    this.words = new TermMatcher(words, true);
  }

  /** Every unqualified reference in the text, as {start, end} offsets. */
  List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    for (int[] span : words.spans(text)) {
      if (!QUALIFIED.matcher(text.substring(span[1])).find()) {
        out.add(span);
      }
    }
    return out;
  }

  /** The first unqualified reference in the text, or null. */
  String find(String text) {
    int[] first = null;
    for (int[] span : spans(text)) {
      if (first == null || span[0] < first[0]) {
        first = span;
      }
    }
    return first == null ? null : text.substring(first[0], first[1]);
  }

  boolean isEmpty() {
    return words.isEmpty();
  }
}
