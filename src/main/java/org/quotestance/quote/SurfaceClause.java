package org.quotestance.quote;

import java.util.List;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * The reported clause of a reporting verb that the parser left without one ("X has said single
 * people … would qualify", "…, adding she would never sign", "analysts warned, as did the
 * union, that …"), found from the surface: after the verb's own objects and adjuncts, a
 * "that" or a noun phrase followed by a finite verb, up to the end of the sentence.
 */
final class SurfaceClause {
  private static final Set<String> OWN_DEPENDENTS = Set.of("obl", "obl:tmod", "obl:npmod", "advmod", "compound:prt",
      "nmod:tmod");
  private static final Set<String> OBJECTS = Set.of("obj", "iobj");
  private static final Set<String> CLAUSE_STARTS = Set.of("PRP", "DT", "NNP", "NNPS", "NN", "NNS", "CD", "EX", "PRP$", "JJ");
  private static final int MIN_TOKENS = 3;
  private static final int MAX_ASIDE_TOKENS = 8;

  private SurfaceClause() {}

  static int[] find(Sentence s, Token verb, ReportingLexicon lexicon) {
    List<Token> tokens = s.tokens();
    // "told reporters (that) …" skips the addressee; in "critics say resources could …" the
    // parser's object is the reported clause's subject
    boolean addressee = lexicon.isAddresseeVerb(verb.lemma());
    int k = skipOwnDependents(s, verb, verb.index() + 1, addressee);
    k = skipAsideBeforeThat(tokens, k, lexicon);
    if (k >= tokens.size()) {
      return null;
    }
    boolean that = lexicon.complementizers().contains(tokens.get(k).word());
    int start = that ? k + 1 : k;
    if (start >= tokens.size() || (!that && !CLAUSE_STARTS.contains(tokens.get(start).pos()))) {
      return null;
    }
    int end = start;
    boolean finite = false;
    while (end + 1 < tokens.size() && !tokens.get(end + 1).word().equals(";")) {
      end++;
      finite |= tokens.get(end).isFiniteVerb();
    }
    finite |= tokens.get(start).isFiniteVerb();
    int[] range = CueFinder.trimPunctuation(s, new int[] {start, end});
    if (!finite || range == null || range[1] - range[0] + 1 < MIN_TOKENS) {
      return null;
    }
    return range;
  }

  /** Past the verb's adjuncts, and its objects when it has an addressee: "told reporters Monday that …". */
  private static int skipOwnDependents(Sentence s, Token verb, int k, boolean addressee) {
    boolean moved = true;
    boolean objectSkipped = !addressee; // the addressee is one object: "told reporters | the plan was dead"
    while (moved && k < s.tokens().size()) {
      moved = false;
      for (Token child : s.children(verb.index())) {
        boolean object = OBJECTS.contains(child.relation());
        boolean own = OWN_DEPENDENTS.contains(child.relation()) || (object && !objectSkipped);
        if (own && s.subtreeRange(child.index())[0] == k) {
          k = s.subtreeRange(child.index())[1] + 1;
          objectSkipped |= object;
          moved = true;
          break;
        }
      }
    }
    return k;
  }

  /** ", as did the campaign itself, that …": a short aside between commas before "that". */
  private static int skipAsideBeforeThat(List<Token> tokens, int k, ReportingLexicon lexicon) {
    if (k >= tokens.size() || !tokens.get(k).word().equals(",")) {
      return k;
    }
    for (int j = k + 1; j < tokens.size() && j - k <= MAX_ASIDE_TOKENS; j++) {
      if (tokens.get(j).word().equals(",")) {
        return j + 1 < tokens.size() && lexicon.complementizers().contains(tokens.get(j + 1).word()) ? j + 1 : k;
      }
    }
    return k;
  }
}
