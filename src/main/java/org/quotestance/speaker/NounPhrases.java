package org.quotestance.speaker;

import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/** How the text names a speaker who is not a known person: the words of its noun phrase. */
final class NounPhrases {
  private static final int MAX_MODIFIER_TOKENS = 12;
  private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("case", "fixed", "mark", "cc", "punct");
  /** "prosecutors in April" are the prosecutors: a time is not part of who they are. */

  private static final Set<String> LOCATIVE = Set.of("in", "at");

  /** Bodies a country keeps in many places, named by the place: an embassy, a consulate, a mission. */
  private static final Set<String> SITED_BODIES = Set.of("embassy", "consulate", "mission");
  private static final Set<String> PLACE_NER = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION");

  private NounPhrases() {}

  /**
   * The head with the words that modify it: "an Acme Research/Channel 9 poll", and what follows
   * it up to a comma: a prepositional phrase ("experts on North Korea"), a participle ("a
   * database tracking such deaths") or a coordinated name ("Mr. Holt and Ms. Vance").
   */
  static String of(Sentence s, Token head) {
    int from = head.index();
    while (from > 0 && s.dominates(head.index(), from - 1) && !s.tokens().get(from - 1).word().equals(",")) {
      from--;
    }
    while (from < head.index() && LEADING_FUNCTION_WORDS.contains(s.tokens().get(from).relation())) {
      from++; // "according to | a poll", "by | fellow physicians"
    }
    int to = head.index();
    for (Token child : s.children(head.index())) {
      int[] range = s.subtreeRange(child.index());
      String relation = child.relation();
      boolean modifier = (relation.equals("nmod") || (relation.startsWith("nmod:") && !relation.equals("nmod:poss")
          && !relation.equals("nmod:tmod")) || relation.equals("acl")) && !child.isTimeExpression();
      if ((modifier && range[0] == to + 1) || isConjunct(s, child)) {
        to = Math.max(to, Math.min(beforeComma(s, range[0], range[1]), head.index() + MAX_MODIFIER_TOKENS));
      }
    }
    return SpeakerResolver.text(s, from, to);
  }

  /** "Mr. Holt and Ms. Vance": the head has a name coordinated with it. */
  static boolean isCoordinated(Sentence s, Token head) {
    return s.children(head.index()).stream().anyMatch(c -> isConjunct(s, c));
  }

  private static boolean isConjunct(Sentence s, Token child) {
    return child.relation().equals("conj") && s.child(child.index(), "cc") != null;
  }

  /**
   * The end of a name that goes on after its head with a preposition and capitalised words:
   * "Council for a Balanced City Budget", "Department of Justice". Else the head itself.
   */
  static int properEnd(Sentence s, Token head) {
    if (!Character.isUpperCase(head.word().codePointAt(0))) {
      return head.index();
    }
    for (Token child : s.children(head.index())) {
      int[] range = s.subtreeRange(child.index());
      boolean adjacent = range[0] == head.index() + 1 && child.relation().startsWith("nmod");
      // "the Norwegian Embassy in Rome" is the embassy: where a body sits is not its name
      Token preposition = s.child(child.index(), "case");
      // but a body that is one of many, told apart by where it sits ("the Turkish Embassy in Berlin"), keeps its place
      boolean where = preposition != null && LOCATIVE.contains(preposition.word().toLowerCase(java.util.Locale.ROOT))
          && PLACE_NER.contains(child.ner()) && !SITED_BODIES.contains(head.lemma().toLowerCase(java.util.Locale.ROOT));
      // "the Defense Ministry on Wednesday": a time is not part of the name either
      if (adjacent && child.isProperNoun() && !where && !child.isTimeExpression() && range[1] - head.index() <= MAX_MODIFIER_TOKENS) {
        return range[1];
      }
    }
    return head.index();
  }

  /** The last token of {@code from..to} before its first comma. */
  private static int beforeComma(Sentence s, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (s.tokens().get(k).word().equals(",")) {
        return k - 1;
      }
    }
    return to;
  }
}
