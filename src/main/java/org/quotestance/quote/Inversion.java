package org.quotestance.quote;

import java.util.List;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * The inverted report "Clause, Norwegian Foreign Minister Jan Dahl said (Friday)." found from
 * the surface: a reporting verb after a comma and a short noun phrase, with no clause of its own
 * to the right. The parser often gets such sentences wrong (it hangs the verb inside the clause),
 * the surface pattern does not.
 */
record Inversion(int[] content, int source, int comma) {
  private static final int MAX_SUBJECT_TOKENS = 10;
  private static final int MIN_CONTENT_TOKENS = 3;
  /** "she said on Monday in a statement," : what may stand between the verb and the resuming comma. */
  private static final int MAX_ASIDE_TOKENS = 8;
  private static final Set<String> NOUN_PHRASE_STARTS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP", "CD", "PRP$");

  static Inversion find(Sentence s, Token verb, ReportingLexicon lexicon) {
    Inversion speakerAfter = speakerAfterVerb(s, verb, lexicon);
    if (speakerAfter != null) {
      return speakerAfter;
    }
    boolean addressee = lexicon.isAddresseeVerb(verb.lemma());
    for (Token child : s.children(verb.index())) {
      boolean toTheRight = child.index() > verb.index();
      boolean clause = child.relation().equals("ccomp") || child.relation().equals("xcomp");
      // "The real problem, she told me on Monday, is …": a short addressee is no report of its own
      boolean object = child.relation().equals("obj") && !(addressee && s.subtreeRange(child.index())[1] - child.index() < 2);
      if (toTheRight && (clause || object)) {
        return null;
      }
    }
    List<Token> tokens = s.tokens();
    int k = verb.index() - 1;
    while (k > 0 && verb.index() - k <= MAX_SUBJECT_TOKENS && !isComma(tokens.get(k))) {
      Token t = tokens.get(k);
      if (t.isVerb() && !t.relation().startsWith("aux") || t.word().equals(".")) {
        return null;
      }
      k--; // quote marks are transparent: "…," he said
    }
    if (k <= 0 || !isComma(tokens.get(k)) || k + 1 >= verb.index()) {
      return null;
    }
    int source = -1;
    for (int j = k + 1; j < verb.index(); j++) {
      Token t = tokens.get(j);
      if (t.relation().equals("mark") || t.pos().equals("CC") || t.pos().equals("WP") || t.pos().equals("WDT")
          || t.pos().equals("WRB")) {
        return null; // ", though she acknowledged …", ", who said …", ", where she spoke": not a subject standing alone
      }
      if (Speakers.canSpeak(t, lexicon) && !t.pos().equals("DT") && !keepsNamedHead(tokens, source, t)) {
        source = j; // the last speaking word of the phrase is its head: "… Minister Jan Dahl"
      }
    }
    if (source < 0) {
      return null;
    }
    int end = k - 1;
    while (end >= 0 && isMark(tokens.get(end))) {
      end--;
    }
    int resumes = resumesAfter(s, verb);
    int[] content = CueFinder.trimPunctuation(s, new int[] {0, resumes < 0 ? end : tokens.size() - 1});
    boolean sayVerb = !lexicon.objectContentVerbs().contains(verb.lemma()) && !lexicon.topicVerbs().contains(verb.lemma());
    boolean reported = content != null && (isMainClause(s, content) || (sayVerb && resumes < 0 && startsWithNoun(s, content)));
    if (content == null || content[1] - content[0] + 1 < MIN_CONTENT_TOKENS || !reported) {
      return null;
    }
    return new Inversion(content, source, k);
  }

  /**
   * "Clause, said Batchelder." / "…, noted NBC's Dante Chinni.": the verb right after the comma,
   * its speaker after it, and nothing else to the end of the sentence.
   */
  private static Inversion speakerAfterVerb(Sentence s, Token verb, ReportingLexicon lexicon) {
    List<Token> tokens = s.tokens();
    int comma = verb.index() - 1;
    while (comma > 0 && isMark(tokens.get(comma))) {
      comma--; // "…,” said X."
    }
    Token subjectBefore = s.child(verb.index(), "nsubj");
    if (comma <= 0 || !isComma(tokens.get(comma)) || (subjectBefore != null && subjectBefore.index() < verb.index())) {
      return null;
    }
    int source = -1;
    for (int j = verb.index() + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.isVerb() || j - verb.index() > MAX_SUBJECT_TOKENS + 2 || (source < 0 && t.pos().equals("IN"))) {
        return null; // "…, said on Twitter": what follows a preposition is not the speaker
      }
      if (isComma(t) && source >= 0) {
        break; // "said the Rev. John Doe, of Hill Street Church."
      }
      if (Speakers.canSpeak(t, lexicon) && !t.pos().equals("DT") && !isComma(t) && !keepsNamedHead(tokens, source, t)) {
        source = j;
      }
    }
    int end = comma - 1;
    while (end >= 0 && isMark(tokens.get(end))) {
      end--;
    }
    int[] content = source < 0 ? null : CueFinder.trimPunctuation(s, new int[] {0, end});
    if (content == null || content[1] - content[0] + 1 < MIN_CONTENT_TOKENS || !isMainClause(s, content)) {
      return null;
    }
    return new Inversion(content, source, comma);
  }

  /**
   * "said Rep. Jane Roe of Utah", "Jane Roe of the Acme Institute said": once a person is named,
   * a word after it that names no person is a postmodifier, not the head ("Secretary of State John
   * Roe" still ends on the name).
   */
  private static boolean keepsNamedHead(List<Token> tokens, int source, Token t) {
    if (source < 0 || !"PERSON".equals(tokens.get(source).ner()) || "PERSON".equals(t.ner())) {
      return false;
    }
    for (int k = source + 1; k < t.index(); k++) {
      if (tokens.get(k).pos().equals("IN")) {
        return true; // only a prepositional postmodifier: "Trump campaign spokesman" still ends on its head
      }
    }
    return false;
  }

  /**
   * "Both of those, she said, would cost …": the report sits inside the sentence, which resumes
   * after the next comma; returns that comma's index, or -1. Not when what follows is a report
   * of its own (", adding …"), a coordinated clause or a new quotation.
   */
  private static int resumesAfter(Sentence s, Token verb) {
    List<Token> tokens = s.tokens();
    for (int k = verb.index() + 1; k < tokens.size() && k - verb.index() <= MAX_ASIDE_TOKENS; k++) {
      Token t = tokens.get(k);
      if (isComma(t)) {
        if (k + MIN_CONTENT_TOKENS >= tokens.size()) {
          return -1;
        }
        Token next = tokens.get(k + 1);
        // ", adding …", ", and …", ", “…”" start something else; ", was its biggest yet" goes on
        // ", in unusually blunt remarks": a prepositional phrase after the report says how it was said
        boolean separate = (next.isVerb() && !next.isFiniteVerb()) || isMark(next) || next.pos().equals("CC")
            || next.relation().equals("mark") || next.pos().equals("IN") && !opensQuantifier(tokens, k + 1);
        return separate ? -1 : k;
      }
      if (t.isVerb() || isMark(t) || t.word().equals(".")) {
        return -1;
      }
    }
    return -1;
  }

  /** "at least seven delegates", "at most a few": a preposition that opens a number's modifier. */
  private static boolean opensQuantifier(List<Token> tokens, int k) {
    return k + 1 < tokens.size() && (tokens.get(k + 1).pos().equals("JJS") || tokens.get(k + 1).pos().equals("RBS"));
  }

  /**
   * What is reported is a sentence of its own: it has a finite verb and does not open as a
   * subordinate clause ("Although the members have …, they have been criticized"), unlike
   * fronted adverbials ("On Monday, however, the mayor spoke").
   */
  static boolean isMainClause(Sentence s, int[] range) {
    Token first = s.tokens().get(range[0]);
    if (first.relation().equals("mark") || first.pos().equals("WRB")) {
      return false;
    }
    for (int k = range[0]; k <= range[1]; k++) {
      if (s.tokens().get(k).isFiniteVerb()) {
        return true;
      }
    }
    return false;
  }

  /** "People like Ann, she said.": a bare noun phrase can be what was said, a fronted adverbial cannot. */
  private static boolean startsWithNoun(Sentence s, int[] range) {
    return NOUN_PHRASE_STARTS.contains(s.tokens().get(range[0]).pos());
  }

  private static boolean isComma(Token t) {
    return t.word().equals(",");
  }

  private static boolean isMark(Token t) {
    return "\"“”'‘’«»„".contains(t.word()) && t.word().length() == 1;
  }
}
