package org.quotestance.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * Finds reporting expressions in a parsed sentence: reporting verbs with their source (subject,
 * or the subject of the clause they hang from: "…, adding", "she was quoted as saying") and their
 * complement, before or after the verb; and "according to X".
 */
final class CueFinder {
  private static final Set<String> OBJECT_LIKE = Set.of("obj", "xcomp", "advcl", "obl", "ccomp", "nmod", "dep");
  /** Say-like verbs report a clause, not their object ("told reporters") or adjuncts. */
  private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "parataxis", "advcl");
  /** Talk-like verbs report a topic: "spoke about the plan", "asked about taxes". */
  private static final Set<String> TOPICS = Set.of("xcomp", "ccomp", "parataxis", "advcl", "obl");
  private static final Set<String> TEMPORAL = Set.of("obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod");
  private final ReportingLexicon lexicon;

  private final NominalCues nominal;
  private final CueSources sources;

  CueFinder(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
    this.nominal = new NominalCues(lexicon);
    this.sources = new CueSources(lexicon);
  }

  List<Cue> find(Sentence s) {
    List<Cue> cues = new ArrayList<>();
    List<Token> tokens = s.tokens();
    // absolute reports first: another report's content ends before them
    Map<Integer, Cue> absolutes = new TreeMap<>();
    for (Token t : tokens) {
      Cue absolute = t.isVerb() && lexicon.isReportingVerb(t.lemma()) ? absoluteCue(s, t) : null;
      if (absolute != null) {
        absolutes.put(t.index(), absolute);
      }
    }
    for (Token t : tokens) {
      String according = nominal.accordingPhrase(tokens, t);
      Cue asClause = t.isVerb() ? asClauseCue(s, t) : null;
      PhrasalVerbs.Match phrasal = t.isVerb() ? PhrasalVerbs.find(s, t, lexicon) : null;
      if (absolutes.containsKey(t.index())) {
        cues.add(absolutes.get(t.index()));
      } else if (according != null) {
        cues.add(nominal.accordingTo(s, t, according));
      } else if (asClause != null) {
        cues.add(asClause);
      } else if (phrasal != null) {
        Cue cue = phrasalCue(s, t, phrasal);
        if (cue != null) {
          cues.add(cue);
        }
      } else if (t.isVerb() && lexicon.isReportingVerb(t.lemma())) {
        Cue cue = verbCue(s, t);
        if (cue != null && cue.source() < 0 && !cues.isEmpty() && t.pos().equals("VBG")) {
          cue = cue.withSource(cues.get(cues.size() - 1).source()); // "he said, adding …" (parsed as a marker)
        }
        if (cue != null) {
          cues.add(cue);
        }
      } else if (t.isNoun() && lexicon.nouns().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        Cue cue = nominal.nounCue(s, t);
        if (cue != null) {
          cues.add(cue);
        }
      }
    }
    return absolutes.isEmpty() ? cues : endBeforeAbsolutes(s, cues, List.copyOf(absolutes.values()));
  }

  /**
   * Rule {@code absolute-report}: ", with the ministry saying (that) CLAUSE": an absolute phrase
   * opened by "with" after a comma, a noun phrase and a reporting participle. The noun phrase is the
   * source and what follows the participle, to the end of the sentence, its content; the parser
   * rarely hangs the clause on the participle. Null if the verb is not in such a phrase.
   */
  private Cue absoluteCue(Sentence s, Token verb) {
    List<Token> tokens = s.tokens();
    if (!verb.pos().equals("VBG") || verb.index() < 3) {
      return null;
    }
    int k = verb.index() - 1;
    int source = -1;
    while (k >= 0 && nounPhraseWord(tokens.get(k))) {
      if (source < 0 && tokens.get(k).isNoun()) {
        source = k; // the phrase's last noun is its head
      }
      k--;
    }
    if (source < 0 || k < 1 || !tokens.get(k).word().equalsIgnoreCase("with") || !tokens.get(k - 1).word().equals(",")) {
      return null;
    }
    int from = verb.index() + 1;
    if (from < tokens.size() && lexicon.complementizers().contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
      from++;
    }
    int[] content = from < tokens.size() ? trimPunctuation(s, new int[] {from, tokens.size() - 1}) : null;
    if (content == null || content[1] - content[0] < 2 || !s.tokens().subList(content[0], content[1] + 1).stream().anyMatch(Token::isVerb)) {
      return null;
    }
    return new Cue(s.index(), verb.index(), verb.word(), verb.lemma().toLowerCase(Locale.ROOT), source,
        charStart(s, content[0], content[1]), charEnd(s, content[0], content[1]), Cue.ABSOLUTE);
  }

  private static boolean nounPhraseWord(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS") || pos.equals("PRP$") || pos.equals("CD");
  }

  /** Another report's content ends before the comma that opens an absolute report inside it. */
  private static List<Cue> endBeforeAbsolutes(Sentence s, List<Cue> cues, List<Cue> absolutes) {
    List<Cue> out = new ArrayList<>();
    for (Cue cue : cues) {
      Cue trimmed = cue;
      for (Cue absolute : absolutes) {
        if (absolute == cue) {
          continue;
        }
        int comma = absolute.token() - 1;
        while (comma >= 0 && !s.tokens().get(comma).word().equals(",")) {
          comma--;
        }
        int commaBegin = comma >= 0 ? s.tokens().get(comma).begin() : -1;
        if (trimmed.hasContent() && trimmed.start() < commaBegin && trimmed.end() > commaBegin) {
          int last = comma - 1;
          while (last >= 0 && s.tokens().get(last).end() > commaBegin) {
            last--;
          }
          trimmed = last >= 0 && s.tokens().get(last).end() > trimmed.start() ? trimmed.withEnd(s.tokens().get(last).end()) : trimmed;
        }
      }
      out.add(trimmed);
    }
    return out;
  }

  /**
   * Rule {@code as-clause}: "as X put it, CLAUSE": an "as" clause whose verb is one of
   * reporting.json's {@code asClauseVerbs} makes its subject the source of the clause it modifies.
   */
  private Cue asClauseCue(Sentence s, Token verb) {
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    // "as many experts have pointed out, CLAUSE": a reporting verb with nothing reported of its own reports the clause too
    boolean reports = lexicon.asClauseVerbs().contains(lemma) || lexicon.isReportingVerb(lemma) && !hasOwnContent(s, verb)
        && frontedAsClause(s, verb);
    if (!reports || !verb.relation().startsWith("advcl") || verb.head() < 0) {
      return null;
    }
    Token mark = s.child(verb.index(), "mark");
    Token subject = s.child(verb.index(), "nsubj");
    if (mark == null || subject == null || !mark.word().equalsIgnoreCase("as")) {
      return null;
    }
    int[] clause = s.subtreeRange(verb.head());
    int[] own = s.subtreeRange(verb.index());
    // the clause is on whichever side of the "as" clause has more of it
    int[] content;
    if (own[1] + 1 > clause[1]) {
      content = new int[] {clause[0], own[0] - 1};
    } else if (own[0] > clause[0] && own[0] - clause[0] > clause[1] - own[1]) {
      content = new int[] {clause[0], own[0] - 1};
    } else {
      content = new int[] {own[1] + 1, clause[1]};
    }
    content = trimPunctuation(s, content);
    if (content == null || content[0] > content[1]) {
      return null;
    }
    return new Cue(s.index(), verb.index(), verb.word(), verb.lemma().toLowerCase(Locale.ROOT), subject.index(),
        charStart(s, content[0], content[1]), charEnd(s, content[0], content[1]), Cue.AS_CLAUSE);
  }

  /**
   * The "as" clause opens the sentence and a comma closes it right after the verb (or its particle):
   * "As many experts have noted, …", not "as tidy as they suggest" nor "…, as X spoke about Y, …".
   */
  private static boolean frontedAsClause(Sentence s, Token verb) {
    int[] own = s.subtreeRange(verb.index());
    int after = verb.index() + 1;
    if (after < s.tokens().size() && s.tokens().get(after).relation().equals("compound:prt")) {
      after++;
    }
    boolean first = own[0] == 0 || own[0] == 1 && !Character.isLetterOrDigit(s.tokens().get(0).word().codePointAt(0));
    return first && s.tokens().get(own[0]).word().equalsIgnoreCase("as") && after < s.tokens().size()
        && s.tokens().get(after).word().equals(",");
  }

  /** The verb has a clause, an object or a quote of its own ("as he said in March that …"). */
  private static boolean hasOwnContent(Sentence s, Token verb) {
    for (Token child : s.children(verb.index())) {
      String r = child.relation();
      if (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") || r.equals("parataxis") || r.startsWith("dep")) {
        return true;
      }
    }
    return false;
  }

  /** The phrase's preposition's object, without the preposition, as what its subject reports ({@link PhrasalVerbs}). */
  private Cue phrasalCue(Sentence s, Token verb, PhrasalVerbs.Match match) {
    int source = sources.of(s, verb);
    int[] range = s.subtreeRange(match.object().index());
    int from = Math.max(range[0], match.preposition().index() + 1);
    int to = range[1];
    for (Token child : s.children(verb.index())) {
      // "pushing back on Moscow's allegation that …" with the that-clause hung on the verb
      Token mark = s.child(child.index(), "mark");
      if (child.index() > to && child.relation().startsWith("ccomp") && mark != null
          && lexicon.complementizers().contains(mark.word().toLowerCase(Locale.ROOT)) && mark.index() == to + 1) {
        to = s.subtreeRange(child.index())[1];
      }
    }
    int[] content = trimPunctuation(s, new int[] {from, to});
    if (source < 0 || content == null) {
      return null;
    }
    String text = s.tokens().subList(verb.index(), match.preposition().index() + 1).stream().map(Token::word)
        .collect(Collectors.joining(" "));
    return new Cue(s.index(), verb.index(), text, match.actsAs(), source, charStart(s, content[0], content[1]),
        charEnd(s, content[0], content[1]), Cue.PHRASAL);
  }

  private Cue verbCue(Sentence s, Token verb) {
    int source = sources.of(s, verb);

    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    int[] content;
    String rule = Cue.REPORTED_SPEECH;
    Inversion inverted = Inversion.find(s, verb, lexicon);
    if (inverted != null) {
      content = inverted.content();
      source = inverted.source();
      rule = Cue.INVERTED;
    } else {
      content = complement(s, verb, lemma);
      if (content != null && isParticipleOfReport(s, verb) && reportedClause(s, verb) == null) {
        content = null; // "…, he said, describing the forces as allies": a gloss, not more speech
      }
      if (content == null) {
        content = SurfaceClause.find(s, verb, lexicon);
        rule = content != null ? Cue.SURFACE_CLAUSE : rule;
      }
    }
    if (content == null && lexicon.needsComplement().contains(lemma) && !beforeQuoteMark(s, verb)) {
      return null; // "agreed", "asked" with nothing reported; but "Asking 'Will You …'" reports the quote
    }
    content = withoutTrailingReport(s, verb, content);
    content = withoutNarratedAsClause(s, verb, content);
    if (source < 0 && content == null) {
      return null;
    }
    int start = content == null ? -1 : charStart(s, content[0], content[1]);
    int end = content == null ? -1 : charEnd(s, content[0], content[1]);
    return new Cue(s.index(), verb.index(), verb.word(), lemma, source, start, end, rule);
  }

  /**
   * "urged both sides to end the row, as Oslo pressed its charge that …": a clause after a comma opened
   * by "as", with its own subject, that ends the content is the narrator's circumstance, not what was
   * reported; the content ends before its comma. Not where a quote mark opens inside it.
   */
  private static int[] withoutNarratedAsClause(Sentence s, Token verb, int[] content) {
    if (content == null) {
      return null;
    }
    for (int k = content[0] + 2; k <= content[1]; k++) {
      Token t = s.tokens().get(k);
      boolean asClause = t.relation().startsWith("advcl") && t.isVerb() && t.index() > verb.index()
          && s.children(k).stream().anyMatch(c -> c.relation().equals("mark") && c.word().equalsIgnoreCase("as"))
          && s.children(k).stream().anyMatch(c -> c.relation().startsWith("nsubj"));
      if (!asClause) {
        continue;
      }
      int[] range = s.subtreeRange(k);
      int comma = range[0] - 1;
      if (comma > content[0] && s.tokens().get(comma).word().equals(",") && range[1] >= content[1]) {
        return trimPunctuation(s, new int[] {content[0], comma - 1});
      }
    }
    return content;
  }

  /** The verb is followed by an opening quote mark, within two tokens. */
  private static boolean beforeQuoteMark(Sentence s, Token verb) {
    for (int k = verb.index() + 1; k < s.tokens().size() && k <= verb.index() + 2; k++) {
      String w = s.tokens().get(k).word();
      if (w.length() == 1 && "\"“‘'«„`".contains(w) || w.equals("``")) {
        return true;
      }
    }
    return false;
  }

  /** "…, X said, citing / describing / adding …": a participle hanging from another report. */
  private boolean isParticipleOfReport(Sentence s, Token verb) {
    if (!verb.pos().equals("VBG") || verb.head() < 0) {
      return false;
    }
    Token governor = s.tokens().get(verb.head());
    return governor.isVerb() && lexicon.isReportingVerb(governor.lemma());
  }

  /**
   * A clause reported by one verb may end in another report ("The mayor has challenged the governor to …,
   * the agency reported"): the inner report ends at that second report's comma.
   */
  private int[] withoutTrailingReport(Sentence s, Token verb, int[] content) {
    if (content == null) {
      return null;
    }
    for (int k = content[0]; k <= content[1]; k++) {
      Token t = s.tokens().get(k);
      if (k != verb.index() && t.isVerb() && lexicon.isReportingVerb(t.lemma())) {
        Inversion other = Inversion.find(s, t, lexicon);
        if (other != null && other.comma() > content[0] && other.comma() > verb.index()) {
          return trimPunctuation(s, new int[] {content[0], other.comma() - 1});
        }
        // "denied the accusations that …, calling them slander": the parser may hang the
        // participle inside the content; a comma and a reporting participle start a new report
        boolean participle = t.pos().equals("VBG") && k > content[0] + 1 && s.tokens().get(k - 1).word().equals(",");
        if (participle && k > verb.index()) {
          return trimPunctuation(s, new int[] {content[0], k - 2});
        }
        // "reiterated that A, and said B": a second report of the same subject, which the parser
        // coordinates with the reported clause's verb, or hangs on a word inside it as a parataxis
        boolean coordinated = (t.relation().equals("conj") || t.relation().equals("parataxis")) && k > verb.index() && k > content[0] + 2
            && s.tokens().get(k - 1).word().equalsIgnoreCase("and") && s.tokens().get(k - 2).word().equals(",")
            && s.children(k).stream().noneMatch(c -> c.relation().startsWith("nsubj"));
        if (coordinated) {
          return withoutMarker(s, new int[] {content[0], k - 3});
        }
      }
    }
    return content;
  }

  /**
   * "wrote that most of the fish caught by trawlers is sold abroad": the parser may take the
   * participle for the clause's verb and hang the real predicate on the cue ("dep"), with its auxiliary
   * and no subject of its own. A predicate like that, starting right after the clause, ends it.
   */
  private static int[] withStrandedPredicate(Sentence s, Token verb, int[] content) {
    if (content == null) {
      return null;
    }
    for (Token child : s.children(verb.index())) {
      int[] range = s.subtreeRange(child.index());
      boolean stranded = "dep".equals(child.relation()) && child.isVerb() && range[0] == content[1] + 1
          && s.children(child.index()).stream().anyMatch(t -> t.relation().startsWith("aux") && t.index() < child.index())
          && s.children(child.index()).stream().noneMatch(t -> t.relation().startsWith("nsubj"));
      if (stranded) {
        return trimPunctuation(s, new int[] {content[0], range[1]});
      }
    }
    return content;
  }

  /** Token range of what the verb reports, or null. */
  private int[] complement(Sentence s, Token verb, String lemma) {
    Token ccomp = reportedClause(s, verb);
    if (ccomp != null) {
      return withStrandedPredicate(s, verb, withoutMarker(s, s.subtreeRange(ccomp.index())));
    }
    int[] relative = relativeReport(s, verb);
    if (relative != null) {
      return relative;
    }
    if (lexicon.needsComplement().contains(lemma) && !lexicon.topicVerbs().contains(lemma)) {
      return null;
    }
    if ("parataxis".equals(baseRelation(verb.relation())) && verb.head() >= 0 && verb.head() < verb.index()) {
      // "X says A; Y insists it never left": the clause before is another report, not this one's
      // content; a clause of the verb's own after it (the parser's "dep") is what it reports
      Token head = s.tokens().get(verb.head());
      if (lexicon.isReportingVerb(head.lemma().toLowerCase(java.util.Locale.ROOT)) && reportedClause(s, head) != null) {
        for (Token child : s.children(verb.index())) {
          if (child.index() > verb.index() && child.isVerb() && "dep".equals(child.relation())) {
            // its subject may hang on the cue as an object: "insists it never left"
            return trimPunctuation(s, new int[] {verb.index() + 1, s.subtreeRange(child.index())[1]});
          }
        }
        return null;
      }
      int[] clause = s.subtreeRange(verb.head());
      int[] own = s.subtreeRange(verb.index());
      int[] before = trimPunctuation(s, new int[] {clause[0], own[0] - 1});
      return before != null && Inversion.isMainClause(s, before) ? before : null;
    }
    Set<String> allowed = lexicon.objectContentVerbs().contains(lemma) ? OBJECT_LIKE
        : lexicon.topicVerbs().contains(lemma) ? TOPICS : CLAUSES;
    // With an object, prepositional phrases are circumstances ("during the debate"), not content.
    boolean hasObject = s.child(verb.index(), "obj") != null;
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (Token child : s.children(verb.index())) {
      String relation = baseRelation(child.relation());
      // "charged the board with profiting from the scheme": with an object, a topic phrase of an
      // object-content verb is still what is reported; other phrases are circumstances
      boolean objectTopic = allowed == OBJECT_LIKE && (isTopic(s, child, lemma) || inclusion(s, child));
      boolean circumstance = relation.equals("obl") && (hasObject && !objectTopic || (allowed == TOPICS && !isTopic(s, child, lemma)));
      if (child.index() > verb.index() && allowed.contains(relation) && !circumstance
          && !child.equals(CueSources.agent(s, verb, lexicon))
          && !TEMPORAL.contains(child.relation()) && !isSeparateReport(child)) {
        int[] r = s.subtreeRange(child.index());
        Token preposition = s.child(child.index(), "case");
        // the topic of "commented on the tariffs" is "the tariffs"
        int from = relation.equals("obl") && preposition != null && preposition.index() == r[0] && r[0] < r[1] ? r[0] + 1 : r[0];
        lo = Math.min(lo, from);
        hi = Math.max(hi, r[1]);
      }
    }
    if (hi < 0) {
      return null;
    }
    if (hasObject && allowed == OBJECT_LIKE) {
      hi = Math.max(hi, dashedCharge(s, verb, lemma, hi));
    }
    return trimPunctuation(s, new int[] {Math.max(lo, verb.index() + 1), hi});
  }

  /**
   * "accusing the board — and its chairman in person — of hiding …": after an aside in dashes
   * the parser makes the charge a conjunct, of the verb or of the clause it hangs on; a conjunct right
   * after the aside whose topic preposition opens it is the charge. The charge's last token, or -1.
   */
  private int dashedCharge(Sentence s, Token verb, String lemma, int end) {
    if (end + 1 >= s.tokens().size() || !DASHES.contains(s.tokens().get(end + 1).word())) {
      return -1;
    }
    List<Token> candidates = new ArrayList<>(s.children(verb.index()));
    if (verb.head() >= 0) {
      candidates.addAll(s.children(verb.head()));
    }
    for (Token child : candidates) {
      int[] r = s.subtreeRange(child.index());
      if (child.relation().startsWith("conj") && child.index() > end && isTopic(s, child, lemma) && r[0] > end + 1) {
        for (int k = end + 2; k < r[1]; k++) {
          Token next = s.tokens().get(k + 1); // the aside's closing dash, then the charge's preposition
          if (DASHES.contains(s.tokens().get(k).word()) && next.relation().equals("case") && next.head() == child.index()) {
            return r[1];
          }
        }
      }
    }
    return -1;
  }

  private static final Set<String> DASHES = Set.of("—", "–", "--");

  /**
   * The verb's clausal complement. With two ("Odd as it may sound, X said the deal …"),
   * the one after the verb is what was said; the one before is a framing adjunct.
   */
  private static Token reportedClause(Sentence s, Token verb) {
    Token before = null;
    for (Token child : s.children(verb.index())) {
      if (child.relation().equals("ccomp")) {
        if (child.index() > verb.index()) {
          return child;
        }
        before = before == null ? child : before;
      }
    }
    return before;
  }

  /**
   * "released photos which it said showed trucks crossing the border": a report in a relative clause
   * whose pronoun is the reported clause's subject (the parser hangs that clause on the verb as "dep");
   * what is reported is the clause after the verb, or null.
   */
  private static int[] relativeReport(Sentence s, Token verb) {
    if (!verb.relation().equals("acl:relcl")) {
      return null;
    }
    Token pronoun = s.child(verb.index(), "obj");
    if (pronoun == null || pronoun.index() > verb.index() || !pronoun.pos().startsWith("W") && !pronoun.word().equalsIgnoreCase("that")) {
      return null;
    }
    for (Token child : s.children(verb.index())) {
      if (child.index() > verb.index() && child.isVerb() && child.relation().equals("dep")) {
        return trimPunctuation(s, new int[] {verb.index() + 1, s.subtreeRange(child.index())[1]});
      }
    }
    return null;
  }

  /** "about X", "of X", "for X": the topic of talk, not its time or place. */
  /** ", including the chairman and his deputy, of hiding …": members of the object, still its report. */
  private boolean inclusion(Sentence s, Token obl) {
    Token word = s.child(obl.index(), "case");
    return word != null && lexicon.inclusionWords().contains(word.word().toLowerCase(Locale.ROOT));
  }

  private boolean isTopic(Sentence s, Token obl, String verbLemma) {
    Token preposition = s.child(obl.index(), "case");
    return preposition != null && lexicon.introducesTopic(preposition.word().toLowerCase(Locale.ROOT), verbLemma);
  }

  /** ", adding …" hanging from a reporting verb is a report of its own. */
  private boolean isSeparateReport(Token child) {
    return child.isVerb() && lexicon.isReportingVerb(child.lemma()) && !child.relation().equals("ccomp")
        && !child.relation().equals("xcomp");
  }

  static int[] withoutMarker(Sentence s, int[] range) {
    Token first = s.tokens().get(range[0]);
    if (first.relation().equals("mark") && first.word().equalsIgnoreCase("that") && range[0] < range[1]) {
      range = new int[] {range[0] + 1, range[1]};
    }
    return trimPunctuation(s, range);
  }

  static int[] trimPunctuation(Sentence s, int[] range) {
    int lo = range[0];
    int hi = range[1];
    while (lo < hi && isPunct(s.tokens().get(lo))) {
      lo++;
    }
    while (hi > lo && isPunct(s.tokens().get(hi))) {
      hi--;
    }
    return hi >= lo && !isPunct(s.tokens().get(lo)) ? new int[] {lo, hi} : null;
  }

  static boolean isPunct(Token t) {
    return t.relation().equals("punct") || !t.word().chars().anyMatch(Character::isLetterOrDigit);
  }

  static String baseRelation(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  static int charStart(Sentence s, int from, int to) {
    return from > to ? -1 : s.tokens().get(from).begin();
  }

  static int charEnd(Sentence s, int from, int to) {
    return from > to ? -1 : s.tokens().get(to).end();
  }
}
