package org.quotestance.stance;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.quote.ReportingLexicon;
import org.quotestance.speaker.Speaker;
import org.quotestance.stance.Stance.Label;

/**
 * Reads the claim as a proposition on a quote's dependency parse: a relation predicate whose agent
 * is the target (or the speaker, when the speaker speaks for the target) and whose argument is the
 * object, or a contrary predicate (the target fights the object). The polarity of each proposition
 * is read on the way from the predicate up to the top of the quote: negations, negated subjects,
 * degree constructions, rejecting predicates, attributions to someone else ("the accusations that
 * …"), conditionals and questions; then the quote's own reporting cue. Returns null when the parse
 * holds no claim proposition, so that the caller's lexical rules decide.
 */
final class ClaimReader implements Serializable {
  /** Rule names, cited in {@code evidence}. */
  static final String ASSERTS = "asserts-claim";
  static final String NEGATES = "negates-claim";
  static final String CONTRARY = "contrary-claim";
  static final String CONTRARY_NEGATED = "negated-contrary";
  static final String REJECTS_ALLEGATION = "rejects-allegation";
  static final String NEGATED_REJECTION = "negated-rejection";
  static final String REPORTS_ALLEGATION = "reports-allegation";
  static final String ENDORSES_ALLEGATION = "endorses-allegation";
  static final String HYPOTHETICAL = "hypothetical";
  static final String QUESTION = "question";
  static final String OTHER_AGENT = "other-agent";
  static final String CHALLENGE = "challenge-to-prove";
  static final String TOPIC = "article-topic";
  static final String NOTHING_TO_HIDE = "nothing-to-hide";
  static final String DEFLECTS = "deflects-claim";
  static final String CONDEMNS_AFFAIR = "condemns-affair";
  static final String KNOWING_COMPLICITY = "knowing-complicity";
  static final String SETS_CLAIM_APART = "sets-claim-apart";
  static final String PASSAGE_CONTROL = "passage-control";
  static final String OPEN_QUESTION = "open-question";
  static final String WITHHOLDS = "withholds-judgement";
  static final String DESTINATION = "goods-to-target";
  static final String SAME_SENTENCE = "same-sentence";
  static final String RHETORICAL = "rhetorical-question";
  static final String PRESUPPOSED = "presupposing-question";
  static final String MINIMIZED = "played-down";
  static final String OWN_GOODS = "own-goods";
  static final String DENIES_EXISTENCE = "denies-existence";
  static final String ACCUSES = "accusing-cue";
  static final String OWN_ALLEGATION = "own-allegation";
  static final String BACKS_EVIDENCE = "backs-evidence";
  static final String DISCREDITS_EVIDENCE = "discredits-evidence";
  static final String ANOTHER_CLAIM = "another-claim";
  static final String INSINUATION = "insinuation";
  static final String ACCUSED_OF = "accused-of";
  static final String GIVES_REASON = "gives-reason";
  static final String LAWFUL_SOURCE = "lawful-source";
  static final String OWN_CRACKDOWN = "own-crackdown";
  static final String OPEN_SECRET = "open-secret";
  static final String PROTECTIVE_MOTIVE = "protective-motive";
  static final String ANSWERS_ACCUSERS = "answers-accusers";
  static final String CONDITIONAL_RESIGNATION = "conditional-resignation";
  static final String WITNESS_DENIAL = "witness-denial";
  static final String OPEN_RECORDS = "open-records";
  static final String DISBELIEF = "disbelief";
  static final String ACCUSER_LIES = "accuser-lies";
  static final String DENIES_STATE_ROLE = "denies-state-role";
  static final String SMALL_AMOUNT = "small-amount";
  static final String CLEAN_RECORD = "clean-record";
  static final String DIVERSION = "diversion";
  static final String CONCEDES_TRADE = "concedes-trade";

  /** NER classes that name a party; the fine-grained ones for common nouns (TITLE, …) do not. */
  private static final Set<String> NAME_NER = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY", "CITY",
      "STATE_OR_PROVINCE", "LOCATION", "MISC", "IDEOLOGY", "RELIGION");
  private final Claim claim;
  private final StanceLanguage lang;
  private final ReportingLexicon reporting;
  private final TermMatcher target;
  private final TargetReferences targetReferences;
  private final TermMatcher object;
  private final TermMatcher objectReferences;
  private final TermMatcher goods;
  private final TermMatcher relation;
  private final TermMatcher objectRequired;
  private final TermMatcher exchange;
  private final TermMatcher contrary;
  private final TermMatcher passages;
  private final TermMatcher references;
  private final TermMatcher diversions;
  private final TermMatcher denyWords;
  private final TermMatcher consequences;
  private final TermMatcher proofWords;
  private final Set<String> denyVerbs;
  private final Set<String> supportVerbs;

  ClaimReader(Claim claim, StanceLanguage lang, ReportingLexicon reporting) {
    this.claim = claim;
    this.reporting = reporting;
    this.lang = lang;
    target = new TermMatcher(claim.target().aliases(), true);
    targetReferences = new TargetReferences(Claim.orEmpty(claim.targetReferences()));
    object = new TermMatcher(claim.object().aliases(), true);
    objectReferences = new TermMatcher(Claim.orEmpty(claim.objectReferences()), false);
    goods = new TermMatcher(Claim.orEmpty(claim.goods()), false);
    relation = new TermMatcher(claim.relation(), false);
    objectRequired = new TermMatcher(Claim.orEmpty(claim.objectRequired()), false);
    exchange = new TermMatcher(Claim.orEmpty(claim.exchange()), false);
    contrary = new TermMatcher(Claim.orEmpty(claim.contrary()), true); // whole words: "fight", not "fighters"
    passages = new TermMatcher(Claim.orEmpty(claim.passages()), false);
    references = new TermMatcher(Claim.orEmpty(claim.claimReferences()), false);
    diversions = new TermMatcher(List.copyOf(lang.diversionWords()), false);
    denyWords = new TermMatcher(claim.cues().denyWords(), false);
    consequences = new TermMatcher(Claim.orEmpty(claim.cues().consequenceWords()), false);
    proofWords = new TermMatcher(Claim.orEmpty(claim.cues().proofWords()), false);
    denyVerbs = lower(claim.cues().denyVerbs());
    supportVerbs = lower(claim.cues().supportVerbs());
  }

  private static Set<String> lower(List<String> words) {
    return Claim.orEmpty(words).stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  /** What the reader found, with the rule, the roles and the polarity steps as evidence. */
  /** @param at the relation word the reading is of, or -1 when it is of no one word */
  record Reading(Label label, double confidence, String evidence, int strength, int at) {
    Reading(Label label, double confidence, String evidence, int strength) {
      this(label, confidence, evidence, strength, -1);
    }

    Reading at(int index) {
      return new Reading(label, confidence, evidence, strength, index);
    }
  }

  /** The quote, its speaker, and what the article as a whole names. */
  record Context(ParsedText doc, QuoteSpan quote, Speaker speaker, boolean articleAboutClaim,
      boolean articleNamesObject) {}

  Reading read(Context c) {
    Reading own = targetSideSupport(c, read(c, false));
    if (c.quote().kind() != QuoteSpan.Kind.PARTIAL && reportsAllegation(own)) {
      String verdict = quotedDenyWord(c, true);
      if (verdict != null) {
        return rejected(own, "rejected as '" + verdict + "'"); // "described Russian allegations that … as a lie"
      }
    }
    if (c.quote().kind() != QuoteSpan.Kind.PARTIAL || own != null && takesSide(own)) {
      return own;
    }
    // a partial quote whose own words take no side speaks with the clause reported around it
    Reading clause = read(c, true);
    String rejecting = reportsAllegation(clause) ? quotedDenyWord(c, false) : null;
    if (rejecting != null) {
      return rejected(clause, "rejected by the quoted '" + rejecting + "'"); // "… as 'pure fiction'"
    }
    return clause != null && takesSide(clause) ? clause : own;
  }

  private Reading read(Context c, boolean widen) {
    boolean speakerIsTarget = speaksForTarget(c);
    List<Reading> readings = new ArrayList<>();
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, speakerIsTarget, widen);
      if (m.lo > m.hi) {
        continue;
      }
      List<Reading> own = new ArrayList<>();
      readSentence(c, m, own);
      Reading contrasted = afterContrast(m, own);
      if (contrasted != null) {
        readings.add(contrasted);
        continue;
      }
      // the target's own side speaking of its own goods takes no side in that sentence, so another
      // sentence's denial is not outweighed by it
      own.stream().map(r -> targetSideSupport(c, r)).max(Comparator.comparingInt(Reading::strength)
          .thenComparing(ClaimReader::takesSide)
          .thenComparingDouble(Reading::confidence)).ifPresent(readings::add);
    }
    // across the sentences of a long quote, the one that takes a side speaks for it ("they say … we never
    // touched such a shipment")
    return readings.stream()
        .max(Comparator.comparing(ClaimReader::takesSide)
            .thenComparingInt(Reading::strength)
            .thenComparingDouble(Reading::confidence))
        .orElse(null);
  }

  /** The sentences the quote overlaps, in order. */
  private static List<Sentence> quoteSentences(Context c) {
    return c.doc().sentences().stream().filter(s -> s.end() > c.quote().start() && s.begin() < c.quote().end()).toList();
  }

  /** Rule {@code article-topic}: nobody named does it, so the article's topic decides, at 0.6 at most. */
  private Reading topicReading(Polarity p, String roles) {
    return atMost(decide(p, roles + ", agent unnamed in an article about the claim", 1, true), 0.6, TOPIC + ": ");
  }

  /** The reading at confidence {@code max} at most, its evidence behind {@code prefix}, strength 1. */
  private static Reading atMost(Reading r, double max, String prefix) {
    return new Reading(r.label(), Math.min(r.confidence(), max), prefix + r.evidence(), 1);
  }

  private static boolean reportsAllegation(Reading r) {
    return r != null && r.evidence().startsWith(REPORTS_ALLEGATION);
  }

  /** A reported allegation that the quote's own words judge: the speaker rejects it. */
  private static Reading rejected(Reading report, String how) {
    return new Reading(Label.DENY, 0.8, REJECTS_ALLEGATION + report.evidence().substring(REPORTS_ALLEGATION.length())
        + ", " + how, report.strength());
  }

  /**
   * Rule {@code same-sentence}, for a quote the parse found no proposition in although one of its
   * sentences holds the target and a relation word, and the quote (where the word needs it) the
   * object or the goods: the parser often hangs a clause wrongly ("the chief buyer of oil" with the oil under
   * the verb), so the words are read as one proposition, with the polarity read from the relation
   * word up, at low confidence. A named third party or the object as the relation's agent still
   * rules it out. Null when no sentence takes a side this way.
   */
  Reading sameSentenceReading(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    boolean speakerIsTarget = speaksForTarget(c);
    boolean quoteNamesGoods = quoteNamesGoods(c);
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, speakerIsTarget);
      if (m.lo > m.hi || !m.anyTarget()) {
        continue;
      }
      for (int i = m.lo; i <= m.hi; i++) {
        if (!m.relation[i] || insideContrary(m, i) || m.objectRequired[i] && !m.anyObjectOrGoods() && !quoteNamesGoods) {
          continue;
        }
        if (m.objectRequired[i] && subtreeHas(m, i, m.objectOrGoods) && !argumentIn(m, i)) {
          continue; // the parse does link the object, as something else's: "help the refugees who flee ISIS"
        }
        int agent = agentOf(m, i);
        Role role = roleOf(m, agent, 0);
        if (role == Role.OTHER || role == Role.OBJECT && !m.exchange[i] || agent >= 0 && askedAbout(s, i, agent)) {
          continue; // "our accusers ought to ask who sells it": an embedded question names no doer
        }
        Polarity p = walk(c, m, i);
        negateByArgument(m, i, p);
        Reading r = decide(p, "target '" + m.firstTargetWord() + "', relation '" + s.tokens().get(i).word() + "'"
            + m.argumentText(i) + " in one sentence", 1, true);
        if (takesSide(r)) {
          return atMost(r, 0.6, SAME_SENTENCE + ": ");
        }
      }
    }
    return null;
  }

  /**
   * A rejecting word used as a noun in the quote ("the lies of the propaganda machine"): in an
   * article about the claim, a reference to the allegation that disparages it. Null if none.
   */
  String disparagingNoun(Context c) {
    return disparagingNoun(c, false);
  }

  /**
   * With {@code pointingBack}, only a rejecting noun with a demonstrative ("such lies", "these
   * slanders"), which refers back to the allegation even where the quote also names the target.
   */
  String disparagingNoun(Context c, boolean pointingBack) {
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, false);
      for (int i = m.lo; i <= m.hi; i++) {
        Token t = s.tokens().get(i);
        boolean demonstrative = t.isNoun() && (hasChild(s, i, "det", lang.demonstratives()) || hasChild(s, i, "amod", lang.demonstratives()));
        // without a demonstrative, a rejecting noun still points back when nothing makes it the target's
        // own or about another matter and the target is not what it is said of ("Ankara will never give in to a campaign of smears")
        if (pointingBack && (targetsOwnOrAboutElse(m, i) || !demonstrative && (!t.isNoun() || saidOfTarget(m, i)))) {
          continue;
        }
        if (m.denyWord[i] && (t.isNoun() || copularNoun(s, i) || evaluates(c, m, t) && negator(s, i, -1) == null)) {
          return t.word();
        }
      }
    }
    return null;
  }

  /**
   * "the claims were 'lies'" with "lies" tagged a verb: a word with a copula as its auxiliary and no
   * subject of its own is a noun the parser took for a verb.
   */
  private static boolean copularNoun(Sentence s, int i) {
    Token t = s.tokens().get(i);
    Set<String> copulas = Set.of("is", "are", "was", "were");
    return t.pos().equals("VBZ") && s.child(i, "nsubj") == null && (hasChild(s, i, "aux", copulas) || hasChild(s, i, "cop", copulas));
  }

  /** "Turkey is a liar": the rejecting noun is the predicate of the target, or the target's apposition. */
  private static boolean saidOfTarget(Marks m, int i) {
    Token subject = m.s.child(i, "nsubj");
    Token t = m.s.tokens().get(i);
    return subject != null && (m.target[subject.index()] || m.self[subject.index()])
        || t.relation().startsWith("appos") && t.head() >= 0 && m.target[t.head()];
  }

  /**
   * The noun is the target's own ("Turkey's lies", "the lies Turkey told") or says what it is about,
   * without the claim's words ("these lies about our pilots"): no reference to the allegation.
   */
  private boolean targetsOwnOrAboutElse(Marks m, int i) {
    Sentence s = m.s;
    for (Token child : s.children(i)) {
      if (child.relation().equals("nmod:poss") && (m.target[child.index()] || subtreeHas(m, child.index(), m.target))) {
        return true;
      }
      if (topicPhrase(s, child) && !mentionsClaim(m, child.index())) {
        return true;
      }
    }
    Token t = s.tokens().get(i);
    if (!t.relation().startsWith("obj") || t.head() < 0) {
      return false;
    }
    for (Token sibling : s.children(t.head())) {
      if (topicPhrase(s, sibling) && !mentionsClaim(m, sibling.index())) {
        return true; // "told these lies about our pilots"
      }
    }
    // "Ankara keeps repeating these lies": the target says them
    Token agent = controlledSubject(s, t.head());
    return agent != null && m.target[agent.index()];
  }

  /** The verb's subject, or for a controlled verb its governor's ("he promised to resign"); null if none. */
  private static Token controlledSubject(Sentence s, int verb) {
    Token subject = s.child(verb, "nsubj");
    for (int guard = 0; subject == null && guard < 3 && s.tokens().get(verb).relation().startsWith("xcomp")
        && s.tokens().get(verb).head() >= 0; guard++) {
      verb = s.tokens().get(verb).head();
      subject = s.child(verb, "nsubj");
    }
    return subject;
  }

  /** An "about" phrase: a nominal modifier or oblique whose preposition names a topic ("lies about the jet"). */
  private boolean topicPhrase(Sentence s, Token t) {
    return (t.relation().startsWith("nmod") || t.relation().startsWith("obl"))
        && (lang.topicPrepositions().contains(t.relation().substring(t.relation().indexOf(':') + 1))
            || hasChild(s, t.index(), "case", lang.topicPrepositions()));
  }

  /**
   * A rejecting adjective that is the evaluation itself: the whole of a partial quote ("called the
   * remarks 'baseless'"), or the predicate of a subject that only points back ("this is absurd",
   * "it is baseless").
   */
  private boolean evaluates(Context c, Marks m, Token t) {
    if (!t.pos().startsWith("JJ")) {
      return false;
    }
    if (c.quote().kind() == QuoteSpan.Kind.PARTIAL && m.hi - m.lo <= 3) {
      return true;
    }
    Token subject = m.s.child(t.index(), "nsubj");
    boolean pointsBack = subject != null && (subject.isPronoun()
        || lang.demonstratives().contains(subject.word().toLowerCase(Locale.ROOT)));
    return pointsBack && m.s.child(t.index(), "cop") != null;
  }

  /**
   * Rule {@code deflects-claim} for a question the quote answers with someone else: "anyone curious
   * about who pays for that fuel should ask [another capital]", "let them tell the world who
   * sells [another leader] his fuel". A relation or trade word whose subject is "who", with the
   * object or the goods, in a sentence that names another party and not the target, in an article
   * about the claim. The other party, or null.
   */
  String deflectedQuestion(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, speaksForTarget(c));
      if (m.anyNamedTarget()) {
        continue;
      }
      for (int i = m.lo; i <= m.hi; i++) {
        Token subject = s.child(i, "nsubj");
        if (subject == null) {
          subject = questionWordBefore(s, i); // "look at who is buying …": the parser made "who" an oblique
        }
        boolean trade = m.relation[i] || m.exchange[i] || subtreeHas(m, i, m.relation) || subtreeHas(m, i, m.exchange);
        boolean whoDoesIt = subject != null && lang.questionWords().contains(subject.word().toLowerCase(Locale.ROOT));
        boolean asked = whoDoesIt && trade && whClause(s, i, subject.index())
            && (m.objectOrGoods[i] || subtreeHas(m, i, m.objectOrGoods));
        if (!asked) {
          continue;
        }
        for (int k = m.lo; k <= m.hi; k++) {
          if (m.named(k) && answers(s, i, k)) {
            return "'" + subject.word() + " " + s.tokens().get(i).word() + "' … '" + s.tokens().get(k).word() + "'";
          }
        }
        String next = answeredNext(c, s);
        if (next != null) {
          return "'" + subject.word() + " " + s.tokens().get(i).word() + "' … '" + next + "'";
        }
      }
    }
    return null;
  }

  /**
   * A condition contrary to fact: the "if" clause in the past subjunctive or the past perfect ("if we were
   * buying it", "if they had bought it") and its main clause with "would", "could" or "might" ("we would
   * see it in the prices", "would we be seizing it?").
   */
  private boolean counterfactual(Sentence s, int condition, int main) {
    // "had" only with a past participle: "if they had bought it", not "if they had the oil"
    boolean past = s.children(condition).stream().anyMatch(t -> (t.relation().startsWith("aux") || t.relation().equals("cop"))
        && lang.counterfactualAuxiliaries().contains(t.word().toLowerCase(Locale.ROOT))
        && (!t.word().equalsIgnoreCase("had") || s.tokens().get(condition).pos().equals("VBN")));
    boolean modal = s.children(main).stream().anyMatch(t -> t.relation().startsWith("aux")
        && lang.counterfactualModals().contains(t.word().toLowerCase(Locale.ROOT)));
    return past && modal;
  }

  /** A question word hung on the verb before it in another relation than subject, where the verb has no subject. */
  private Token questionWordBefore(Sentence s, int verb) {
    for (Token child : s.children(verb)) {
      if (child.index() < verb && (child.relation().startsWith("obl") || child.relation().equals("dep"))
          && lang.questionWords().contains(child.word().toLowerCase(Locale.ROOT))) {
        return child;
      }
    }
    return null;
  }

  /**
   * "… who is buying the oil. It is the regime.": the quote's next sentence answers the question with
   * "it", "that" or "this" and a party it names that is not the target. The party, or null.
   */
  private String answeredNext(Context c, Sentence asked) {
    List<Sentence> sentences = quoteSentences(c);
    int at = sentences.indexOf(asked);
    if (at < 0 || at + 1 >= sentences.size()) {
      return null;
    }
    Sentence s = sentences.get(at + 1);
    Marks m = new Marks(c, s, speaksForTarget(c));
    for (Token root : s.tokens()) {
      if (root.head() >= 0 || s.child(root.index(), "cop") == null || !root.isNoun() || !m.inQuote(root.index())) {
        continue;
      }
      Token subject = s.child(root.index(), "nsubj");
      boolean pointsBack = subject != null && lang.claimProforms().contains(subject.word().toLowerCase(Locale.ROOT));
      if (!pointsBack || m.anyNamedTarget() || negator(s, root.index(), -1) != null) {
        return null;
      }
      for (int k = m.lo; k <= m.hi; k++) {
        boolean party = m.named(k) || k == root.index() && lang.stateOrgans().contains(root.lemma().toLowerCase(Locale.ROOT));
        if (party && (k == root.index() || s.dominates(root.index(), k))) {
          return s.tokens().get(k).word();
        }
      }
    }
    return null;
  }

  /**
   * Rule {@code another-claim}: the quote's claim reference says what it claims, in a clause that
   * names neither the object nor the goods ("Russia's claim that the plane never entered Turkish
   * airspace is false"): a verdict on that claim is none on this one. The reference and its
   * clause's verb, or null when the quote has no such reference or one that may be this claim.
   */
  String anotherClaim(Context c) {
    String found = null;
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, false);
      for (int i = m.lo; i <= m.hi; i++) {
        if (!m.reference[i] || !s.tokens().get(i).isNoun()) {
          continue;
        }
        Token content = otherContent(m, i);
        if (content == null) {
          return null; // a reference that may be to this claim
        }
        found = "'" + s.tokens().get(i).word() + " that … " + content.word() + "'";
      }
    }
    return found;
  }

  /**
   * The "that" clause a claim reference says it claims, when that clause names neither the object
   * nor its goods nor a description of it ("claims that the jet had violated the airspace"): that
   * reference is to another claim. Null when the reference has no such clause or it may be this claim.
   */
  private static Token otherContent(Marks m, int reference) {
    Sentence s = m.s;
    Token content = null;
    for (Token child : s.children(reference)) {
      boolean clause = child.relation().startsWith("ccomp") || child.relation().equals("acl");
      if (clause && child.isVerb() && hasChild(s, child.index(), "mark", Set.of("that"))) {
        content = child;
      }
    }
    if (content == null || m.objectOrGoods[content.index()] || subtreeHas(m, content.index(), m.objectOrGoods)
        || subtreeHas(m, content.index(), m.objectOrDescribed)) {
      return null;
    }
    return content;
  }

  /**
   * Rule {@code accused-of}: the speaker's own accusing cue outside the quote binds the roles
   * ("X accused Ankara's elite of 'stuffing their coffers' with cash from the jihadists", "accused
   * the government of shielding the jihadists"): the accused, the verb's object, is the target or
   * is modified by it, and the charge (its "of", "with" or "for" complement) names the object, a
   * description of it or its goods, and no contrary word ("accused Ankara of bombing the
   * militants" is no help to them). Not negated. The roles, or null.
   */
  String accusedOf(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, false);
      for (Token verb : s.tokens()) {
        if (m.inQuote(verb.index()) || !verb.isVerb() || !supportVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        Token accused = s.child(verb.index(), "obj");
        if (accused == null || !(m.target[accused.index()] || s.children(accused.index()).stream()
            .anyMatch(t -> m.target[t.index()] && !t.relation().startsWith("acl") && !t.relation().startsWith("nmod:")
                || m.target[t.index()] && t.relation().equals("nmod:poss")))) {
          continue;
        }
        boolean negated = s.children(verb.index()).stream()
            .anyMatch(t -> lang.negators().contains(t.word().toLowerCase(Locale.ROOT)));
        for (Token charge : s.children(verb.index())) {
          boolean complement = (charge.relation().startsWith("advcl") || charge.relation().startsWith("obl"))
              && s.children(charge.index()).stream().anyMatch(t -> (t.relation().equals("mark") || t.relation().equals("case"))
                  && Set.of("of", "with", "for").contains(t.word().toLowerCase(Locale.ROOT)));
          if (!complement || negated || subtreeHas(m, charge.index(), m.contrary)) {
            continue;
          }
          boolean names = m.objectOrGoods[charge.index()] || m.objectOrDescribed[charge.index()]
              || subtreeHas(m, charge.index(), m.objectOrGoods) || subtreeHas(m, charge.index(), m.objectOrDescribed);
          if (names && quoteWithin(m, accused.index(), charge.index())) {
            return "'" + verb.word() + "' with '" + accused.word() + "' as the accused and the charge '" + charge.word() + "'";
          }
        }
      }
    }
    return null;
  }

  /**
   * Rule {@code gives-reason}: the quote is what the speaker says while rejecting the allegation or
   * making it ("dismissed the charges, saying …", "rejected the claims, calling them '…'", "accused
   * the government of shielding the militants, saying …"). The quote's cue is a participle that hangs
   * on the speaker's verb, and every word of the quote lies under it. That verb, not negated, is a
   * rejecting verb whose object refers to the allegation (not the target's own claims, and a content
   * clause of it names the claim's relation or object and no contrary act), or an accusing verb whose
   * object is the target and whose charge names the object or its goods. Null otherwise.
   */
  Reading reasonGiven(Context c) {
    if (!c.articleAboutClaim() || c.quote().cueLemma() == null) {
      return null;
    }
    String cueLemma = c.quote().cueLemma().toLowerCase(Locale.ROOT);
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, false);
      for (Token cue : s.tokens()) {
        if (m.inQuote(cue.index()) || !"VBG".equals(cue.pos()) || !cue.lemma().equalsIgnoreCase(cueLemma)
            || cue.head() < 0 || !quoteWithin(m, cue.index()) && !runsFromCueToEnd(m, cue.index())) {
          continue;
        }
        Token governor = reasonGovernor(s, cue);
        if (governor == null) {
          continue;
        }
        String lemma = governor.lemma().toLowerCase(Locale.ROOT);
        boolean negated = s.children(governor.index()).stream()
            .anyMatch(t -> lang.negators().contains(t.word().toLowerCase(Locale.ROOT)));
        if (!governor.isVerb() || negated) {
          continue;
        }
        Token obj = s.child(governor.index(), "obj");
        if (obj == null || m.inQuote(obj.index())) {
          continue;
        }
        if (denyVerbs.contains(lemma) && refersToAllegation(m, obj)) {
          return new Reading(Label.DENY, 0.7, GIVES_REASON + ": '" + cue.word() + "' gives the reason of '" + governor.word()
              + "' with '" + obj.word() + "'", 1);
        }
        boolean accusesTarget = m.target[obj.index()] || s.children(obj.index()).stream()
            .anyMatch(t -> m.target[t.index()] && (t.relation().equals("nmod:poss") || t.relation().equals("amod")
                || t.relation().equals("compound")));
        if (supportVerbs.contains(lemma) && accusesTarget && !speaksForTarget(c)) {
          for (Token charge : s.children(governor.index())) {
            boolean complement = (charge.relation().startsWith("advcl") || charge.relation().startsWith("obl"))
                && charge.index() != cue.index()
                && s.children(charge.index()).stream().anyMatch(t -> (t.relation().equals("mark") || t.relation().equals("case"))
                    && Set.of("of", "with", "for").contains(t.word().toLowerCase(Locale.ROOT)));
            boolean names = complement && (m.objectOrGoods[charge.index()] || m.objectOrDescribed[charge.index()]
                || subtreeHas(m, charge.index(), m.objectOrGoods) || subtreeHas(m, charge.index(), m.objectOrDescribed));
            if (names && !subtreeHas(m, charge.index(), m.contrary) && !m.contrary[charge.index()]) {
              return new Reading(Label.SUPPORT, 0.65, GIVES_REASON + ": '" + cue.word() + "' goes on from '" + governor.word()
                  + "' with '" + obj.word() + "' as the accused and the charge '" + charge.word() + "'", 1);
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The quote starts right after the cue (only "that" and punctuation between) and runs to the end of
   * the sentence: what the cue says, however the parser hung its words.
   */
  private static boolean runsFromCueToEnd(Marks m, int cue) {
    List<Token> tokens = m.s.tokens();
    for (int k = cue + 1; k < m.lo; k++) {
      Token t = tokens.get(k);
      if (!t.word().equalsIgnoreCase("that") && Character.isLetterOrDigit(t.word().codePointAt(0))) {
        return false;
      }
    }
    for (int k = m.hi + 1; k < tokens.size(); k++) {
      if (Character.isLetterOrDigit(tokens.get(k).word().codePointAt(0))) {
        return false;
      }
    }
    return m.lo > cue;
  }

  /**
   * The verb a participle cue goes on from: its governor when it hangs on a verb as an adjunct; after
   * a comma, the sentence's root verb before it, where the parser hung the participle inside the root's
   * object ("dismissed the allegations that …, calling them …" read as the allegations calling them).
   */
  private static Token reasonGovernor(Sentence s, Token cue) {
    String rel = cue.relation();
    Token head = s.tokens().get(cue.head());
    if ((rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("conj") || rel.equals("dep")) && head.isVerb()) {
      return head;
    }
    boolean afterComma = cue.index() > 0 && s.tokens().get(cue.index() - 1).word().equals(",");
    for (Token t : s.tokens()) {
      if (afterComma && t.head() < 0 && t.index() < cue.index() && t.isVerb()) {
        return t;
      }
    }
    return null;
  }

  /**
   * The noun refers to the allegation: a claim reference ("the charges", "Moscow's claims") that is not
   * the target's own ("Ankara's claims" are the target's account of something else) and whose content
   * clause, when it has one, names the claim's relation or object and no contrary act.
   */
  private boolean refersToAllegation(Marks m, Token noun) {
    Sentence s = m.s;
    if (!noun.isNoun() || !m.reference[noun.index()]) {
      return false;
    }
    for (Token child : s.children(noun.index())) {
      if (child.relation().equals("nmod:poss") && m.target[child.index()]) {
        return false;
      }
      boolean content = child.relation().startsWith("acl") || child.relation().startsWith("ccomp")
          || child.relation().startsWith("nmod") && !child.relation().equals("nmod:poss");
      if (content) {
        boolean names = subtreeHas(m, child.index(), m.relation) || subtreeHas(m, child.index(), m.objectOrGoods)
            || m.relation[child.index()] || m.objectOrGoods[child.index()] || m.target[child.index()]
            || subtreeHas(m, child.index(), m.target);
        if (!names || subtreeHas(m, child.index(), m.contrary)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Every word of the quote in this sentence lies under one of the roots: the quote is what they say. */
  private static boolean quoteWithin(Marks m, int... roots) {
    Sentence s = m.s;
    for (Token t : s.tokens()) {
      if (!m.inQuote(t.index()) || t.pos().length() > 0 && !Character.isLetterOrDigit(t.word().codePointAt(0))) {
        continue;
      }
      boolean under = false;
      for (Token up = t; up != null && !under; up = up.head() >= 0 ? s.tokens().get(up.head()) : null) {
        for (int root : roots) {
          under |= up.index() == root;
        }
      }
      if (!under) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> PARTY_NER = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "NATIONALITY",
      "STATE_OR_PROVINCE", "LOCATION");

  /**
   * Rule {@code accuser-lies}: in an article about the claim, the target's side says that another
   * named party lies or fabricates ("the Kremlin lies to cover up its blunders", "the Kremlin spreads
   * slander"): a rejecting word ({@code denyWords}) as a verb, or as the object of one, whose subject
   * is a named party that is neither the target nor the speaker's side; not negated, and not a
   * rejecting noun about another matter ("lies about our pilots"). The words, or null.
   */
  String accuserLies(Context c) {
    if (!c.articleAboutClaim() || !speaksForTarget(c)) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, true);
      for (int i = m.lo; i <= m.hi; i++) {
        Token t = s.tokens().get(i);
        if (!m.denyWord[i] || negator(s, i, -1) != null) {
          continue;
        }
        int verb = t.isVerb() ? i : t.isNoun() && t.relation().startsWith("obj") ? t.head() : -1;
        if (verb < 0 || verb != i && (negator(s, verb, -1) != null || targetsOwnOrAboutElse(m, i))) {
          continue;
        }
        Token teller = s.child(verb, "nsubj");
        int before = verb - 1;
        while (teller == null && before >= 0 && s.tokens().get(before).relation().startsWith("aux")) {
          before--; // "said Moscow is lying": the parser may hang the teller on the cue, not on "lying"
        }
        if (teller == null && before >= 0 && before < verb - 1) {
          teller = s.tokens().get(before);
        }
        boolean party = teller != null && (PARTY_NER.contains(teller.ner()) || teller.isProperNoun())
            && !m.target[teller.index()] && !m.self[teller.index()];
        if (party) {
          return "'" + teller.word() + "' … '" + t.word() + "'";
        }
      }
    }
    return null;
  }

  /** What a token of the quote reads as, or null: one step of a rule that walks the quote's words. */
  @FunctionalInterface
  private interface TokenRule<T> {
    T at(Sentence s, Marks m, int k);
  }

  /**
   * The first non-null {@code rule} finds at a token of the quote's words, in an article about the
   * claim and said by someone not on the target's side; null otherwise.
   */
  private <T> T inQuoteOfAnotherSide(Context c, TokenRule<T> rule) {
    if (!c.articleAboutClaim() || speaksForTarget(c)) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, false);
      for (int k = m.lo; k <= m.hi; k++) {
        T found = rule.at(s, m, k);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * Rule {@code insinuation}: in an article about the claim, someone not on the target's side says
   * that everyone knows the answer to a question ("everybody in the port knows whose tankers are never
   * inspected", "everyone here knows who takes the cut"): a knowing verb whose subject
   * is everyone (universalSubjects) with a wh-clause, not negated. The words, or null.
   */
  String insinuation(Context c) {
    return inQuoteOfAnotherSide(c, (s, m, k) -> {
      Token know = s.tokens().get(k);
      Token subject = s.child(k, "nsubj");
      if (know.relation().startsWith("acl") && know.head() >= 0) {
        subject = s.tokens().get(know.head()); // "anyone who spent time there knew …", parsed as "anyone [who … knew]"
      }
      // "everyone", or a noun everyone of a kind is ("every driver on the route", "all the traders")
      boolean everyone = subject != null && (lang.universalSubjects().contains(subject.word().toLowerCase(Locale.ROOT))
          || subject.isNoun() && hasChild(s, subject.index(), "det", lang.universalSubjects()));
      // "still pretending not to see", "prefers not to notice": a feigned blindness insinuates what is seen
      Token feign = know.head() >= 0 ? s.tokens().get(know.head()) : null;
      if (know.isVerb() && lang.perceptionVerbs().contains(know.lemma().toLowerCase(Locale.ROOT)) && know.relation().startsWith("xcomp")
          && negator(s, k, -1) != null && feign != null && lang.feigningVerbs().contains(feign.lemma().toLowerCase(Locale.ROOT))
          && negator(s, feign.index(), -1) == null) {
        return "'" + feign.word() + " not to " + know.word() + "'";
      }
      // "nobody in Brussels asks who pays the drivers", "nobody asked questions": the question no one asks is the insinuation
      boolean nobody = subject != null && lang.negatedSubjects().contains(subject.word().toLowerCase(Locale.ROOT))
          && know.isVerb() && lang.askingVerbs().contains(know.lemma().toLowerCase(Locale.ROOT));
      if (nobody) {
        Token asked = s.child(k, "obj");
        boolean questions = asked != null && lang.askingVerbs().contains(asked.lemma().toLowerCase(Locale.ROOT));
        for (Token clause : s.children(k)) {
          questions |= clause.relation().startsWith("ccomp") && asksWho(s, clause.index());
        }
        if (questions) {
          return "'" + subject.word() + " " + know.word() + "'";
        }
      }
      if (!everyone || !know.isVerb() || !lang.knowingVerbs().contains(know.lemma().toLowerCase(Locale.ROOT))
          || negator(s, k, -1) != null) {
        return null;
      }
      for (Token clause : s.children(k)) {
        if (clause.relation().startsWith("ccomp") && asksWho(s, clause.index())) {
          return "'" + subject.word() + " " + know.word() + "' " + clause.word();
        }
      }
      return null;
    });
  }

  /**
   * Rule {@code condemns-affair}: in an article about the claim, someone not on the target's side
   * condemns the affair with an adjective that takes it as real (condemningAdjectives: "they run this
   * filthy racket", "a crooked business on the frontier"), on a relation, exchange or affair noun.
   * Not under a negation, a question, a condition, a hedge or a purpose, not as the topic of a
   * text ("a resolution on illicit trade") or an example of a kind ("including the illicit trade"),
   * and not where the noun
   * is what a claim reference or an act against the affair is about ("the charge of illicit trade",
   * "the fight against the illegal trade"). The words, or null.
   */
  String condemnedAffair(Context c) {
    return inQuoteOfAnotherSide(c, (s, m, k) -> {
      Token t = s.tokens().get(k);
      boolean affair = m.relation[k] || m.exchange[k] || lang.affairNouns().contains(t.lemma().toLowerCase(Locale.ROOT));
      String adjective = t.isNoun() && affair ? childWord(s, k, "amod", lang.condemningAdjectives()) : null;
      if (adjective == null || aboutOrAgainst(m, k) || topicOfDocument(s, k) || hasChild(s, k, "case", lang.exampleMarks())) {
        return null;
      }
      Polarity p = walk(c, m, k);
      // a quote's own cue attributes it to its speaker ("spoke of a 'crooked business'"): that is who condemns it
      if (p.flips % 2 == 0 && !p.question && !p.conditional && !p.hedged && !p.purpose && p.open == null && p.withholding == null) {
        return "'" + adjective + " " + t.word() + "'" + (p.steps.isEmpty() ? "" : "; " + String.join(", ", p.steps));
      }
      return null;
    });
  }

  /**
   * Rule {@code knowing-complicity}: in an article about the claim, someone not on the target's side
   * says the trade goes on "with the knowledge" of the target (knowledgeNouns: "crossed with the
   * knowledge of the district's officials", "with the blessing of the capital"): the target lets it
   * happen knowingly, support. "Without" it, the target does not know of it, deny; a negation above
   * either turns it round ("nothing moved without the consent of the governors"). The phrase's
   * "of" names the target, and the quote's words in its sentence the relation, the exchange or the
   * goods (the parser hangs the phrase on the verb or on the nearest noun alike). Not
   * asked, hedged, conditional or left open. The reading, or null.
   */
  Reading knowingComplicity(Context c) {
    return inQuoteOfAnotherSide(c, (s, m, k) -> {
      Token t = s.tokens().get(k);
      Token preposition = s.child(k, "case");
      String with = preposition == null ? "" : preposition.word().toLowerCase(Locale.ROOT);
      if (!t.isNoun() || !lang.knowledgeNouns().contains(t.lemma().toLowerCase(Locale.ROOT)) || t.head() < 0
          || !(with.equals("with") || with.equals("without"))) {
        return null;
      }
      Token knower = knowerOf(s, m, k);
      if (knower == null || !tradeOutside(m, s.subtreeRange(k)) && !(proformDoer(s, t.head()) && tradeInQuote(c))) {
        return null;
      }
      Polarity p = walk(c, m, k);
      if (p.question || p.conditional || p.hedged || p.open != null || p.withholding != null) {
        return null;
      }
      boolean knowing = p.partyByException || with.equals("with") == (p.flips % 2 == 0);
      String steps = p.steps.isEmpty() ? "" : "; " + String.join(", ", p.steps);
      return new Reading(knowing ? Label.SUPPORT : Label.DENY, 0.6,
          KNOWING_COMPLICITY + ": '" + with + " the " + t.word() + " of " + knower.word() + "'" + steps, 1);
    });
  }

  /**
   * The clause's subject is a demonstrative or a pronoun standing for what the quote said before it
   * ("Lorries cross every night. This cannot happen without the knowledge of …").
   */
  private boolean proformDoer(Sentence s, int clause) {
    Token subject = clause < 0 ? null : s.child(clause, "nsubj");
    return subject != null && s.children(subject.index()).isEmpty()
        && (lang.demonstratives().contains(subject.word().toLowerCase(Locale.ROOT)) || subject.isPronoun());
  }

  /** Some sentence of the quote speaks of the relation, the exchange or the goods. */
  private boolean tradeInQuote(Context c) {
    for (Sentence s : quoteSentences(c)) {
      if (tradeOutside(new Marks(c, s, speaksForTarget(c)), new int[] {-1, -1})) {
        return true;
      }
    }
    return false;
  }

  /** The "of" phrase of a knowledge noun that names the target ("of Turkish officials"), or null. */
  private static Token knowerOf(Sentence s, Marks m, int noun) {
    for (Token child : s.children(noun)) {
      Token of = s.child(child.index(), "case");
      if (child.index() > noun && child.relation().startsWith("nmod") && of != null && of.word().equalsIgnoreCase("of")) {
        int[] range = s.subtreeRange(child.index());
        for (int k = range[0]; k <= range[1]; k++) {
          if (m.target[k]) {
            return child;
          }
        }
      }
    }
    return null;
  }

  /** The quote's words in the sentence speak of the relation, the exchange or the goods outside {@code except}. */
  private static boolean tradeOutside(Marks m, int[] except) {
    for (int k = m.lo; k <= m.hi; k++) {
      if ((k < except[0] || k > except[1]) && (m.relation[k] || m.exchange[k] || m.objectOrGoods[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@code passage-control}: in an article about the claim, what a quote says of a passage the
   * goods would go through (the claim's passages: a frontier, a crossing). Said for the target, an
   * act of the claim's contrary done to it guards it ("we sealed the frontier", "the crossing was
   * closed to lorries"): deny. Said by anyone else, a passage left open (openPredicates: "the frontier
   * was wide open for them", "they left the crossing unguarded") lets the trade through: support.
   * Not negated, asked, hedged or conditional. The reading, or null.
   */
  Reading passageControl(Context c) {
    if (!c.articleAboutClaim() || passages.isEmpty()) {
      return null;
    }
    boolean forTarget = speaksForTarget(c);
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, forTarget);
      boolean[] passage = m.mark(c.doc().text(), passages);
      for (int k = m.lo; k <= m.hi; k++) {
        Token t = s.tokens().get(k);
        if (!passage[k] || !t.isNoun() || t.head() < 0) {
          continue;
        }
        Token head = s.tokens().get(t.head());
        String rel = t.relation();
        // done to it: its verb's object or passive subject, or the subject of a predicate adjective or participle
        boolean undergoes = rel.startsWith("obj") || rel.equals("nsubj:pass")
            || rel.equals("nsubj") && (head.pos().startsWith("JJ") || head.pos().equals("VBN"));
        int act = -1;
        Label label = null;
        if (forTarget && undergoes && m.contrary[head.index()]) {
          act = head.index();
          label = Label.DENY;
        } else if (!forTarget) {
          Token open = rel.equals("nsubj") && lang.openPredicates().contains(head.lemma().toLowerCase(Locale.ROOT)) ? head
              : rel.startsWith("obj") ? openComplement(s, head.index()) : null;
          if (open != null) {
            act = open.index();
            label = Label.SUPPORT;
          }
        }
        if (act < 0) {
          continue;
        }
        Polarity p = walk(c, m, act);
        if (p.flips % 2 == 0 && !p.question && !p.conditional && !p.hedged && p.open == null && p.withholding == null) {
          String steps = p.steps.isEmpty() ? "" : "; " + String.join(", ", p.steps);
          return new Reading(label, 0.65, PASSAGE_CONTROL + ": '" + t.word() + "' " + s.tokens().get(act).word()
              + (label == Label.DENY ? ", said for " + claim.target().name() : ", left open") + steps, 1);
        }
      }
    }
    return null;
  }

  /** "left the crossing open": the verb's open-predicate complement on its object, or null. */
  private Token openComplement(Sentence s, int verb) {
    for (Token child : s.children(verb)) {
      if ((child.relation().startsWith("xcomp") || child.relation().startsWith("obj") || child.relation().startsWith("advmod"))
          && lang.openPredicates().contains(child.lemma().toLowerCase(Locale.ROOT))) {
        return child;
      }
    }
    return null;
  }

  /**
   * Rule {@code sets-claim-apart}: in an article about the claim, the quote sets what happens apart
   * from the claim's own version of it, a state's act or the relation itself: "racketeers, yes; a long
   * way from any ministry plan", "careless was never the same thing as complicit", "neither the same
   * as the police buying it". A distinction (distinctionWords or "long way" with "from", or a negated "same"
   * with "as") whose complement names the target, an organ of a state (stateOrgans) or a relation
   * word that is no mere exchange. Not in a question or a condition. The words, or null.
   */
  String claimSetApart(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, speaksForTarget(c));
      for (int k = m.lo; k <= m.hi; k++) {
        int complement = distinctionComplement(s, k);
        if (complement < 0 || !m.inQuote(complement) || !namesClaimLevel(m, complement)) {
          continue;
        }
        Polarity p = walk(c, m, k);
        if (!p.question && !p.conditional && p.open == null) {
          Token t = s.tokens().get(k);
          return "'" + t.word() + "' … '" + s.tokens().get(complement).word() + "'";
        }
      }
    }
    return null;
  }

  /**
   * The complement token that distinction word {@code k} sets apart: the "from" phrase of a
   * distinctionWords word or of "way" with "long" ("a long way from"), the "as" phrase of a negated
   * "same" or of a negated noun it modifies ("not the same thing as"). -1 if none.
   */
  private int distinctionComplement(Sentence s, int k) {
    Token t = s.tokens().get(k);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean apart = lang.distinctionWords().contains(lemma) || lemma.equals("way") && hasChild(s, k, "amod", Set.of("long"));
    if (apart) {
      return phraseWith(s, k, "from");
    }
    if (!lemma.equals("same")) {
      return -1;
    }
    int head = t.relation().startsWith("amod") && t.head() >= 0 ? t.head() : k;
    if (negator(s, head, -1) == null) {
      return -1;
    }
    int as = phraseWith(s, head, "as");
    return as >= 0 ? as : phraseWith(s, k, "as");
  }

  /** The child of {@code head} whose case or mark word is {@code word}, or -1. */
  private static int phraseWith(Sentence s, int head, String word) {
    for (Token child : s.children(head)) {
      if (hasChild(s, child.index(), "case", Set.of(word)) || hasChild(s, child.index(), "mark", Set.of(word))) {
        return child.index();
      }
    }
    return -1;
  }

  /** The phrase at {@code root} names the target, an organ of a state, or a relation word that is no mere exchange. */
  private boolean namesClaimLevel(Marks m, int root) {
    Sentence s = m.s;
    for (int k = 0; k < s.tokens().size(); k++) {
      if (k != root && !s.dominates(root, k)) {
        continue;
      }
      Token t = s.tokens().get(k);
      if (m.target[k] || m.relation[k] && !m.exchange[k]
          || t.isNoun() && lang.stateOrgans().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a resolution on illicit trade", "talks about the shady business": the noun is the topic of
   * another noun that is no evidence of it, a text or a meeting that need not take it as real.
   */
  private boolean topicOfDocument(Sentence s, int k) {
    Token t = s.tokens().get(k);
    if (!t.relation().startsWith("nmod") || t.head() < 0 || !hasChild(s, k, "case", lang.topicPrepositions())) {
      return false;
    }
    Token head = s.tokens().get(t.head());
    return head.isNoun() && !lang.evidenceNouns().contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  /** A claim reference or a word against the affair above the noun, within four heads ("accused of …", "a crackdown on …"). */
  private static boolean aboutOrAgainst(Marks m, int k) {
    int current = m.s.tokens().get(k).head();
    for (int hop = 0; hop < 4 && current >= 0; hop++) {
      if (m.reference[current] || m.contrary[current]) {
        return true;
      }
      current = m.s.tokens().get(current).head();
    }
    return false;
  }

  /** The clause is opened by a question word, or its subject or object is determined by one ("which family owns …", "whose lorries …"). */
  private boolean asksWho(Sentence s, int clause) {
    for (Token child : s.children(clause)) {
      if (child.index() < clause && (lang.questionWords().contains(child.word().toLowerCase(Locale.ROOT))
          || hasChild(s, child.index(), "det", lang.questionWords()) || hasChild(s, child.index(), "nmod:poss", lang.questionWords()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@code protective-motive}: in an article about the claim, an act said to have been done to
   * keep the trade going ("the drone was destroyed to guard the fuel routes"): a purpose clause
   * that holds the goods or the object with a relation or trade word, on an act whose doer goes
   * unnamed (a passive without its agent) or is the target, said by someone not on the target's
   * side, and not negated, asked or supposed. The words, or null.
   */
  String protectiveMotive(Context c) {
    if (!c.articleAboutClaim() || speaksForTarget(c)) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, false);
      for (int i = m.lo; i <= m.hi; i++) {
        Token purpose = s.tokens().get(i);
        if (purpose.head() < 0 || !m.inQuote(purpose.head())) {
          continue;
        }
        Token governor = s.tokens().get(purpose.head());
        // "was intended to protect …": the complement of a verb of intent is its purpose
        boolean intended = purpose.relation().startsWith("xcomp") && lang.intentVerbs().contains(governor.lemma().toLowerCase(Locale.ROOT));
        // "the raid was driven by a desire to protect …": the infinitive of a motive noun, for the act the noun is an argument of
        boolean motive = purpose.relation().equals("acl") && governor.isNoun() && governor.head() >= 0
            && lang.motiveNouns().contains(governor.lemma().toLowerCase(Locale.ROOT)) && hasChild(s, i, "mark", Set.of("to"));
        // "downed the plane to protect …": the parser often makes a purpose infinitive after an object the
        // verb's complement; only a verb that passes the act to its object ("told the guards to …") has one
        boolean afterObject = purpose.relation().startsWith("xcomp") && hasChild(s, i, "mark", Set.of("to"))
            && s.child(purpose.head(), "obj") != null && !lang.objectControlVerbs().contains(governor.lemma().toLowerCase(Locale.ROOT));
        if (!(purpose.relation().startsWith("advcl") && isPurpose(s, i)) && !intended && !motive && !afterObject) {
          continue;
        }
        boolean trade = m.relation[i] || m.exchange[i] || subtreeHas(m, i, m.relation) || subtreeHas(m, i, m.exchange);
        // two of the claim's words: "protect the supply lines", "protect the oil", not "protect its airspace"
        if (!trade || claimWordsIn(m, i) < 2) {
          continue;
        }
        int act = motive ? governor.head() : purpose.head();
        Token patient = s.child(act, "nsubj:pass");
        Token doer = s.child(act, "nsubj");
        Token agent = s.child(act, "obl:agent");
        boolean unnamed = patient != null && (agent == null || agent.index() == purpose.head() || m.target[agent.index()]);
        boolean byTarget = doer != null && (m.target[doer.index()] || subtreeHas(m, doer.index(), m.target));
        Polarity p = walk(c, m, i);
        if ((unnamed || byTarget) && p.flips % 2 == 0 && !p.question && !p.conditional && p.open == null) {
          return "'" + s.tokens().get(act).word() + " … to " + purpose.word() + "'";
        }
      }
    }
    return null;
  }

  /** Tokens of the subtree (the root included) that are the object, goods, a relation or a trade word. */
  private static int claimWordsIn(Marks m, int root) {
    int n = 0;
    for (int k = 0; k < m.s.tokens().size(); k++) {
      if ((k == root || m.s.dominates(root, k)) && (m.objectOrGoods[k] || m.relation[k] || m.exchange[k])) {
        n++;
      }
    }
    return n;
  }

  /** The clause is a purpose: "in order to", "so that", or a bare infinitive adverbial ("shot down to protect"). */
  private boolean isPurpose(Sentence s, int clause) {
    for (Token mark : s.children(clause)) {
      if (!mark.relation().equals("mark")) {
        continue;
      }
      if (lang.purposeMarks().contains(mark.word().toLowerCase(Locale.ROOT)) || mark.word().equalsIgnoreCase("to")) {
        return true;
      }
      for (Token fixed : s.children(mark.index())) {
        if (lang.purposeMarks().contains(fixed.word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Rule {@code disbelief}: in an article about the claim, a quote whose speaker does not believe
   * "it" ("we just don't buy it", "my ministry does not see it"): a belief verb (beliefVerbs) under a
   * negation, whose object is a bare pro-form standing for the claim, not a clause or a noun that
   * says what is disbelieved. The words, or null.
   */
  String disbelievedClaim(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, speaksForTarget(c));
      for (int i = m.lo; i <= m.hi; i++) {
        Token v = s.tokens().get(i);
        Token object = s.child(i, "obj");
        boolean belief = v.isVerb() && lang.beliefVerbs().contains(v.lemma().toLowerCase(Locale.ROOT));
        boolean proform = object != null && object.isPronoun() && s.children(object.index()).isEmpty()
            && lang.claimProforms().contains(object.word().toLowerCase(Locale.ROOT));
        if (belief && object == null && endsQuoteWithProform(m, i)) {
          object = s.tokens().get(i + 1); // '"We don't believe that," X told reporters': the parser took it for a "that" clause's mark
          proform = true;
        }
        Token clause = s.child(i, "ccomp");
        boolean saysWhat = clause != null && clause.index() <= m.hi; // a clause outside the quote is the parser's misreading
        String negator = belief && proform && !saysWhat && !antecedentBefore(m, object.index(), i)
            ? negator(s, i, -1) : null;
        if (negator != null) {
          return "'" + negator + " " + v.word() + " " + object.word() + "'";
        }
      }
    }
    return null;
  }

  /** The word right after the verb is a claim pro-form and the last word of the quote ("… believe that,"). */
  private boolean endsQuoteWithProform(Marks m, int verb) {
    Sentence s = m.s;
    int next = verb + 1;
    if (next > m.hi || !lang.claimProforms().contains(s.tokens().get(next).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = next + 1; k <= m.hi; k++) {
      if (Character.isLetterOrDigit(s.tokens().get(k).word().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A noun before the pro-form in its sentence, other than the believer ("he has not seen the letter,
   * he cannot comment on it"): the pro-form may stand for it rather than for the claim.
   */
  private static boolean antecedentBefore(Marks m, int proform, int verb) {
    Sentence s = m.s;
    Token believer = s.child(verb, "nsubj");
    for (int k = m.lo; k < proform; k++) {
      Token t = s.tokens().get(k);
      if (t.isNoun() && !t.isPronoun() && (believer == null || !s.dominates(believer.index(), k))) {
        return true;
      }
    }
    return false;
  }


  /**
   * The party stands outside the question, in a clause the parser hung on it ("…, look to X"), or is
   * the one the trade is with ("who sells X his fuel"); not a place inside the question ("who buys the oil from X").
   */
  private static boolean answers(Sentence s, int question, int party) {
    Token p = s.tokens().get(party);
    Token asking = s.tokens().get(question).head() >= 0 ? s.tokens().get(s.tokens().get(question).head()) : null;
    Token asker = asking == null ? null : s.child(asking.index(), "nsubj");
    if (asker != null && s.dominates(asker.index(), party)) {
      return false; // "no one in Oslo wonders who sells it": the one who asks is no answer
    }
    if (!s.dominates(question, party) || p.head() == question && (p.relation().equals("iobj") || p.relation().equals("obj"))) {
      return true;
    }
    for (Token clause : s.children(question)) {
      boolean hung = clause.relation().equals("dep") || clause.relation().startsWith("parataxis") || clause.relation().startsWith("conj");
      if (hung && (clause.index() == party || s.dominates(clause.index(), party))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@code denies-state-role}: in an article about the claim, a quote that speaks of the trade
   * (its goods, object or relation words) and negates a role of the state in it ("that's smuggling,
   * not a state policy", "there is no state involvement"): a noun that is, or is modified by, an
   * organ of the state (stateOrgans) or the target, under a negation of its own. Null if none.
   */
  String deniedStateRole(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    boolean trade = false;
    String denied = null;
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, speaksForTarget(c));
      for (int i = m.lo; i <= m.hi; i++) {
        trade |= m.objectOrGoods[i] || m.relation[i] || m.exchange[i];
        Token t = s.tokens().get(i);
        if (denied != null || !t.isNoun()) {
          continue;
        }
        boolean state = lang.stateOrgans().contains(t.lemma().toLowerCase(Locale.ROOT)) || m.target[i];
        for (Token child : s.children(i)) {
          boolean modifier = child.relation().startsWith("compound") || child.relation().startsWith("amod");
          state |= modifier && (lang.stateOrgans().contains(child.lemma().toLowerCase(Locale.ROOT)) || m.target[child.index()]);
        }
        String negator = state ? negator(s, i, -1) : null;
        if (negator != null) {
          denied = "'" + negator + " … " + t.word() + "'";
        }
      }
    }
    return trade ? denied : null;
  }

  /**
   * Rules {@code backs-evidence} and {@code discredits-evidence}, for a quote in an article about the
   * claim that names no proposition of it but speaks of the evidence ("the pictures speak for
   * themselves", "nothing they have shown so far answers it"): the accusers' side standing by
   * evidence supports the claim; anyone else finding none, or finding it wanting, denies it.
   * Evidence of some other matter ("images of the jet's flight path", "data showing the jet was over
   * Syria") says nothing of the claim, nor does evidence asked about, hedged or supposed. Null if none.
   */
  Reading evidenceReading(Context c, boolean accusersSide) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      // a partial quote ("the data 'speaks for itself'") is read with the clause reported around it
      Marks m = new Marks(c, s, speaksForTarget(c), true);
      String only = exclusive(m);
      for (int i = m.lo; i <= m.hi; i++) {
        Token t = s.tokens().get(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        // the evidence itself, as a predicate's subject or object or the predicate; a modifier ("diagnose from a video",
        // "satellite photographs") is read with its head
        boolean argument = t.relation().startsWith("nsubj") || t.relation().startsWith("obj") || t.relation().equals("root")
            || only != null && hasChild(s, i, "advmod", lang.negators()) // "a comic strip, not proof"
            || partitiveOfArgument(s, i); // "not one shred of evidence"
        boolean evidence = t.isNoun() && argument && lang.evidenceNouns().contains(lemma) || t.isVerb() && lang.showingVerbs().contains(lemma);
        if (!evidence || only == null && evidenceOfSomethingElse(m, i)) {
          continue;
        }
        Polarity p = walk(c, m, i);
        if (p.question || p.conditional || p.open != null || p.withholding != null) {
          continue;
        }
        // "no evidence" is a rejecting phrase whose own "no" the walk leaves to it
        // "the evidence is thin": a copular predicate that finds it wanting (wantingPredicates) counts as a negation
        boolean weak = t.isNoun() && t.relation().startsWith("nsubj") && t.head() >= 0
            && lang.wantingPredicates().contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))
            && s.child(t.head(), "cop") != null;
        boolean wanting = (p.flips + (m.denyWord[i] ? 1 : 0) + (weak ? 1 : 0)) % 2 == 1 || only != null && p.flips % 2 == 0;
        if (only != null) {
          p.steps.add("shows only what '" + only + "' leaves");
        }
        String steps = p.steps.isEmpty() ? "" : "; " + String.join(", ", p.steps);
        if (accusersSide && !wanting && !p.hedged) {
          return new Reading(Label.SUPPORT, 0.65, BACKS_EVIDENCE + ": '" + t.word() + "', by the side that makes the allegation"
              + steps, 1);
        }
        // "Moscow will hand the council its evidence": whoever lays the evidence before others makes the allegation
        String handed = !accusersSide && !wanting && !p.hedged && demandOnPath(s, p) == null && !speaksForTarget(c)
            ? handedOverBy(m, i) : null;
        if (handed != null) {
          return new Reading(Label.SUPPORT, 0.6, BACKS_EVIDENCE + ": '" + t.word() + "' handed over by '" + handed
              + "', which makes the allegation" + steps, 1);
        }
        if (!accusersSide && wanting) {
          return new Reading(Label.DENY, 0.65, DISCREDITS_EVIDENCE + ": '" + t.word() + "' found wanting" + steps
              + (m.denyWord[i] ? "; '" + t.word() + "' in a rejecting phrase" : ""), 1);
        }
      }
    }
    return null;
  }

  /**
   * The evidence noun is the object of a verb of handing over (givingVerbs: "will present the council
   * its dossier", "handed over the data") whose subject is named and is not the target: that subject,
   * or null.
   */
  private String handedOverBy(Marks m, int i) {
    Sentence s = m.s;
    Token t = s.tokens().get(i);
    if (!t.isNoun() || !t.relation().startsWith("obj") || t.head() < 0) {
      return null;
    }
    Token verb = s.tokens().get(t.head());
    if (!verb.isVerb() || !lang.givingVerbs().contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Token subject = s.child(verb.index(), "nsubj");
    if (subject == null || m.target[subject.index()] || m.self[subject.index()] || subject.isPronoun()
        && !lang.firstPerson().contains(subject.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return subject.word();
  }

  /** "One shred of evidence", "a piece of proof": the noun is the "of" phrase of an argument that counts it. */
  private static boolean partitiveOfArgument(Sentence s, int i) {
    Token t = s.tokens().get(i);
    if (!t.relation().startsWith("nmod") || t.head() < 0 || !hasChild(s, i, "case", Set.of("of"))) {
      return false;
    }
    Token head = s.tokens().get(t.head());
    return head.isNoun() && (head.relation().startsWith("nsubj") || head.relation().startsWith("obj"));
  }

  /**
   * The evidence is said to show only something short of the claim: "trucks on a road, and nothing
   * more", "a comic strip, not proof", "that trucks exist, not who pays for the fuel" (a "not" on a
   * phrase holding a claim word, or on an evidence noun). The excluding words, or null.
   */
  private String exclusive(Marks m) {
    Sentence s = m.s;
    for (int k = m.lo; k <= m.hi; k++) {
      Token t = s.tokens().get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (lang.negatedSubjects().contains(w) && t.relation().startsWith("conj")
          && (hasChild(s, k, "amod", Set.of("more", "else")) || hasChild(s, k, "advmod", Set.of("more", "else")))) {
        return "nothing more";
      }
      Token not = null;
      for (Token child : s.children(k)) {
        if (child.relation().startsWith("advmod") && lang.negators().contains(child.word().toLowerCase(Locale.ROOT))) {
          not = child;
        }
      }
      if (not == null || not.index() == 0 || t.isVerb() && lang.showingVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      // ", not …" after what the evidence shows: the contrast names what it does not show
      boolean contrasted = s.tokens().get(not.index() - 1).word().equals(",");
      if (contrasted && (lang.evidenceNouns().contains(t.lemma().toLowerCase(Locale.ROOT)) || mentionsClaim(m, k))) {
        return not.word() + " " + t.word();
      }
    }
    return null;
  }

  /**
   * The evidence word has a clause or an "of"/"about" phrase that says what it shows, and none of the
   * claim's words is in it; for a noun, so has the showing verb it is the subject of.
   */
  private boolean evidenceOfSomethingElse(Marks m, int i) {
    Sentence s = m.s;
    List<Integer> heads = new ArrayList<>(List.of(i));
    Token t = s.tokens().get(i);
    if (t.isNoun() && t.relation().startsWith("nsubj") && t.head() >= 0
        && lang.showingVerbs().contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))) {
      heads.add(t.head());
    }
    for (int h : heads) {
      for (Token child : s.children(h)) {
        String r = child.relation();
        boolean content = r.startsWith("ccomp") || r.equals("acl") || r.equals("nmod:of") || r.equals("nmod:about")
            || r.equals("obl:about") || r.equals("obj") && child.isNoun() && !child.isPronoun()
            && !lang.negatedSubjects().contains(child.word().toLowerCase(Locale.ROOT));
        if (content && !mentionsClaim(m, child.index())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The token or its subtree holds one of the claim's words: its target, object, goods, relation, trade, a contrary act or a reference. */
  private static boolean mentionsClaim(Marks m, int root) {
    for (boolean[] marks : List.of(m.target, m.objectOrGoods, m.objectOrDescribed, m.relation, m.exchange, m.contrary, m.reference,
        m.affairReference)) {
      if (marks[root] || subtreeHas(m, root, marks)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@code demands-proof}: the target's side, in an article about the claim, asks for the
   * evidence ("if they have proof, let them show it"): a challenge to the accusers. Null if not.
   */
  String demandedProof(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    if (!speaksForTarget(c)) {
      return imperativeProof(c);
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, true);
      String proof = null;
      String demand = null;
      for (int i = m.lo; i <= m.hi; i++) {
        Token t = s.tokens().get(i);
        proof = m.proof[i] && proof == null ? t.word() : proof;
        boolean demanding = lang.demandWords().contains(t.lemma().toLowerCase(Locale.ROOT)) && (t.isVerb() || t.pos().equals("MD"));
        demand = demanding && demand == null ? t.word() : demand;
        if (m.target[i] && !underReference(m, i)) {
          return null; // the target named in the quote: the parse reads the proposition itself
        }
      }
      if (proof != null && demand == null) {
        demand = demandAbove(m); // "dared Moscow to ⟦prove it⟧": the demand is the frame's
      }
      if (proof != null && demand != null) {
        return "'" + demand + "' … '" + proof + "'";
      }
      String asked = askedProof(m);
      if (asked != null) {
        return asked;
      }
    }
    return imperativeProof(c);
  }

  /** The token lies in the phrase of a claim reference ("accusations against Turkey"): it names whom the claim is about. */
  private static boolean underReference(Marks m, int k) {
    for (int r = 0; r < m.reference.length; r++) {
      if (m.reference[r] && r != k && m.s.dominates(r, k)) {
        return true;
      }
    }
    return false;
  }

  /** The demand word outside the quote whose complement the quote's proof verb is, or null. */
  private String demandAbove(Marks m) {
    for (int i = m.lo; i <= m.hi; i++) {
      Token t = m.s.tokens().get(i);
      if (m.proof[i] && t.isVerb() && t.head() >= 0 && !m.inQuote(t.head())) {
        Token above = m.s.tokens().get(t.head());
        if (lang.demandWords().contains(above.lemma().toLowerCase(Locale.ROOT)) && t.relation().startsWith("xcomp")) {
          return above.word();
        }
      }
    }
    return null;
  }

  /** "Where is the proof?": a question word asking for a proof noun is a demand for it. */
  private String askedProof(Marks m) {
    Sentence s = m.s;
    if (s.tokens().stream().noneMatch(w -> w.word().equals("?"))) {
      return null;
    }
    for (int i = m.lo; i <= m.hi; i++) {
      Token t = s.tokens().get(i);
      if (!m.proof[i] || !t.isNoun()) {
        continue;
      }
      String asking = childWord(s, i, "advmod", lang.questionWords());
      if (asking == null && t.head() >= 0 && t.relation().startsWith("nsubj")) {
        asking = childWord(s, t.head(), "advmod", lang.questionWords()); // "where is the proof"
      }
      if (asking != null) {
        return "'" + asking + "' … '" + t.word() + "?'";
      }
    }
    return null;
  }

  /**
   * "Show me the invoice": a proof verb in the imperative, addressed to the speaker, is a demand for
   * the evidence, whoever says it. Null if the quote has none.
   */
  private String imperativeProof(Context c) {
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, false);
      for (int i = m.lo; i <= m.hi; i++) {
        Token t = s.tokens().get(i);
        boolean imperative = t.isVerb() && t.pos().equals("VB") && s.child(i, "nsubj") == null && s.child(i, "aux") == null
            && s.child(i, "mark") == null && (t.relation().equals("root") || t.head() >= 0 && !m.inQuote(t.head()));
        Token addressee = s.child(i, "iobj");
        if (m.proof[i] && imperative && addressee != null && lang.firstPerson().contains(addressee.word().toLowerCase(Locale.ROOT))) {
          return "imperative '" + t.word() + " " + addressee.word() + "'";
        }
      }
    }
    return null;
  }

  /**
   * A consequence word in the quote ("resign") whose subject, or the subject of the verb it
   * completes ("he promised to resign"), is someone other than the speaker: a challenge the quote
   * reports of another. False when every consequence is the speaker's own ("I will resign") or has no subject.
   */
  boolean reportsOthersChallenge(Context c) {
    String text = c.doc().text();
    for (Sentence s : quoteSentences(c)) {
      for (int[] span : consequences.spans(text.substring(s.begin(), s.end()))) {
        for (Token t : s.tokens()) {
          if (t.begin() != s.begin() + span[0] || t.begin() < c.quote().start() || t.end() > c.quote().end()) {
            continue;
          }
          Token subject = controlledSubject(s, t.index());
          if (subject != null && !lang.firstPerson().contains(subject.word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The speaker is the target, or speaks for it (by name or affiliation). */
  boolean speaksForTarget(Context c) {
    // an unnamed speaker the text places on the target's side ("a Turkish official") speaks for it too
    return c.speaker() != null
        && (c.speaker().isKnown() && target.find(c.speaker().name()) != null
            || c.speaker().affiliation() != null && !c.speaker().affiliation().isBlank() && target.find(c.speaker().affiliation()) != null);
  }

  private static boolean takesSide(Reading r) {
    return r.label() == Label.SUPPORT || r.label() == Label.DENY;
  }

  private void readSentence(Context c, Marks m, List<Reading> out) {
    Sentence s = m.s;
    Reading innocence = nothingToHide(c, m);
    if (innocence != null) {
      out.add(innocence);
    }
    for (int i = m.lo; i <= m.hi; i++) {
      if (m.contrary[i]) {
        Reading r = contraryReading(c, m, i);
        if (r != null) {
          out.add(r);
        }
      }
    }
    boolean proposition = false;
    for (int i = m.lo; i <= m.hi; i++) {
      proposition |= m.relation[i] && !onReference(m, i) || m.contrary[i];
    }
    for (int i = m.lo; i <= m.hi && !proposition; i++) {
      if (m.reference[i]) {
        Reading r = referenceReading(c, m, i);
        if (r != null) {
          out.add(r);
        }
      }
    }
    for (int i = m.lo; i <= m.hi; i++) {
      Token paidWhat = s.child(i, "obj");
      if (!m.relation[i] || insideContrary(m, i) || paidWhat != null && m.contrary[paidWhat.index()] || onReference(m, i)) {
        // "we paid the price in blood": a relation word whose object is a contrary phrase is no relation
        continue;
      }
      if (m.affairReference[i] && existential(s, i)) {
        Polarity p = walk(c, m, i);
        if (p.flips % 2 == 1 && !p.conditional && !p.question && p.attributed == null) {
          out.add(new Reading(Label.DENY, 0.7, DENIES_EXISTENCE + ": '" + s.tokens().get(i).word() + "' refers to the claim's"
              + " relation" + (p.steps.isEmpty() ? "" : "; " + String.join(", ", p.steps)), 2));
          continue;
        }
      }
      if (m.objectRequired[i] && !hasArgument(m, i) && !bareParticipation(c, m, i)) {
        Reading destination = destinationReading(c, m, i);
        if (destination != null) {
          out.add(destination);
        } else if (c.articleAboutClaim() && !m.exchange[i] && s.tokens().get(i).isNoun() && lightVerbArgument(s, i)
            && roleOf(m, agentOf(m, i), 0) == Role.TARGET
            && !lang.relativePronouns().contains(s.tokens().get(agentOf(m, i)).word().toLowerCase(Locale.ROOT))) {
          // "the campaign engaged in a cover-up": the target does the relation; the article supplies its object
          int doer = agentOf(m, i);
          out.add(atMost(decide(walk(c, m, i), "agent '" + s.tokens().get(doer).word() + "', relation '" + s.tokens().get(i).word()
              + "', " + claim.object().name() + " from the article", 1, true), 0.6, TOPIC + ": "));
        }
        continue;
      }
      int agent = agentOf(m, i);
      String setAside = null;
      int alternative = contrastAlternative(m, agent);
      if (alternative >= 0) {
        // "bought not by Ankara but by Damascus": the doer is the alternative, the target is set aside
        setAside = negator(s, agent, -1) + " " + s.tokens().get(agent).word();
        agent = alternative;
      }
      Role role = roleOf(m, agent, 0);
      if (setAside == null && role == Role.OTHER) {
        setAside = contrastedTarget(m, agent);
      }
      boolean weak = false;
      if (role == Role.NONE) {
        boolean pronoun = agent >= 0 && s.tokens().get(agent).isPronoun();
        // "a junta that gets its diesel from the militants cannot teach us anything": the speaker's "us" is not the buyer
        boolean describedAgent = agent >= 0 && !pronoun && m.speakerIsTarget && !m.anyNamedTarget();
        if (!m.anyTarget() && !(pronoun && m.targetInSentence()) || describedAgent) {
          boolean nobody = agent >= 0 && lang.negatedSubjects().contains(s.tokens().get(agent).word().toLowerCase(Locale.ROOT));
          Token relationWord = s.tokens().get(i);
          // "there is no undisclosed illness": the relation as the object's attribute, asserted or denied with it
          boolean attribute = relationWord.relation().startsWith("amod") && relationWord.head() >= 0 && m.object[relationWord.head()];
          if (c.articleAboutClaim() && attribute && agent < 0) {
            out.add(topicReading(walk(c, m, relationWord.head()), "relation '" + relationWord.word() + "' on object '"
                + s.tokens().get(relationWord.head()).word() + "'"));
          } else if (c.articleAboutClaim() && (agent < 0 && !m.objectRequired[i] && subtreeOrSelf(m, i) || nobody)) {
            // "nobody hides anything": no one at all does it, which denies it of the target too
            // "a betrayal by the accomplices of the militants": nobody named, in an article about
            // the claim; the article's topic decides, with low confidence
            out.add(topicReading(walk(c, m, i), "relation '" + s.tokens().get(i).word() + "'" + m.argumentText(i)));
          } else if (agent >= 0 && !pronoun && m.speakerIsTarget && c.articleAboutClaim() && subtreeHas(m, i, m.object)) {
            Reading deflected = deflectedToDescribed(c, m, i, agent);
            if (deflected != null) {
              out.add(deflected);
            }
          }
          continue; // an unresolved "he" may stand for the target the frame names
        }
        weak = true;
      }
      if (role == Role.OBJECT && m.exchange[i] && m.anyTarget()) {
        role = Role.NONE; // "Daesh sells oil to Ankara": either side of a trade may be its subject
        weak = true;
      }
      if (role == Role.NONE && !weak) {
        weak = true;
      }
      boolean otherTrades = role == Role.OBJECT && m.exchange[i] && m.namesOtherParty(i);
      if (role == Role.TARGET && !m.objectInQuote() && m.partnerIsOtherParty(i)) {
        // "Turkey buys its oil from [other countries]": the target trades the goods, with someone else
        Polarity p = walk(c, m, i);
        if (p.flips % 2 == 0 && !p.conditional && !p.question && p.attributed == null) {
          String partner = "'" + s.tokens().get(i).word() + "' with another named party, not " + claim.object().name();
          out.add(m.speakerIsTarget
              ? new Reading(Label.DENY, 0.6, DEFLECTS + ": the speaker speaks for " + claim.target().name() + "; " + partner, 2)
              : new Reading(Label.DISCUSS, 0.6, OTHER_AGENT + ": " + partner, 2));
          continue;
        }
      }
      // "Who sells it? The junta next door sells it": in an article about the claim a pro-form object stands for the goods
      Token bareObject = s.child(i, "obj");
      boolean standsForGoods = c.articleAboutClaim() && bareObject != null && s.children(bareObject.index()).isEmpty()
          && lang.proformArguments().contains(bareObject.word().toLowerCase(Locale.ROOT));
      if ((role == Role.OTHER || otherTrades) && m.speakerIsTarget && (m.anyObjectOrGoods() || m.object[i] || standsForGoods)) {
        // the target's side names someone else as the one who does it ("the militants sell their oil to a third country"):
        // not us but them
        Polarity p = walk(c, m, i);
        if (p.flips % 2 == 0 && !p.conditional && !p.question && p.attributed == null) {
          out.add(new Reading(Label.DENY, 0.6, DEFLECTS + ": the speaker speaks for " + claim.target().name() + "; '"
              + s.tokens().get(i).word() + "' is done by '" + s.tokens().get(agent).word() + "'"
              + (otherTrades ? " with another party" : ""), 1));
          continue;
        }
      }
      if (setAside != null && role == Role.OTHER && (m.anyObjectOrGoods() || m.object[i])) {
        Polarity p = walk(c, m, i);
        if (p.flips % 2 == 0 && !p.question && !p.conditional && p.attributed == null && p.open == null) {
          // "Damascus, not Ankara, is their best customer": the relation is said of someone else and denied of the target
          out.add(new Reading(Label.DENY, 0.7, NEGATES + ": agent '" + s.tokens().get(agent).word() + "', relation '"
              + s.tokens().get(i).word() + "'" + m.argumentText(i) + "; negated target '" + setAside + "'", 1).at(i));
          continue;
        }
      }
      if (role == Role.OTHER || role == Role.OBJECT) {
        String primacy = role == Role.OTHER && s.tokens().get(i).isNoun() ? childWord(s, i, "amod", lang.primacyWords()) : null;
        Polarity other = primacy != null ? walk(c, m, i) : null;
        if (primacy != null && (m.anyObjectOrGoods() || m.object[i]) && other.flips % 2 == 0 && !other.question && !other.conditional
            && other.attributed == null) {
          // "the regime has always been the biggest customer of the militants' crude": the main buyer named is someone else
          out.add(new Reading(Label.DENY, 0.6, DEFLECTS + ": the " + primacy + " '" + s.tokens().get(i).word() + "' is '"
              + s.tokens().get(agent).word() + "', not " + claim.target().name(), 1));
        } else if (m.anyObjectOrGoods() || m.object[i]) {
          out.add(new Reading(Label.DISCUSS, 0.6, OTHER_AGENT + ": '" + s.tokens().get(i).word() + "' is done by '"
              + s.tokens().get(agent).word() + "', not by " + claim.target().name(), 1));
        }
        continue;
      }
      String elsewhere = m.exchange[i] && role != Role.TARGET && targetGoal(m, i) == null ? otherPlace(m, i) : null;
      if (elsewhere != null) {
        // "most of the crude ends up under the regime's control": the goods go to another party
        out.add(new Reading(Label.DISCUSS, 0.6, OTHER_AGENT + ": '" + s.tokens().get(i).word() + "' goes to '" + elsewhere
            + "', not to " + claim.target().name(), 2));
        continue;
      }
      Polarity p = walk(c, m, i);
      if (agent >= 0 && p.open == null && whClause(s, i, agent)) {
        String word = questionWordOf(s, i);
        p.open = word != null ? word : s.tokens().get(agent).word(); // "ask who pays for the crude": asked, not asserted
        p.steps.add("open question '" + p.open + "'");
      }
      String attributive = childWord(s, i, "amod", lang.attributiveAdjectives());
      if (attributive == null) {
        attributive = childWord(s, i, "advmod", lang.attributiveAdjectives()); // "Ankara reportedly buys …"
      }
      if (attributive != null && p.attributed == null) {
        p.attributed = attributive; // "Turkey's alleged oil deals": someone else's allegation, not the speaker's
        p.steps.add("attributed by '" + attributive + "'");
        String word = m.denyWordOutside(i);
        if (word != null && !p.rejected) {
          p.flips++;
          p.rejected = true;
          p.steps.add("rejecting word '" + word + "' in the sentence");
        }
      }
      negateByArgument(m, i, p);
      String negatedTarget = role == Role.TARGET ? null : negatedTargetMention(m, p);
      if (negatedTarget != null) {
        p.flips++; // "the oil they sell goes to the regime, not to us": the target is named only to be excluded
        p.steps.add("negated target '" + negatedTarget + "'");
      }
      if (role != Role.TARGET && negatedTarget == null) {
        negateByGoal(s, targetGoal(m, i), p); // "sold to local traders, not to Turkey"
      }
      String roles = "agent '" + (agent >= 0 ? s.tokens().get(agent).word() : "(" + m.firstTargetWord() + " in the clause)")
          + "', relation '" + s.tokens().get(i).word() + "'" + m.argumentText(i);
      String minimized = role == Role.TARGET ? null : minimizedQuantity(s, i);
      if (minimized == null && role != Role.TARGET) {
        minimized = minimizingPredicate(s, p); // "the volume of crude getting across was 'tiny'"
      }
      if (minimized != null && p.flips % 2 == 0 && !p.conditional && p.attributed == null) {
        // "modest volumes of crude did get into Turkey": the goods reach it, played down; no side taken
        out.add(new Reading(Label.DISCUSS, 0.6, MINIMIZED + ": " + roles + ", played down by '" + minimized + "'", 2).at(i));
        continue;
      }
      String proform = m.objectRequired[i] && !argumentIn(m, i) ? proformArgument(m, i) : null;
      if (proform != null) {
        // "she is hiding something": the article's topic supplies the object, so less sure
        out.add(atMost(decide(p, roles + ", '" + proform + "' for " + claim.object().name(), 1, true), 0.6, "").at(i));
        continue;
      }
      out.add(decide(p, roles, weak ? 2 : 3, weak).at(i));
    }
  }

  /**
   * A relation word whose object is a claim reference ("nothing to support the allegations", "backs
   * the charges") is said of the allegation, not of the claim's relation: the reference decides.
   */
  private static boolean onReference(Marks m, int i) {
    Token object = m.s.child(i, "obj");
    return object != null && m.reference[object.index()];
  }

  /**
   * Rule {@code small-amount}: in an article about the claim, a clause that says the amount of the
   * goods reaching the target is small ("the volume getting across was negligible"; a {@code
   * minimizers} predicate whose subject is one of {@code quantityNouns}, with a claim word or the
   * target under it, or only a participle, "the sums involved were small") plays the trade down to
   * nothing, which denies it. Not when the target does the relation under the subject, when the
   * sentence also concedes that the goods do get there ("a few lorries do get through, yet the volumes
   * are small": {@code played-down}), or under a negation, condition, question or attribution. The
   * words, or null.
   */
  String smallAmount(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      for (boolean widen : new boolean[] {false, true}) {
        Marks m = new Marks(c, s, speaksForTarget(c), widen);
        for (int i = m.lo; i <= m.hi; i++) {
          Token small = s.tokens().get(i);
          Token subject = s.child(i, "nsubj");
          if (!small.pos().startsWith("JJ") || !lang.minimizers().contains(small.lemma().toLowerCase(Locale.ROOT))
              || subject == null || !lang.quantityNouns().contains(subject.lemma().toLowerCase(Locale.ROOT))) {
            continue;
          }
          int q = subject.index();
          boolean claimWords = subtreeHas(m, q, m.objectOrGoods) || subtreeHas(m, q, m.exchange) || subtreeHas(m, q, m.target)
              || subtreeHas(m, q, m.relation);
          boolean bareParticiple = s.children(q).stream().anyMatch(t -> t.relation().startsWith("acl") && t.isVerb())
              && s.children(q).stream().allMatch(t -> t.relation().startsWith("acl") || t.relation().equals("det"));
          if (!claimWords && !bareParticiple || negator(s, i, -1) != null || targetActsUnder(m, q) || concedes(m, q, i)) {
            continue;
          }
          Polarity p = walk(c, m, i);
          if (p.flips % 2 == 0 && !p.conditional && !p.question && p.open == null && p.attributed == null) {
            return "'" + subject.word() + "' is '" + small.word() + "'";
          }
        }
      }
    }
    return null;
  }

  private static boolean tradeOrGoods(Marks m, int k) {
    return m.exchange[k] || m.relation[k] || m.objectOrGoods[k];
  }

  /**
   * Rule {@code own-crackdown}: in an article about the claim, the target's own side reports acting
   * against the trade in the goods ("seizures of smuggled diesel doubled this year", "our border units
   * stopped hundreds of smuggling attempts"): a {@code contrary} word (the claim file's) whose object,
   * passive subject or "of" phrase holds the goods or a trade word, done by no named party but the
   * target or its own side. Not negated, conditional, asked or another's words. The words, or null.
   */
  String ownCrackdown(Context c) {
    if (!c.articleAboutClaim() || !speaksForTarget(c)) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, true);
      for (int i = m.lo; i <= m.hi; i++) {
        Token act = s.tokens().get(i);
        if (!m.contrary[i] || !(act.isVerb() || act.isNoun()) || m.object[i]) {
          continue;
        }
        Token acted = null;
        for (Token child : s.children(i)) {
          String rel = child.relation();
          boolean patient = act.isVerb() ? rel.equals("obj") || rel.equals("nsubj:pass")
              : rel.startsWith("nmod") && hasChild(s, child.index(), "case", Set.of("of"));
          if (patient && m.inQuote(child.index()) && (tradeOrGoods(m, child.index()) || subtreeHas(m, child.index(), m.objectOrGoods)
              || subtreeHas(m, child.index(), m.exchange))) {
            acted = child;
          }
        }
        if (acted == null || negator(s, i, -1) != null) {
          continue;
        }
        int agent = act.isVerb() ? agentOf(m, i) : -1;
        Token doer = agent >= 0 ? s.tokens().get(agent) : null;
        if (doer != null && !m.self[agent] && !m.target[agent] && namesAnotherParty(m, agent)) {
          continue; // "the Kurdish police seized the fuel": another party's act
        }
        Polarity p = walk(c, m, i);
        if (p.flips % 2 == 0 && !p.conditional && !p.question && p.open == null && p.attributed == null) {
          return "'" + act.word() + "' … '" + acted.word() + "'";
        }
      }
    }
    return null;
  }

  /** The noun, or a word before it in its phrase ("Iraqi security forces"), names a party that is not the target. */
  private static boolean namesAnotherParty(Marks m, int noun) {
    int[] range = m.s.subtreeRange(noun);
    for (int k = range[0]; k <= noun; k++) {
      Token w = m.s.tokens().get(k);
      if ((w.isProperNoun() || NAME_NER.contains(w.ner())) && !m.target[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@code open-secret}: in an article about the claim, someone not on the target's side calls a
   * matter an open secret, or no (longer a) secret ("the smuggling on that highway is an open secret", "their
   * sponsorship of the militants is no longer a secret"): a {@code secretNouns} copular predicate with a
   * {@code disclosedModifiers} adjective or a negation, whose subject names a relation or trade word, the
   * goods, the object or a description of it or the claim, or points back to it ("the matter", "it"),
   * and names no party but the target. The words, or null.
   */
  String openSecret(Context c) {
    if (!c.articleAboutClaim() || speaksForTarget(c)) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      for (boolean widen : new boolean[] {false, true}) {
        Marks m = new Marks(c, s, false, widen);
        for (int k = m.lo; k <= m.hi; k++) {
          Token secret = s.tokens().get(k);
          if (!secret.isNoun() || !lang.secretNouns().contains(secret.lemma().toLowerCase(Locale.ROOT))
              || s.child(k, "cop") == null) {
            continue;
          }
          String open = childWord(s, k, "amod", lang.disclosedModifiers());
          String negated = open == null ? negator(s, k, -1) : null;
          for (Token d : s.children(k)) {
            if (negated == null && d.relation().startsWith("advmod")) {
              // "no longer a secret": the negation sits on "longer", or is the adverb itself
              negated = lang.negators().contains(d.word().toLowerCase(Locale.ROOT)) ? d.word()
                  : childWord(s, d.index(), "advmod", lang.negators());
            }
          }
          Token subject = s.child(k, "nsubj");
          if (open == null && negated == null || subject == null) {
            continue;
          }
          int j = subject.index();
          boolean claimMatter = tradeOrGoods(m, j) || m.objectOrDescribed[j] || m.reference[j] || subtreeHas(m, j, m.relation)
              || subtreeHas(m, j, m.exchange) || subtreeHas(m, j, m.objectOrGoods) || subtreeHas(m, j, m.objectOrDescribed)
              || subtreeHas(m, j, m.reference);
          boolean pointsBack = subject.isPronoun() || lang.affairNouns().contains(subject.lemma().toLowerCase(Locale.ROOT))
              || lang.matterNouns().contains(subject.lemma().toLowerCase(Locale.ROOT));
          if (!(claimMatter || pointsBack) || namesAnotherParty(m, j) && !subtreeHas(m, j, m.target)) {
            continue;
          }
          return "'" + subject.word() + "' … '" + (open != null ? open + " " : negated + " … ") + secret.word() + "'";
        }
      }
    }
    return null;
  }

  /** Named parties of another kind than the target: a trade "only from" them is from them alone. */
  private static final Set<String> SOURCE_NER = Set.of("COUNTRY", "LOCATION", "ORGANIZATION", "STATE_OR_PROVINCE", "CITY");

  /**
   * Rule {@code lawful-source}: in an article about the claim, the target's own side says where its
   * purchases come from, and that source is lawful ("we buy crude only from licensed suppliers", "our
   * imports come from legitimate sources such as …"): a trade word, or a verb whose subject is goods or a
   * trade word, with a "from" phrase whose noun has a {@code lawfulSourceWords} modifier, or that "only"
   * restricts to parties it names. The source names neither the object nor a description of it. Not
   * negated, conditional, asked or another's words. The words, or null.
   */
  String lawfulSource(Context c) {
    if (!c.articleAboutClaim() || !speaksForTarget(c)) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      // a partial quote is read again with the clause reported around it
      boolean[] readings = c.quote().kind() == QuoteSpan.Kind.PARTIAL ? new boolean[] {false, true} : new boolean[] {false};
      for (boolean widen : readings) {
        Marks m = new Marks(c, s, true, widen);
        for (int i = m.lo; i <= m.hi; i++) {
          Token source = s.tokens().get(i);
          if (!source.isNoun() || source.head() < 0 || !hasChild(s, i, "case", Set.of("from"))
              || m.object[i] || m.objectOrDescribed[i] || subtreeHas(m, i, m.objectOrDescribed) || subtreeHas(m, i, m.object)) {
            continue;
          }
          int verb = source.head();
          Token trade = s.tokens().get(verb);
          // "buys crude from …", "the oil from …", "our imports come from …" (also "all of our imports")
          boolean traded = m.exchange[verb] || m.relation[verb] || m.objectOrGoods[verb] || s.children(verb).stream()
              .anyMatch(t -> t.relation().startsWith("nsubj") && (tradeOrGoods(m, t.index()) || subtreeHas(m, t.index(), m.relation)
                  || subtreeHas(m, t.index(), m.objectOrGoods)));
          // (a partial quote's verb is in the clause reported around it: bought its oil "from known, lawful traders")
          if (!traded || verb < m.lo || verb > m.hi) {
            continue;
          }
          String lawful = childWord(s, i, "amod", lang.lawfulSourceWords());
          if (lawful == null) {
            for (Token conj : s.children(i)) {
              lawful = lawful != null ? lawful : conj.relation().startsWith("amod") ? childWord(s, conj.index(), "conj", lang.lawfulSourceWords()) : null;
            }
          }
          boolean only = hasChild(s, verb, "advmod", Set.of("only")) || hasChild(s, i, "advmod", Set.of("only"));
          boolean namesParties = false;
          for (int k = i; k <= m.hi; k++) {
            Token t = s.tokens().get(k); // "only from vetted firms, such as …": the parties the source names
            namesParties |= t.isProperNoun() && SOURCE_NER.contains(t.ner()) && !m.target[k];
          }
          if (lawful == null && !(only && namesParties)) {
            continue;
          }
          if (negator(s, verb, -1) != null) {
            continue;
          }
          Polarity p = walk(c, m, verb);
          if (p.flips % 2 == 0 && !p.conditional && !p.question && p.open == null && p.attributed == null) {
            return "'" + trade.word() + "' from '" + (lawful != null ? lawful + " " : "only ") + source.word() + "'";
          }
        }
      }
    }
    return null;
  }

  /**
   * Rule {@code open-records}: in an article about the claim, the target's side lays its own papers
   * open ("the ministry will open its customs records to any inspector", "our ledgers are open"): a
   * {@code recordNouns} noun that the target or the speaker's side owns, or that is the object or
   * subject of a {@code disclosureWords} word whose subject is the target's side. Not negated, asked
   * or conditional. The words, or null.
   */
  String openRecords(Context c) {
    if (!c.articleAboutClaim() || !speaksForTarget(c)) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, true);
      for (int i = m.lo; i <= m.hi; i++) {
        Token papers = s.tokens().get(i);
        if (!papers.isNoun() || !lang.recordNouns().contains(papers.lemma().toLowerCase(Locale.ROOT)) || papers.head() < 0) {
          continue;
        }
        Token owner = s.child(i, "nmod:poss");
        // "Turkey will open its records", with "Turkey" lost to the verb above: "its" is the target's
        boolean own = owner != null && (m.target[owner.index()] || m.self[owner.index()] || owner.pos().equals("PRP$") && m.anyTarget());
        int opening = papers.head();
        Token open = s.tokens().get(opening);
        boolean objectOf = papers.relation().equals("obj") && lang.disclosureWords().contains(open.lemma().toLowerCase(Locale.ROOT));
        boolean subjectOf = papers.relation().startsWith("nsubj") && lang.disclosureWords().contains(open.lemma().toLowerCase(Locale.ROOT));
        if (subjectOf) {
          opening = open.index(); // "our books are open"
        } else if (!objectOf) {
          continue;
        }
        Token doer = s.child(opening, "nsubj");
        boolean ours = own || objectOf && doer != null && (m.target[doer.index()] || m.self[doer.index()]);
        if (!ours || negator(s, opening, -1) != null) {
          continue;
        }
        Polarity p = walk(c, m, opening);
        if (p.flips % 2 == 0 && !p.question && !p.conditional && p.open == null) {
          return "'" + s.tokens().get(opening).word() + "' … '" + papers.word() + "'";
        }
      }
    }
    return null;
  }

  /**
   * Rule {@code witness-denial}: in an article about the claim, the speaker, as a witness, never saw
   * the goods or the trade ("tankers by the hundred? I never saw a single one", "we never noticed
   * any of it cross here"): a {@code witnessVerbs} verb with a first-person subject, negated, whose
   * object is the goods, the object, a trade word or a pro-form the quote's other words make the goods.
   * Not asked or conditional. The words, or null.
   */
  String witnessDenial(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, speaksForTarget(c));
      for (int i = m.lo; i <= m.hi; i++) {
        Token verb = s.tokens().get(i);
        Token subject = s.child(i, "nsubj");
        Token object = s.child(i, "obj");
        Token seen = object == null ? s.child(i, "ccomp", "xcomp") : null;
        if (seen != null) {
          object = s.child(seen.index(), "nsubj"); // "I never saw it come across": what was seen doing it
        }
        if (!verb.isVerb() || !lang.witnessVerbs().contains(verb.lemma().toLowerCase(Locale.ROOT)) || subject == null
            || !lang.firstPerson().contains(subject.word().toLowerCase(Locale.ROOT)) || object == null) {
          continue;
        }
        int o = object.index();
        boolean goods = m.objectOrGoods[o] || m.exchange[o] || subtreeHas(m, o, m.objectOrGoods)
            || (object.isPronoun() || lang.proformArguments().contains(object.word().toLowerCase(Locale.ROOT))
                || hasChild(s, o, "det", lang.demonstratives())) && tradeInQuote(c);
        String negator = negator(s, i, -1);
        if (negator == null) {
          negator = negator(s, o, -1); // "saw not a single tanker", "saw no tankers"
        }
        if (!goods || negator == null) {
          continue;
        }
        Polarity p = walk(c, m, i);
        if (!p.question && !p.conditional && p.open == null) {
          String not = negator.equalsIgnoreCase(object.word()) ? "" : negator + " ";
          return "'" + subject.word() + " " + not + verb.word() + " " + object.word() + "'";
        }
      }
    }
    return null;
  }

  /**
   * Rule {@code conditional-resignation}: in an article about the claim, a quote that stakes an office
   * on a condition ("should a single invoice of ours turn up, I quit the cabinet"; a claim {@code
   * consequenceWords} phrase outside a clause with a {@code conditionMarks} word, in the quote),
   * whatever the condition says: such a promise denies the claim. A condition with a proof word is
   * the stronger {@code challenge-to-prove}. The words, or null.
   */
  String conditionalResignation(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, speaksForTarget(c));
      for (int i = m.lo; i <= m.hi; i++) {
        Token clause = s.tokens().get(i);
        if (!clause.relation().startsWith("advcl") || !isConditional(s, i) || !m.inQuote(clause.head())) {
          continue;
        }
        if (m.proof[i] || subtreeHas(m, i, m.proof)) {
          continue; // "should they ever prove it, I quit": a challenge to prove it, read by the lexical rules
        }
        String consequence = m.consequenceOutside(i);
        Token mark = s.child(i, "mark");
        int at = consequence == null ? -1 : s.begin() + c.doc().text().substring(s.begin(), s.end()).indexOf(consequence);
        if (consequence != null && at >= c.quote().start() && at < c.quote().end() && stakesOwnOffice(c, m, i)) {
          return "'" + (mark == null ? "if" : mark.word()) + " …' … '" + consequence + "'";
        }
      }
    }
    return null;
  }

  /**
   * The speaker is the one who would go: a subject outside the condition is "I" or "we", or in
   * reported speech "he" or "she" ("he would step down if …"); not "Mr X promised to resign if …".
   */
  private boolean stakesOwnOffice(Context c, Marks m, int condition) {
    Sentence s = m.s;
    int[] inside = s.subtreeRange(condition);
    boolean reported = c.quote().kind() != QuoteSpan.Kind.DIRECT;
    for (int k = m.lo; k <= m.hi; k++) {
      Token t = s.tokens().get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if ((k < inside[0] || k > inside[1]) && t.relation().startsWith("nsubj")
          && (lang.firstPerson().contains(w) || reported && lang.reportedSelf().contains(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@code answers-accusers}: in an article about the claim, the target's own side tells its
   * accusers what they ought to do ("people who blame us ought to look at who pays for the regime's
   * crude", "whoever talks about oil must explain where the regime's fuel comes from"): the subject
   * of a clause with a {@code demandWords} modal is described by a relative clause whose verb reports
   * or accuses (a reporting verb, or the claim's accusing verbs), or that speaks of the claim (a claim
   * reference, or the target with a relation word). Not asked or conditional. The words, or null.
   */
  String answersAccusers(Context c) {
    if (!c.articleAboutClaim() || !speaksForTarget(c)) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, true);
      for (int i = m.lo; i <= m.hi; i++) {
        Token predicate = s.tokens().get(i);
        Token subject = s.child(i, "nsubj");
        String modal = childWord(s, i, "aux", lang.demandWords());
        if (subject == null || modal == null || !m.inQuote(subject.index())) {
          continue;
        }
        Token relative = s.child(subject.index(), "acl:relcl");
        if (relative == null || !accusesOrSpeaksOfClaim(m, relative.index())) {
          continue;
        }
        Polarity p = walk(c, m, i);
        if (!p.question && !p.conditional && p.open == null && p.flips % 2 == 0) {
          return "'" + subject.word() + " who " + relative.word() + "' " + modal + " " + predicate.word();
        }
      }
    }
    return null;
  }

  /** The relative clause's verbs report or accuse, or its words speak of the claim. */
  private boolean accusesOrSpeaksOfClaim(Marks m, int relative) {
    Sentence s = m.s;
    int[] range = s.subtreeRange(relative);
    boolean target = false;
    boolean relation = false;
    for (int k = range[0]; k <= range[1]; k++) {
      Token t = s.tokens().get(k);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.isVerb() && (reporting.isReportingVerb(lemma) || supportVerbs.contains(lemma)) || m.reference[k]) {
        return true;
      }
      target |= m.target[k] || m.self[k];
      relation |= m.relation[k] || m.objectOrGoods[k];
    }
    return target && relation;
  }

  /**
   * Rule {@code clean-record}: in an article about the claim, the target's own side says its goods
   * or its trade in them are on the record ("each cargo we take in is logged and audited"; a {@code
   * recordingWords} predicate whose subject, or the noun it describes, holds the goods or a trade
   * word): the paper trail it offers denies the trade. Not negated, conditional, asked or another's
   * words. The words, or null.
   */
  String cleanRecord(Context c) {
    if (!c.articleAboutClaim() || !speaksForTarget(c)) {
      return null;
    }
    for (Sentence s : quoteSentences(c)) {
      for (boolean widen : new boolean[] {false, true}) {
        Marks m = new Marks(c, s, true, widen);
        for (int i = m.lo; i <= m.hi; i++) {
          Token recorded = s.tokens().get(i);
          if (!(recorded.isVerb() || recorded.pos().startsWith("JJ"))
              || !lang.recordingWords().contains(recorded.lemma().toLowerCase(Locale.ROOT))) {
            continue;
          }
          int predicate = i;
          if (recorded.relation().startsWith("conj") && s.child(i, "nsubj") == null && s.child(i, "nsubj:pass") == null) {
            predicate = recorded.head(); // "enters through customs and is logged": the first conjunct's subject
          }
          List<Token> subjects = new ArrayList<>();
          for (Token child : s.children(predicate)) {
            if (child.relation().startsWith("nsubj") || child.relation().equals("dep")) {
              subjects.add(child); // "dep": where the parser lost the subject of a long relative clause
            }
          }
          if (recorded.relation().startsWith("acl") || recorded.relation().startsWith("amod")) {
            subjects.add(s.tokens().get(recorded.head())); // "every cargo of it documented"
          }
          Token subject = null;
          for (Token candidate : subjects) {
            int q = candidate.index();
            if (subject == null && (m.objectOrGoods[q] || m.exchange[q] || subtreeHas(m, q, m.objectOrGoods) || subtreeHas(m, q, m.exchange))) {
              subject = candidate;
            }
          }
          if (subject == null || negator(s, i, -1) != null || negator(s, predicate, -1) != null || negatedSubject(s, subject.index())) {
            continue;
          }
          Polarity p = walk(c, m, i);
          if (p.flips % 2 == 0 && !p.conditional && !p.question && p.open == null && p.attributed == null) {
            return "'" + subject.word() + "' " + recorded.word();
          }
        }
      }
    }
    return null;
  }

  /**
   * The target, as what a clause with a negated subject is compared with ("nobody has done more than
   * us", "no country has fought it harder than Turkey"): the word after "than", or null.
   */
  private String comparedTarget(Marks m, int predicate) {
    Sentence s = m.s;
    Token subject = s.child(predicate, "nsubj");
    if (subject == null || !negatedSubject(s, subject.index())) {
      return null;
    }
    for (int k = m.lo; k <= m.hi; k++) {
      Token than = s.tokens().get(k);
      if (!than.word().equalsIgnoreCase("than") || than.head() < 0) {
        continue;
      }
      int compared = than.head();
      Token clauseSubject = s.child(compared, "nsubj");
      if (clauseSubject != null && !(m.target[compared] || m.self[compared])) {
        compared = clauseSubject.index(); // "than we have"
      }
      if ((m.target[compared] || m.self[compared]) && (compared == predicate || s.dominates(predicate, compared))) {
        return s.tokens().get(compared).word();
      }
    }
    return null;
  }

  /**
   * The noun, with no compound before it, is the object of a verb that only says its subject does
   * what the noun names ("engaged in a cover-up", "do business with", "keeps secrets"; {@code
   * lightVerbs}): its subject is the noun's agent. "Received little help" is not.
   */
  private boolean lightVerbArgument(Sentence s, int noun) {
    Token t = s.tokens().get(noun);
    if (t.head() < 0 || s.child(noun, "compound") != null) {
      return false;
    }
    Token verb = s.tokens().get(t.head());
    return verb.isVerb() && (t.relation().equals("obj") || t.relation().startsWith("obl"))
        && lang.lightVerbs().contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Rule {@code concedes-trade}: a quote of several sentences that grants that the goods reach the
   * target (a support read only from the goods, not from the target as agent) and in another sentence
   * names the target with a rejecting word and no goods ("some crude has surely got into the country.
   * Nothing shows that the ministers in the capital arranged it"): the trade is granted,
   * the target's part in it denied. The rejecting words, or null.
   */
  String concededTradeDenied(Context c) {
    List<Sentence> sentences = quoteSentences(c);
    if (sentences.size() < 2 || !c.articleAboutClaim()) {
      return null;
    }
    for (Sentence s : sentences) {
      Marks m = new Marks(c, s, speaksForTarget(c));
      boolean goods = false;
      boolean rejecting = false;
      String unseen = null;
      for (int k = m.lo; k <= m.hi; k++) {
        goods |= m.objectOrGoods[k];
        rejecting |= m.denyWord[k];
        Token t = s.tokens().get(k);
        if (unseen == null && lang.evidenceNouns().contains(t.lemma().toLowerCase(Locale.ROOT)) && hasChild(s, k, "det", lang.negators())) {
          unseen = "no " + t.word(); // "no public evidence"
        }
      }
      if (!goods && (rejecting || unseen != null) && m.anyNamedTarget()) {
        int from = Math.max(s.begin(), c.quote().start());
        int to = Math.min(s.end(), c.quote().end());
        String word = rejecting ? denyWords.find(c.doc().text().substring(from, to)) : unseen;
        Polarity p = walk(c, m, m.hi);
        if (word != null && !p.conditional && !p.question) {
          return "'" + word + "'";
        }
      }
    }
    return null;
  }

  /** The noun has a that-clause ("no question that …"), not an of-phrase ("no question of …"). */
  private static boolean thatClause(Sentence s, int noun) {
    for (Token child : s.children(noun)) {
      if ((child.relation().startsWith("acl") || child.relation().startsWith("ccomp")) && child.isVerb()
          && !hasChild(s, child.index(), "mark", Set.of("of", "to"))) {
        return true;
      }
    }
    return false;
  }

  /** The clause {@code clause} hangs on {@code head} as parataxis, a clauseSeparators mark (";", ":") between them. */
  private boolean afterClauseSeparator(Sentence s, int clause, int head) {
    if (!s.tokens().get(clause).relation().startsWith("parataxis")) {
      return false;
    }
    for (int k = Math.min(clause, head) + 1; k < Math.max(clause, head); k++) {
      if (lang.clauseSeparators().contains(s.tokens().get(k).word())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code conjunct} is coordinated with the nominal predicate {@code head} ("is not our friend") after a
   * comma and a {@code clauseConjunctions} word: a new clause, out of the predicate's negation.
   */
  private boolean newClauseAfterComma(Sentence s, int conjunct, int head) {
    Token c = s.tokens().get(conjunct);
    if (!c.relation().startsWith("conj") || c.head() != head || s.child(head, "cop") == null) {
      return false;
    }
    for (Token cc : s.children(conjunct)) {
      if (cc.relation().equals("cc") && lang.clauseConjunctions().contains(cc.word().toLowerCase(Locale.ROOT))
          && cc.index() > 0 && s.tokens().get(cc.index() - 1).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** {@code conjunct} is a clause coordinated with {@code head} that has a subject of its own. */
  private static boolean conjunctWithSubject(Sentence s, int conjunct, int head) {
    Token c = s.tokens().get(conjunct);
    return c.relation().startsWith("conj") && c.head() == head && c.isVerb()
        && (s.child(conjunct, "nsubj") != null || s.child(conjunct, "nsubj:pass") != null);
  }

  /** "no cargo is logged": a subject that negates its clause. */
  private boolean negatedSubject(Sentence s, int noun) {
    Token t = s.tokens().get(noun);
    return lang.negatedSubjects().contains(t.word().toLowerCase(Locale.ROOT)) || hasChild(s, noun, "det", lang.negators());
  }

  /**
   * Rule {@code diversion}: in an article about the claim, a quote that calls the allegation, or the
   * accuser's act, a diversion ("a smokescreen", "meant to draw eyes away from …", "to change the
   * subject"; {@code diversionWords} in stance.json) denies that it is made in good faith, and so the
   * claim. Said for the target, or beside a claim reference or a rejecting word; not when the target
   * is the one said to divert, nor under a negation, condition or question. The words, or null.
   */
  String diversion(Context c) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    boolean forTarget = speaksForTarget(c);
    for (Sentence s : quoteSentences(c)) {
      for (boolean widen : new boolean[] {false, true}) {
        Marks m = new Marks(c, s, forTarget, widen);
        boolean[] diverts = m.mark(c.doc().text(), diversions);
        boolean backed = forTarget;
        for (int k = m.lo; k <= m.hi; k++) {
          backed |= m.reference[k] || m.denyWord[k];
        }
        for (int i = m.lo; i <= m.hi && backed; i++) {
          if (!diverts[i] || i > 0 && diverts[i - 1]) {
            continue;
          }
          // who diverts: the subject of the diversion word's clause, or of the verb it hangs from
          Token subject = null;
          for (int k = i; k >= m.lo && k <= m.hi && subject == null; k = s.tokens().get(k).head()) {
            subject = s.child(k, "nsubj");
            if (subject == null) {
              subject = s.child(k, "nsubj:pass");
            }
          }
          if (subject != null && (m.target[subject.index()] || m.self[subject.index()] || subtreeHas(m, subject.index(), m.target))) {
            continue; // "Ankara wants to change the subject": the target is said to divert
          }
          Polarity p = walk(c, m, i);
          if (p.flips % 2 == 0 && !p.conditional && !p.question && p.open == null && negator(s, i, -1) == null) {
            return "'" + s.tokens().get(i).word() + "'" + (subject != null ? " by '" + subject.word() + "'" : "");
          }
        }
      }
    }
    return null;
  }

  /** The target is the agent of a relation word under the noun ("the amount Turkey buys"). */
  private boolean targetActsUnder(Marks m, int noun) {
    for (int k = 0; k < m.s.tokens().size(); k++) {
      if (m.relation[k] && m.s.dominates(noun, k) && roleOf(m, agentOf(m, k), 0) == Role.TARGET) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence also says, outside the quantity phrase and the small predicate's own clause, that the
   * goods do move ("a few lorries do get through to the other side, yet the volumes are tiny"): a concession.
   */
  private static boolean concedes(Marks m, int quantity, int small) {
    for (int k = 0; k < m.s.tokens().size(); k++) {
      Token t = m.s.tokens().get(k);
      if ((m.exchange[k] || m.relation[k]) && t.isVerb() && k != quantity && !m.s.dominates(quantity, k) && !m.s.dominates(small, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@code nothing-to-hide}: in an article about the claim, the target or the target's own
   * side says it has nothing to conceal ("our ministry has nothing to hide"; {@code
   * concealmentVerbs} in stance.json): a protest of innocence, which denies the claim. A
   * conditional or a question ("should the board have nothing to hide, it may open its books") asserts
   * nothing. Null if not.
   */
  private Reading nothingToHide(Context c, Marks m) {
    if (!c.articleAboutClaim()) {
      return null;
    }
    Sentence s = m.s;
    for (int i = m.lo; i <= m.hi; i++) {
      Token have = s.tokens().get(i);
      Token subject = m.s.child(i, "nsubj");
      String nothing = childWord(s, i, "obj", lang.negatedSubjects());
      if (!have.isVerb() || subject == null || nothing == null
          || !(m.target[subject.index()] || m.self[subject.index()] || subtreeHas(m, subject.index(), m.target))) {
        continue;
      }
      boolean conceal = false;
      for (Token child : s.children(i)) {
        conceal |= (child.relation().startsWith("ccomp") || child.relation().startsWith("xcomp"))
            && lang.concealmentVerbs().contains(child.lemma().toLowerCase(Locale.ROOT));
      }
      Token object = m.s.child(i, "obj");
      for (Token child : s.children(object.index())) {
        conceal |= child.relation().startsWith("acl") && lang.concealmentVerbs().contains(child.lemma().toLowerCase(Locale.ROOT));
      }
      if (!conceal) {
        continue;
      }
      Polarity p = walk(c, m, i);
      // the clause's own "if" counts where the parser hangs the clause on a quote mark, not on its main clause
      if (p.conditional || p.question || p.open != null || p.attributed != null || isConditional(s, i)) {
        continue;
      }
      return new Reading(Label.DENY, 0.7, NOTHING_TO_HIDE + ": '" + subject.word() + "' has '" + nothing + "' to conceal", 2);
    }
    return null;
  }

  /**
   * Rule {@code goods-to-target}: in an article about the claim, a trade or transport word whose
   * goal is the target ("sold into Turkey", "tankers carrying oil cross the Turkish frontier", "the
   * cargo ends up in Turkish depots") says the goods reach the target, where the parse did not give
   * the word the goods as its argument. The goods must be named in the quote; a named third party
   * that does the trading makes it another trade ("Iraq sells its oil to Turkey"). A negated goal
   * ("sold to local traders, not to Turkey") denies. Null if not.
   */
  private Reading destinationReading(Context c, Marks m, int i) {
    Sentence s = m.s;
    if (!c.articleAboutClaim() || !m.exchange[i]) {
      return null;
    }
    Token goal = targetGoal(m, i);
    // "the northern route runs to Turkish depots": in an article about the claim, a route or trade as the
    // subject stands for the goods it carries
    Token subject = s.child(i, "nsubj");
    boolean tradeSubject = subject != null && m.exchange[subject.index()] && subject.isNoun();
    if (goal == null || !quoteNamesGoods(c) && !tradeSubject) {
      return null;
    }
    int agent = agentOf(m, i);
    Role role = roleOf(m, agent, 0);
    if (role == Role.OTHER || role == Role.TARGET) {
      return null; // another party's trade, or the target's own (read as the relation itself)
    }
    Polarity p = walk(c, m, i);
    negateByGoal(s, goal, p);
    Reading r = decide(p, "goal '" + goal.word() + "', relation '" + s.tokens().get(i).word() + "'", 2, true);
    return new Reading(r.label(), Math.min(r.confidence(), 0.7), DESTINATION + ": " + r.evidence(), 2);
  }

  /** A negator on the argument ("grain, not oil from …") negates the relation of it. */
  private void negateByArgument(Marks m, int relation, Polarity p) {
    String negated = negatedArgument(m, relation);
    if (negated != null) {
      p.flips++;
      p.steps.add("negated argument '" + negated + "'");
    }
  }

  /** A negated goal ("not to Turkey") negates the goods reaching the target. */
  private void negateByGoal(Sentence s, Token goal, Polarity p) {
    String negated = goal == null ? null : negator(s, goal.index(), -1);
    if (negated != null) {
      p.flips++;
      p.steps.add("negated goal '" + negated + " " + goal.word() + "'");
    }
  }

  /**
   * A named party (or a nationality) in a prepositional argument of a trade or transport word, with
   * no target word beside it ("the cargo ends up with a neighbouring regime"): where the goods go. Null if none.
   */
  private String otherPlace(Marks m, int i) {
    Sentence s = m.s;
    for (Token child : s.children(i)) {
      if (!child.relation().startsWith("obl") && !child.relation().startsWith("nmod")
          || !hasChild(s, child.index(), "case", lang.endpointPrepositions())) {
        continue; // "from [a place]" or "through [a place]" is where the goods pass, not where they end
      }
      String party = null;
      boolean target = m.target[child.index()] || m.self[child.index()];
      for (int k = 0; k < s.tokens().size(); k++) {
        if (k != child.index() && !s.dominates(child.index(), k)) {
          continue;
        }
        Token t = s.tokens().get(k);
        target |= m.target[k] || m.self[k];
        if (party == null && PARTY_NER.contains(t.ner()) && !m.object[k]) {
          party = t.word();
        }
      }
      if (party != null && !target) {
        return party;
      }
    }
    return null;
  }

  /** The argument of a trade or transport word that is the place the goods go to, when it is the target; or null. */
  private Token targetGoal(Marks m, int i) {
    Sentence s = m.s;
    if (!m.exchange[i]) {
      return null;
    }
    for (Token child : s.children(i)) {
      String rel = child.relation();
      boolean place = rel.equals("obj") || (rel.startsWith("obl") || rel.startsWith("nmod"))
          && hasChild(s, child.index(), "case", lang.goalPrepositions());
      if (!place) {
        continue;
      }
      // "to local traders and to the regime, not to Turkey": a further goal the parser hung below the first
      List<Token> goals = new ArrayList<>(List.of(child));
      for (Token further : s.tokens()) {
        boolean goalLike = further.relation().startsWith("conj") || hasChild(s, further.index(), "case", lang.goalPrepositions());
        if (further.index() != child.index() && goalLike && s.dominates(child.index(), further.index())) {
          goals.add(further);
        }
      }
      for (Token candidate : goals) {
        if (m.target[candidate.index()]) {
          return candidate; // the target word itself, before a phrase that holds it as an apposition
        }
      }
      for (Token candidate : goals) {
        if (roleOf(m, candidate.index(), 0) == Role.TARGET && !m.self[candidate.index()]) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * A rejecting word among the quote's own words ("'a lie through and through'"), not negated; with
   * {@code verdictOnly}, only one given as a verdict ("as a lie"). Null if none.
   */
  private String quotedDenyWord(Context c, boolean verdictOnly) {
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, false);
      for (int i = m.lo; i <= m.hi; i++) {
        int head = s.tokens().get(i).head();
        boolean verdict = !verdictOnly || hasChild(s, i, "case", lang.predicativeMarks())
            || head >= 0 && hasChild(s, head, "case", lang.predicativeMarks()); // "as a pack of lies"
        if (m.denyWord[i] && verdict && negator(s, i, -1) == null) {
          return s.tokens().get(i).word();
        }
      }
    }
    return null;
  }

  /** The quote names the claim's goods or object (in any of its sentences). */
  /** The noun is what an existential says is or is not there: "there is no such scheme", "no such racket exists". */
  private static boolean existential(Sentence s, int noun) {
    Token t = s.tokens().get(noun);
    if (!t.relation().startsWith("nsubj") || t.head() < 0) {
      return false;
    }
    Token verb = s.tokens().get(t.head());
    return s.child(verb.index(), "expl") != null || verb.lemma().equalsIgnoreCase("exist");
  }

  /**
   * A support reading of a quote by the target's own side, checked against the quote's words: with a
   * rejecting word in it, the claim is stated only to be rejected ({@code rejects-allegation}); with
   * no word for the object or a description of it, rule {@code own-goods}: saying goods reach the
   * target or that it buys them ("each barrel we import is logged at the port") speaks of its trade,
   * not of trade with the object, so no side. Other readings pass unchanged.
   */
  private Reading targetSideSupport(Context c, Reading r) {
    boolean reported = r != null && reportsAllegation(r);
    if (r == null || r.label() != Label.SUPPORT && !reported || !speaksForTarget(c)) {
      return r;
    }
    String text = quoteText(c);
    String rejecting = denyWords.find(text);
    if (reported) {
      // "no one may slander our country by alleging that it buys …": the target's side reports
      // the allegation only to call it what the rejecting word says
      return rejecting == null ? r : new Reading(Label.DENY, 0.7, REJECTS_ALLEGATION + ": the speaker speaks for "
          + claim.target().name() + " and calls it '" + rejecting + "'; " + r.evidence(), r.strength(), r.at());
    }
    if (rejecting != null) {
      // "charged its rivals with inventing lies about our deals with the militants": the target's own side
      // states the claim only to call it what the rejecting word says, however the parse hung it
      return new Reading(Label.DENY, 0.7, REJECTS_ALLEGATION + ": the speaker speaks for " + claim.target().name()
          + " and calls it '" + rejecting + "'; " + r.evidence(), r.strength(), r.at());
    }
    if (object.find(text) != null || objectReferences.find(text) != null) {
      return r;
    }
    String record = cleanRecord(c);
    if (record != null) {
      return new Reading(Label.DENY, 0.65, CLEAN_RECORD + ": " + record + ", said for " + claim.target().name(), r.strength(), r.at());
    }
    String papers = recordPassed(c);
    if (papers != null) {
      return new Reading(Label.DENY, 0.65, CLEAN_RECORD + ": " + papers + ", said for " + claim.target().name(), r.strength(), r.at());
    }
    String lawful = lawfulSource(c);
    if (lawful == null) {
      lawful = lawfulAfterFrom(c);
    }
    if (lawful != null) {
      return new Reading(Label.DENY, 0.65, LAWFUL_SOURCE + ": " + lawful + ", said for " + claim.target().name(), r.strength(), r.at());
    }
    return new Reading(Label.DISCUSS, 0.6, OWN_GOODS + ": the speaker speaks for " + claim.target().name()
        + " and names no " + claim.object().name() + "; " + r.evidence(), r.strength(), r.at());
  }

  /**
   * The target's own goods go through, or come with, papers ({@code recordNouns}: "passes through
   * customs", "is shipped with its certificate of origin"): a record noun in a prepositional phrase of the
   * quote, not under "without" or a negation. Only for a support reading of the target's own goods,
   * which has already found the trade. The words, or null.
   */
  private String recordPassed(Context c) {
    for (Sentence s : quoteSentences(c)) {
      Marks m = new Marks(c, s, true);
      for (int i = m.lo; i <= m.hi; i++) {
        Token t = s.tokens().get(i);
        Token preposition = s.child(i, "case");
        boolean record = lang.recordNouns().contains(t.lemma().toLowerCase(Locale.ROOT))
            || lang.recordNouns().contains(t.word().toLowerCase(Locale.ROOT)); // "customs", whose lemma is another word
        if (!t.isNoun() || preposition == null || !record
            || lang.exceptionMarks().contains(preposition.word().toLowerCase(Locale.ROOT)) || negator(s, i, -1) != null
            || t.head() >= 0 && negator(s, t.head(), i) != null) {
          continue;
        }
        return "'" + preposition.word() + " " + t.word() + "'";
      }
    }
    return null;
  }

  /**
   * Where the parse of the target's own purchase is broken ("from known and legitimate suppliers -
   * …" with "known" read as a verb): a lawful word within four words after "from", in the quote.
   * Only for a support reading of the target's own goods, which has already found the trade.
   */
  private String lawfulAfterFrom(Context c) {
    for (Sentence s : quoteSentences(c)) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token from = tokens.get(i);
        if (!from.word().equalsIgnoreCase("from") || from.begin() < c.quote().start() || from.end() > c.quote().end()) {
          continue;
        }
        for (int k = i + 1; k <= i + 4 && k < tokens.size() && tokens.get(k).end() <= c.quote().end(); k++) {
          if (lang.lawfulSourceWords().contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT))
              || lang.lawfulSourceWords().contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return "'from … " + tokens.get(k).word() + "'";
          }
        }
      }
    }
    return null;
  }

  private static String quoteText(Context c) {
    return c.doc().text().substring(c.quote().start(), c.quote().end());
  }

  private boolean quoteNamesGoods(Context c) {
    String text = quoteText(c);
    return goods.find(text) != null || object.find(text) != null;
  }

  /**
   * "You cannot trust such claims", "these baseless allegations": a reference to the claim,
   * in an article about it, read for what the speaker does with it.
   */
  private Reading referenceReading(Context c, Marks m, int i) {
    Sentence s = m.s;
    Token t = s.tokens().get(i);
    if (!c.articleAboutClaim() || !t.isNoun() || otherContent(m, i) != null) {
      return null; // "rejects the claims that the jet violated the airspace": a verdict on another claim
    }
    String modifier = null;
    for (Token child : s.children(i)) {
      if (m.denyWord[child.index()] && !child.isVerb()) {
        modifier = child.word();
      }
    }
    Polarity p = walk(c, m, i);
    String steps = p.steps.isEmpty() ? "" : "; " + String.join(", ", p.steps);
    String roles = "reference '" + t.word() + "'";
    if (modifier != null && p.flips % 2 == 1 && !p.rejected && !p.conditional && !p.question && !speaksForTarget(c)) {
      // "so no one can call the charges baseless": the rejection is itself denied
      return new Reading(Label.SUPPORT, 0.65, NEGATED_REJECTION + ": " + roles + " called '" + modifier + "'" + steps, 1);
    }
    if (modifier != null) {
      return new Reading(Label.DENY, 0.8, REJECTS_ALLEGATION + ": " + roles + " called '" + modifier + "'" + steps, 1);
    }
    Reading undecided = undecided(p, roles, steps, 1);
    if (undecided != null) {
      return undecided;
    }
    if (p.conditional && !p.rejected) {
      // "if the allegations were proven, I would resign" challenges them; "does not know if they are
      // accurate" (which the parser reads as a condition) leaves them open
      return p.consequence != null
          ? new Reading(Label.DENY, 0.8, CHALLENGE + ": if " + roles + " then '" + p.consequence + "'" + steps, 1)
          : new Reading(Label.DISCUSS, 0.6, HYPOTHETICAL + ": " + roles + steps, 1);
    }
    if (p.flips % 2 == 1) {
      return new Reading(Label.DENY, 0.8, REJECTS_ALLEGATION + ": " + roles + steps, 1);
    }
    return null; // "the claim was 'mostly true'" may be any claim: only a rejection is read without the proposition
  }

  /**
   * The allegation at {@code noun} is held by the quote's own source: the holder is that source
   * ("Volkov said …"), or a possessive pronoun on the noun whose verb's subject is ("the ministry
   * repeated its accusation that …").
   */
  private static boolean heldBySource(Context c, Sentence s, int noun, Token holder) {
    QuoteSpan q = c.quote();
    if (!q.hasSource() || q.sourceSentence() != s.index()) {
      return false;
    }
    if (q.sourceToken() == holder.index()) {
      return true;
    }
    int verb = s.tokens().get(noun).head();
    Token subject = verb < 0 || !holder.pos().equals("PRP$") ? null : s.child(verb, "nsubj");
    return subject != null && subject.index() == q.sourceToken();
  }

  private Reading decide(Polarity p, String roles, int strength, boolean weak) {
    String steps = p.steps.isEmpty() ? "" : "; " + String.join(", ", p.steps);
    if (p.conditional && p.consequence != null && p.attributed != null && !p.speakerIsTarget) {
      // "X promised to resign if the trade is proven": the target's challenge, reported by someone not on its side
      return new Reading(Label.DISCUSS, 0.6, REPORTS_ALLEGATION + ": challenge by '" + p.attributed + "': if " + roles
          + " then '" + p.consequence + "'" + steps, strength);
    }
    if (p.conditional && p.consequence != null) {
      return new Reading(Label.DENY, 0.9, CHALLENGE + ": if " + roles + " then '" + p.consequence + "'" + steps, strength);
    }
    if (p.conditional && !p.rejected) {
      return new Reading(Label.DISCUSS, 0.6, HYPOTHETICAL + ": " + roles + steps, strength);
    }
    if (p.question && p.flips == 0 && p.presupposing != null && !p.speakerIsTarget && !p.conditional && p.attributed == null) {
      return new Reading(Label.SUPPORT, 0.65, PRESUPPOSED + ": " + roles + ", taken as given by '" + p.presupposing + "'" + steps,
          strength);
    }
    if (p.question && p.flips == 0 && p.speakerIsTarget && !p.conditional) {
      // the target's own side asking "would we buy oil from them?": a question that expects no
      return new Reading(Label.DENY, 0.65, RHETORICAL + ": " + roles + ", asked by the target's side" + steps, strength);
    }
    if (p.question && p.flips == 0) {
      return new Reading(Label.DISCUSS, 0.6, QUESTION + ": " + roles + steps, strength);
    }
    Reading undecided = undecided(p, roles, steps, strength);
    if (undecided != null) {
      return undecided;
    }
    boolean odd = p.flips % 2 == 1;
    if (p.attributed != null && odd && !p.rejected && lang.firstPerson().contains(p.attributed.toLowerCase(Locale.ROOT))) {
      // "I will not say Turkey buys this oil": the speaker declines to say it, which rejects nothing
      return new Reading(Label.DISCUSS, 0.6, WITHHOLDS + ": " + roles + ", not said by the speaker '" + p.attributed + "'" + steps,
          strength);
    }
    if (p.attributed != null && p.heldBySpeaker && !odd && !p.rejected) {
      // "the ministry repeated its accusation that …": the quote's own source holds the allegation
      return new Reading(Label.SUPPORT, 0.75, OWN_ALLEGATION + ": " + roles + ", held by the quote's source '" + p.attributed + "'"
          + steps, strength);
    }
    if (p.attributed != null && p.accusedByCue && !odd && !p.rejected) {
      return new Reading(Label.SUPPORT, 0.75, ACCUSES + ": " + roles + ", by the quote's cue '" + p.attributed + "'" + steps, strength);
    }
    if (p.attributed != null) {
      if (odd) {
        return new Reading(Label.DENY, 0.85, REJECTS_ALLEGATION + ": " + roles + ", held by '" + p.attributed + "'" + steps, strength);
      }
      if (p.endorsed) {
        return new Reading(Label.SUPPORT, 0.75, ENDORSES_ALLEGATION + ": " + roles + steps, strength);
      }
      return new Reading(Label.DISCUSS, 0.65, REPORTS_ALLEGATION + ": " + roles + ", held by '" + p.attributed + "'" + steps, strength);
    }
    double confidence = (weak ? 0.7 : 0.85) - (p.hedged ? 0.1 : 0);
    return odd
        ? new Reading(Label.DENY, confidence, NEGATES + ": " + roles + steps, strength)
        : new Reading(Label.SUPPORT, confidence, ASSERTS + ": " + roles + steps, strength);
  }

  /**
   * The speaker leaves the truth open: an embedded question ("we do not know whether the claims are
   * true") or a withheld comment ("would not comment on the allegations", "declined to speculate");
   * a negation above either withholds a judgement, it does not reject. Null when neither.
   */
  private static Reading undecided(Polarity p, String roles, String steps, int strength) {
    if (p.rejected) {
      return null; // "dismissed as lies the question whether …": a rejecting word still decides
    }
    if (p.open != null) {
      return new Reading(Label.DISCUSS, 0.6, OPEN_QUESTION + ": " + roles + " under '" + p.open + "'" + steps, strength);
    }
    if (p.withholding != null && p.flips % 2 == 1) {
      return new Reading(Label.DISCUSS, 0.6, WITHHOLDS + ": " + roles + ", no '" + p.withholding + "'" + steps, strength);
    }
    return null;
  }

  /**
   * "the militants' tankers drove to the frontier and nobody stopped them": the contrary act's pronoun
   * object stands for the subject of the clause it is coordinated with, when that subject holds the
   * object or the goods.
   */
  private boolean pronounForConjunctGoods(Marks m, int predicate) {
    Sentence s = m.s;
    Token verb = s.tokens().get(predicate);
    Token object = s.child(predicate, "obj");
    if (object == null || !object.isPronoun() || !verb.relation().startsWith("conj") || verb.head() < 0) {
      return false;
    }
    Token subject = s.child(verb.head(), "nsubj");
    return subject != null && (m.objectOrGoods[subject.index()] || subtreeHas(m, subject.index(), m.objectOrGoods));
  }

  /** "our fight against Daesh", "oil seized by Turkey": the target acts against the object. */
  private Reading contraryReading(Context c, Marks m, int i) {
    Sentence s = m.s;
    Token t = s.tokens().get(i);
    int predicate = t.relation().equals("case") && t.head() >= 0 ? s.tokens().get(t.head()).head() : i;
    int governed = t.relation().equals("case") ? t.head() : i;
    if (predicate < 0) {
      predicate = governed;
    }
    boolean goodsByPronoun = pronounForConjunctGoods(m, predicate);
    boolean argument = m.markedIn(governed) || m.markedIn(predicate) || goodsByPronoun;
    if (!argument) {
      return null;
    }
    int agent = agentOf(m, predicate);
    Role role = roleOf(m, agent, 0);
    Token by = s.tokens().get(predicate).pos().equals("VBN") ? byPhrase(s, predicate) : null;
    boolean objectByPhrase = by != null && roleOf(m, by.index(), 0) == Role.OBJECT;
    if (t.isVerb() && (objectByPhrase || role == Role.OBJECT && !targetUnder(m, predicate))) {
      return null; // "the land seized by the militants": the object's act, not the target's
    }
    Token participle = s.tokens().get(predicate);
    if (participle.pos().equals("VBN") && participle.relation().startsWith("acl") && by == null && !targetUnder(m, predicate)) {
      return null; // "ledgers captured from the militants prove …": captured by no one the quote names
    }
    // "asked the travel agents to quit booking Turkish resorts": an act the target does not do, on
    // no goods, said by someone else ("the border was sealed to smuggling", said for the target, is its own)
    boolean someoneElses = agent >= 0 || !m.speakerIsTarget;
    if (role != Role.TARGET && someoneElses && !m.objectOrGoodsIn(predicate) && !m.coreRelationIn(predicate) && !goodsByPronoun) {
      return null;
    }
    if (role == Role.OTHER || role == Role.OBJECT) {
      role = Role.NONE; // "Daesh is the enemy of our people": the target may be the patient
    }
    if (role == Role.NONE && !m.anyTarget()) {
      return null;
    }
    Polarity p = walk(c, m, predicate);
    negateByArgument(m, predicate, p); // "the army is fighting the separatists, not ISIS": the contrary of someone else
    Token possessor = s.tokens().get(predicate).isNoun() ? s.child(predicate, "nmod:poss") : null;
    if (m.speakerIsTarget && possessor != null && (m.target[possessor.index()] || m.self[possessor.index()]) && p.flips % 2 == 1) {
      // "nobody may cast doubt on Turkey's fight against terror", said for the target: the fight is presupposed
      p.flips = 0;
      p.steps.add("presupposed by '" + possessor.word() + "'");
    }
    String roles = "target '" + (role == Role.TARGET && agent >= 0 ? s.tokens().get(agent).word() : m.firstTargetWord())
        + "', contrary '" + t.word() + "'" + m.argumentText(predicate);
    String steps = p.steps.isEmpty() ? "" : "; " + String.join(", ", p.steps);
    int strength = role == Role.TARGET ? 3 : 2;
    if (p.conditional || (p.question && p.flips == 0)) {
      return new Reading(Label.DISCUSS, 0.6, HYPOTHETICAL + ": " + roles + steps, 1);
    }
    String demand = demandOnPath(s, p);
    String cue = c.quote().cueLemma() == null ? "" : c.quote().cueLemma().toLowerCase(Locale.ROOT);
    if (demand == null && lang.demandWords().contains(cue) && m.inQuote(predicate)) {
      demand = cue; // "pushed Ankara to work harder at closing the frontier": the quote is what the cue demands
    }
    if (demand != null && p.flips % 2 == 0) {
      // "Turkey should do more to stop the smuggling": asked of the target, not said of it
      return new Reading(Label.DISCUSS, 0.6, HYPOTHETICAL + ": " + roles + ", demanded by '" + demand + "'" + steps, 1);
    }
    if (p.attributed != null) {
      return new Reading(Label.DISCUSS, 0.6, REPORTS_ALLEGATION + ": " + roles + steps, 1);
    }
    return p.flips % 2 == 1
        ? new Reading(Label.SUPPORT, 0.65, CONTRARY_NEGATED + ": " + roles + steps, strength)
        : new Reading(Label.DENY, role == Role.TARGET ? 0.8 : 0.75, CONTRARY + ": " + roles + steps, strength);
  }

  private static boolean targetUnder(Marks m, int head) {
    for (int k = m.lo; k <= m.hi; k++) {
      if (m.target[k] && m.s.dominates(head, k)) {
        return true;
      }
    }
    return false;
  }

  /** A relation word inside the argument of a contrary predicate ("action against oil smuggling"). */
  private static boolean insideContrary(Marks m, int i) {
    for (int k = m.lo; k <= m.hi; k++) {
      if (m.contrary[k] && k != i && !objectsOwnAct(m, k)) {
        Token c = m.s.tokens().get(k);
        int scope = c.relation().equals("case") && c.head() >= 0 ? c.head() : k;
        int predicate = c.relation().equals("case") && c.head() >= 0 ? m.s.tokens().get(c.head()).head() : k;
        if (m.s.dominates(scope, i) || predicate >= 0 && m.s.dominates(predicate, i) && predicate != i) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "carry food, not crude from terrorists": a negator on the way from the relation down to its
   * object or goods denies the relation of that argument, as a negation of the verb would. Only
   * when no other object or goods argument goes un-negated. Null if none.
   */
  private String negatedArgument(Marks m, int relation) {
    String found = null;
    for (int k = 0; k < m.s.tokens().size(); k++) {
      if (!m.objectOrGoods[k] || k == relation || !m.s.dominates(relation, k)) {
        continue;
      }
      String negated = null;
      int below = -1;
      for (int node = k; node >= 0 && node != relation; node = m.s.tokens().get(node).head()) {
        Token step = m.s.tokens().get(node);
        if (step.isVerb() && step.relation().startsWith("conj") && step.head() == relation) {
          below = node;
          continue; // "has never taken and never will take a drop": a second predicate with its own negation, not an argument
        }
        if (step.head() == relation && step.relation().startsWith("nsubj")) {
          below = node;
          continue; // "not a single barrel of the oil entered": the walk counts the subject's negation at its verb
        }
        for (Token child : m.s.children(node)) {
          boolean focus = beforeCanceller(m.s, child);
          if (child.index() != below && child.relation().startsWith("advmod") && !focus
              && lang.negators().contains(child.word().toLowerCase(Locale.ROOT))) {
            negated = child.word() + " " + m.s.tokens().get(node).word();
          }
        }
        below = node;
      }
      if (negated == null) {
        return null;
      }
      found = negated;
    }
    return found;
  }

  /**
   * "proof that the government was involved": a participant passive with nothing it is involved
   * in, in an article about the claim, is involved in what the article is about.
   */
  private boolean bareParticipation(Context c, Marks m, int i) {
    Token t = m.s.tokens().get(i);
    if (!c.articleAboutClaim() || !t.isVerb() || !lang.participantPassives().contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Token child : m.s.children(i)) {
      if (child.relation().startsWith("obl") || child.relation().startsWith("obj") || child.relation().startsWith("xcomp")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A pronoun or indefinite (proformArguments) as the relation's object, or as the object of the
   * preposition right after it ("why did they sit on it?"), or null.
   */
  private String proformArgument(Marks m, int i) {
    String object = childWord(m.s, i, "obj", lang.proformArguments());
    if (object == null && m.objectRequired[i] && m.s.child(i, "compound:prt") != null) {
      object = childWord(m.s, i, "dep", lang.proformArguments()); // "what else is the board sitting on?": the parser's dep
    }
    if (object != null) {
      return object;
    }
    for (Token child : m.s.children(i)) {
      Token preposition = child.relation().startsWith("obl") ? m.s.child(child.index(), "case") : null;
      // the preposition right after the verb is the relation phrase's own ("sit on"), not a circumstance
      if (preposition != null && preposition.index() == i + 1 && m.objectRequired[i]
          && lang.proformArguments().contains(child.word().toLowerCase(Locale.ROOT))) {
        return child.word();
      }
    }
    return null;
  }

  /** The object (or the goods) is an argument of the relation, or of the noun it modifies. */
  private boolean hasArgument(Marks m, int i) {
    Token t = m.s.tokens().get(i);
    if (m.c.articleAboutClaim() && t.isNoun() && hasChild(m.s, i, "det", lang.demonstratives())) {
      return true; // "this business", "such a transport": the article's claim, by reference
    }
    if (argumentIn(m, i)) {
      return true;
    }
    if (m.c.articleAboutClaim() && t.isVerb() && proformArgument(m, i) != null) {
      return true; // "she is hiding something": in an article about the claim, what is hidden is its object
    }
    if (m.c.articleAboutClaim() && definiteTrade(m, i)) {
      return true; // "are involved in the trade": in an article about the claim, the trade it is about
    }
    for (Token child : m.s.children(i)) {
      boolean core = child.relation().startsWith("nsubj") || child.relation().equals("obj");
      boolean affair = lang.affairNouns().contains(child.lemma().toLowerCase(Locale.ROOT)) || m.relation[child.index()];
      if (t.isVerb() && core && child.isNoun() && affair && hasChild(m.s, child.index(), "det", lang.demonstratives())) {
        return true; // "this shady enterprise is protected": the article's claim, by reference
      }
    }
    if (t.head() < 0) {
      return false;
    }
    if (m.objectOrGoods[t.head()]) {
      return true; // "Daesh oil shipped to …", "stolen oil"
    }
    Token governorObject = m.s.child(t.head(), "obj");
    if (m.s.child(i, "aux:pass") != null && m.s.child(i, "nsubj:pass") == null && governorObject != null
        && (m.objectOrGoods[governorObject.index()] || subtreeHas(m, governorObject.index(), m.objectOrGoods))) {
      return true; // "said the oil was shipped": the parser made the passive's subject its governor's object
    }
    Token governor = m.s.tokens().get(t.head());
    if (t.relation().equals("obj") && t.isNoun() && governor.isVerb() && oblHasObject(m, t.head(), i)) {
      return true; // "gives support to ISIS fighters"
    }
    // "charged the clan with [shady dealings] with the militants": the parser hangs the partner on the accusing verb
    int accusing = t.relation().startsWith("obl") ? t.head()
        : t.relation().startsWith("nmod") && governor.relation().equals("obj") ? governor.head() : -1;
    if (t.isNoun() && accusing >= 0 && supportVerbs.contains(m.s.tokens().get(accusing).lemma().toLowerCase(Locale.ROOT))
        && oblHasObject(m, accusing, i)) {
      return true;
    }
    if (t.relation().startsWith("conj")) {
      return hasArgument(m, t.head()); // "the oil is refined and sold": conjuncts share their arguments
    }
    boolean modifier = t.relation().startsWith("amod") || t.relation().startsWith("compound") || t.relation().equals("acl");
    return modifier && subtreeHas(m, t.head(), m.objectOrGoods);
  }

  /** An oblique of the verb, other than {@code except}, that holds the object or the goods. */
  private static boolean oblHasObject(Marks m, int verb, int except) {
    for (Token sibling : m.s.children(verb)) {
      int k = sibling.index();
      boolean argument = m.objectOrGoods[k] && !contraryCase(m, k) || !m.contrary[k] && argumentIn(m, k);
      if (k != except && sibling.relation().startsWith("obl") && argument) {
        return true;
      }
    }
    return false;
  }

  /**
   * An argument of the word that is a trade or relation noun with a definite article and nothing
   * that says which trade ("involved in the trade", not "the trade in tomatoes").
   */
  private static boolean definiteTrade(Marks m, int i) {
    for (Token child : m.s.children(i)) {
      String r = child.relation();
      boolean argument = r.startsWith("obl") || r.equals("obj") || r.startsWith("nmod");
      if (!argument || !child.isNoun() || !(m.exchange[child.index()] || m.relation[child.index()])
          || m.s.child(child.index(), "det") == null || !m.s.child(child.index(), "det").word().equalsIgnoreCase("the")) {
        continue;
      }
      boolean specified = m.s.children(child.index()).stream()
          .anyMatch(c -> c.relation().startsWith("nmod") || c.relation().startsWith("compound") || c.relation().startsWith("acl"));
      if (!specified) {
        return true;
      }
    }
    return false;
  }

  private static boolean subtreeOrSelf(Marks m, int root) {
    return m.objectOrGoods[root] || subtreeHas(m, root, m.objectOrGoods);
  }

  /**
   * The object or goods below the relation word as its argument: not inside a clause that modifies
   * an argument ("help the refugees [who flee ISIS]") nor inside a contrary act ("allowed jets to
   * [strike ISIS]").
   */
  private static boolean argumentIn(Marks m, int root) {
    for (int k = 0; k < m.objectOrGoods.length; k++) {
      if (!m.objectOrGoods[k] || k == root || !m.s.dominates(root, k)) {
        continue;
      }
      // "supports the coalition's campaign against ISIS", "a partner in the war on ISIS": an object
      // under a contrary phrase is what the contrary acts on, not the relation's argument
      boolean shielded = contraryCase(m, k);
      for (int up = m.s.tokens().get(k).head(); up >= 0 && up != root && !shielded; up = m.s.tokens().get(up).head()) {
        Token between = m.s.tokens().get(up);
        // nor inside a verb coordinated with it, which is a clause of its own ("was an ally of the alliance,
        // and blaming it for aiding the militants …")
        shielded = between.relation().startsWith("acl:relcl") || m.contrary[up] && (between.isVerb() || between.isNoun())
            || contraryCase(m, up) || between.relation().startsWith("conj") && between.isVerb() && !m.s.tokens().get(root).isVerb();
      }
      if (!shielded) {
        return true;
      }
    }
    return false;
  }

  /** The token's own preposition is a contrary word ("against ISIS"). */
  private static boolean contraryCase(Marks m, int k) {
    for (Token child : m.s.children(k)) {
      if (child.relation().equals("case") && m.contrary[child.index()]) {
        return true;
      }
    }
    return false;
  }

  private static boolean subtreeHas(Marks m, int root, boolean[] marks) {
    for (int k = 0; k < marks.length; k++) {
      if (marks[k] && k != root && m.s.dominates(root, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who does the relation: its subject, the by-phrase of a passive, a possessor or a nationality
   * adjective of a noun; a controlled or coordinated verb takes its governor's; the accused object
   * of an accusing verb ("accused Ankara of buying …"); a relative clause its antecedent.
   */
  private int agentOf(Marks m, int i) {
    Sentence s = m.s;
    int current = i;
    for (int hop = 0; hop < 4 && current >= 0; hop++) {
      Token t = s.tokens().get(current);
      Token subject = s.child(current, "nsubj", "csubj");
      if (subject != null && !subject.relation().endsWith(":pass")) {
        return subject.index();
      }
      if (subject != null && lang.participantPassives().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return subject.index(); // "officials are involved in the smuggling": the subject takes part in it
      }
      if (subject != null) {
        Token by = s.child(current, "obl:agent");
        if (by == null) {
          by = byPhrase(s, current);
        }
        return by == null ? -1 : by.index();
      }
      if (t.isNoun() && t.relation().equals("nsubj") && t.head() >= 0 && s.tokens().get(t.head()).isNoun()
          && s.child(t.head(), "cop") != null && s.child(current, "nmod:poss") == null) {
        return t.head(); // "the largest buyer of that crude is [the government]": the predicate says who the buyer is
      }
      if (t.isNoun()) {
        for (Token child : s.children(current)) {
          if ((child.relation().equals("nmod:poss") || child.relation().startsWith("amod") || child.relation().startsWith("compound"))
              && (m.target[child.index()] || m.self[child.index()])) {
            return child.index();
          }
        }
        Token poss = s.child(current, "nmod:poss");
        if (poss != null && current == i && m.objectOrDescribed[poss.index()] && !m.exchange[i]) {
          return -1; // "the militants' helpers": the possessor is whom they serve, not who serves
        }
        if (poss != null) {
          return poss.index();
        }
      }
      int head = t.head();
      if (head < 0) {
        return -1;
      }
      Token governor = s.tokens().get(head);
      Token accused = s.child(head, "obj");
      if (supportVerbs.contains(governor.lemma().toLowerCase(Locale.ROOT)) && accused != null && accused.index() != current) {
        return accused.index();
      }
      String rel = t.relation();
      if (!m.inScope(head)) {
        return -1; // the reporting cue's subject is the speaker, not the agent of what was said
      }
      if (rel.startsWith("acl:relcl")) {
        return head;
      }
      if (rel.equals("acl") && t.isVerb() && !t.pos().equals("VBN")) {
        return head; // "ships carrying oil"
      }
      if (rel.equals("dep") && t.pos().equals("VBN") && current > 0 && s.tokens().get(current - 1).isNoun()) {
        // "identified three routes used to move the oil", the participle lost by the parser: the routes'
        // users are not whoever identified them
        Token by = byPhrase(s, current);
        return by == null ? -1 : by.index();
      }
      if (rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("dep")
          || rel.startsWith("amod") && (accused != null || t.pos().equals("VBG"))) {
        // a gerund the parser made an adjective ("of buying oil") takes its noun's governor's roles
        current = head;
        continue;
      }
      if (rel.equals("obj") && t.isNoun() && governor.isVerb()) {
        current = head; // a light verb's subject does its noun: "Turkey gives support to …"
        continue;
      }
      if (rel.startsWith("nmod") && governor.isNoun() && m.relation[head]) {
        current = head; // "links to the smuggling ring": the smuggling is done by whoever has the links
        continue;
      }
      if (rel.startsWith("obl") && governor.isVerb() || rel.startsWith("nmod") && accused != null) {
        current = head; // "engaged in the oil business": the business is the subject's
        continue;
      }
      return -1;
    }
    return -1;
  }

  /** The noun a relative pronoun opening a clause on it stands for ("a junta that gets …"), or null. */
  private Token antecedent(Sentence s, Token pronoun) {
    if (!lang.relativePronouns().contains(pronoun.word().toLowerCase(Locale.ROOT)) || pronoun.head() < 0) {
      return null;
    }
    Token clause = s.tokens().get(pronoun.head());
    return clause.relation().startsWith("acl") && clause.head() >= 0 ? s.tokens().get(clause.head()) : null;
  }

  /**
   * Rule {@code deflects-claim} for an agent the target's side only describes ("a junta that gets
   * its diesel from the militants has no right to preach"): the relation with the object, said to
   * be done by someone who is not the target, in an article about the claim, is "not us but them".
   * Null when the relation is negated, conditional, asked or someone else's allegation.
   */
  private Reading deflectedToDescribed(Context c, Marks m, int i, int agent) {
    Polarity p = walk(c, m, i);
    if (p.flips % 2 != 0 || p.conditional || p.question || p.attributed != null) {
      return null;
    }
    Token doer = m.s.tokens().get(agent);
    Token antecedent = antecedent(m.s, doer);
    doer = antecedent != null ? antecedent : doer; // "a junta that gets …": the junta
    return new Reading(Label.DENY, 0.6, DEFLECTS + ": the speaker speaks for " + claim.target().name() + "; '"
        + m.s.tokens().get(i).word() + "' " + claim.object().name() + " is done by '" + doer.word()
        + "', whom the quote does not place on the target's side", 1);
  }

  /**
   * The exception word ("without", "unless") of a phrase or clause under a negated predicate that
   * names the target: "not … without X" says X is a party to what is done. Null if none.
   */
  private String targetRequiredBy(Marks m, int predicate) {
    for (Token child : m.s.children(predicate)) {
      // the walk may come up through the exception phrase itself ("… without Ankara's consent", from "Ankara")
      if (!(child.relation().startsWith("obl") || child.relation().startsWith("advcl"))) {
        continue;
      }
      Token mark = null; // "carry on \"without their consent\"": the parser may give the phrase a second case word
      for (Token c : m.s.children(child.index())) {
        if ((c.relation().equals("case") || c.relation().equals("mark"))
            && lang.exceptionMarks().contains(c.word().toLowerCase(Locale.ROOT))) {
          mark = c;
        }
      }
      if (mark == null) {
        continue;
      }
      int[] range = m.s.subtreeRange(child.index());
      for (int k = range[0]; k <= range[1]; k++) {
        if (m.target[k] || m.self[k]) {
          return mark.word();
        }
      }
    }
    return null;
  }

  /**
   * A contrary participle whose "by" agent is the object or a description of it ("the wells
   * captured by the militants"): the object's act, no contrary of the claim, so it hides no relation
   * under it even where the parser hangs the relation there.
   */
  private static boolean objectsOwnAct(Marks m, int k) {
    Token t = m.s.tokens().get(k);
    Token by = t.pos().equals("VBN") ? byPhrase(m.s, k) : null;
    if (by == null) {
      return false;
    }
    for (int w : phrase(m.s, by.index())) {
      if (m.objectOrDescribed[w]) {
        return true;
      }
    }
    return false;
  }

  private static Token byPhrase(Sentence s, int verb) {
    for (Token child : s.children(verb)) {
      if (child.relation().startsWith("obl")) {
        Token c = s.child(child.index(), "case");
        if (c != null && c.word().equalsIgnoreCase("by")) {
          return child;
        }
      }
    }
    return null;
  }

  private enum Role { TARGET, OBJECT, OTHER, NONE }

  private Role roleOf(Marks m, int agent, int depth) {
    if (agent < 0 || depth > 2) {
      return Role.NONE;
    }
    Sentence s = m.s;
    Token t = s.tokens().get(agent);
    String word = t.word().toLowerCase(Locale.ROOT);
    Token antecedent = antecedent(s, t);
    if (antecedent != null) {
      return roleOf(m, antecedent.index(), depth + 1);
    }
    boolean sawTarget = false;
    boolean sawObject = false;
    for (int k : phrase(s, agent)) {
      if (k != agent && contrastedAway(s, k)) {
        continue; // "Damascus, not Ankara, is their best customer": the target is named only to be set aside
      }
      sawTarget |= m.target[k] || m.self[k];
      sawObject |= m.object[k];
    }
    if (sawTarget) {
      return Role.TARGET;
    }
    if (sawObject) {
      return Role.OBJECT;
    }
    for (int k : phrase(s, agent)) {
      Token w = s.tokens().get(k);
      if (w.isProperNoun() || NAME_NER.contains(w.ner())) {
        return Role.OTHER; // someone named, and not the target (a TITLE or a CRIMINAL_CHARGE names no one: "no tanker")
      }
    }
    return Role.NONE; // "a country", an unresolved "they": the clause may still name the target
  }

  /** The target named in the agent's phrase only to be set aside ("Damascus, not Ankara"): "not Ankara", or null. */
  private String contrastedTarget(Marks m, int agent) {
    if (agent < 0) {
      return null;
    }
    for (int k : phrase(m.s, agent)) {
      if (k != agent && contrastedAway(m.s, k) && (m.target[k] || m.self[k])) {
        return negator(m.s, k, -1) + " " + m.s.tokens().get(k).word();
      }
    }
    return null;
  }

  /** The target as agent under its own negator with a conjunct ("not Ankara but Damascus"): the conjunct's index, or -1. */
  private int contrastAlternative(Marks m, int agent) {
    if (agent < 0 || !(m.target[agent] || m.self[agent]) || negator(m.s, agent, -1) == null) {
      return -1;
    }
    for (Token conj : m.s.children(agent)) {
      if (conj.relation().startsWith("conj") && !m.target[conj.index()] && !m.self[conj.index()] && conj.isNoun()) {
        return conj.index();
      }
    }
    return -1;
  }

  /** An apposition or conjunct under its own negator ("X, not Y"): a contrast, not another name of the head. */
  private boolean contrastedAway(Sentence s, int k) {
    String rel = s.tokens().get(k).relation();
    return (rel.equals("appos") || rel.startsWith("conj")) && negator(s, k, -1) != null;
  }

  /** The agent's noun phrase without its clauses: names, adjectives, possessors, appositions. */
  private static List<Integer> phrase(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    out.add(head);
    for (Token c : s.children(head)) {
      String r = c.relation();
      if (r.startsWith("compound") || r.startsWith("amod") || r.equals("nmod:poss") || r.equals("flat")
          || r.equals("appos") || r.equals("conj")) {
        out.add(c.index());
        for (Token cc : s.children(c.index())) {
          if (cc.relation().startsWith("compound") || cc.relation().equals("flat") || cc.relation().equals("nmod:poss")) {
            out.add(cc.index());
          }
        }
      }
    }
    return out;
  }

  /** What happens to a proposition's truth on the way up to the top of the quote. */
  private static final class Polarity {
    int flips;
    boolean rejected;
    boolean endorsed;
    boolean hedged;
    boolean conditional;
    boolean question;
    /** A question that takes its proposition for granted ("why did they hide it?", "what else are they hiding?"). */
    String presupposing;
    String attributed;
    /** The attribution is the quote's own accusing cue: the allegation is the speaker's. */
    boolean accusedByCue;
    /** The allegation's holder is the quote's own source: "the ministry repeated its accusation that …". */
    boolean heldBySpeaker;
    String consequence;
    /** A negation consumed by an exception that names the target ("not … without the governor's consent"). */
    boolean partyByException;
    boolean purpose;
    boolean evaluated;
    /** The speaker speaks for the target: a challenge of the target's that it reports is its own. */
    boolean speakerIsTarget;
    /** The complementizer of an embedded question above the proposition ("whether"), or null. */
    String open;
    /** A verb of comment above the proposition ("comment on the claims"), or null. */
    String withholding;
    final List<String> steps = new ArrayList<>();
    /** The tokens the walk went through, from the predicate up. */
    final List<Integer> path = new ArrayList<>();
  }

  private Polarity walk(Context c, Marks m, int from) {
    Sentence s = m.s;
    Polarity p = new Polarity();
    p.speakerIsTarget = m.speakerIsTarget;
    int previous = -1;
    int current = from;
    boolean negatedConjunct = false;
    for (int guard = 0; current >= 0 && guard <= s.tokens().size() && m.inScope(current); guard++) {
      if (previous >= 0 && afterClauseSeparator(s, previous, current)) {
        break; // "it is not true that …; Ankara looked the other way": a clause after a semicolon asserts itself
      }
      p.path.add(current);
      Token t = s.tokens().get(current);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      // "let them ask themselves why the tankers are never stopped": the clause asked about is taken as
      // given by whoever asks (or does not: "nobody asks why"), so the asking verb attributes nothing
      // (the parser hangs such a clause as ccomp, or as advcl after a reflexive object)
      String asked = previous >= 0 ? s.tokens().get(previous).relation() : "";
      boolean whyAsked = !p.evaluated && (asked.startsWith("ccomp") || asked.startsWith("advcl")) && askedWhy(s, previous);
      if (whyAsked) {
        p.evaluated = true;
        p.steps.add("presupposed by '" + s.tokens().get(s.subtreeRange(previous)[0]).word() + "'");
      }
      if (previous >= 0 && !p.evaluated && s.tokens().get(previous).relation().startsWith("advcl")
          && hasChild(s, previous, "mark", lang.presupposingMarks())) {
        p.evaluated = true; // "no thaw until the ministry stops covering for them": the clause is taken as given
        p.steps.add("presupposed by '" + childWord(s, previous, "mark", lang.presupposingMarks()) + "'");
        if (previous == from) {
          p.flips++; // the clause's own predicate is not yet so: the ministry has not stopped
          p.steps.add("not yet so");
        }
      }
      String negator = negator(s, current, previous);
      // "no one will make us believe that …", "nobody thinks that …": a belief denied is no hedge
      boolean deniedBelief = negator != null || t.head() >= 0 && negator(s, t.head(), current) != null;
      if (negator != null && m.denyWord[current] && negatorInDenyPhrase(m, current)) {
        negator = null; // "no evidence", "not true": the negation is part of the rejecting phrase, counted once by it
      }
      String necessary = null;
      boolean deniedReport = false;
      for (int k = 0; negator != null && necessary == null && k < p.path.size(); k++) {
        // also a negation above the exception's predicate: "nobody can tell us the tankers cross without the
        // authorities knowing" is the speaker's own word that they do not cross unknown to them
        necessary = targetRequiredBy(m, p.path.get(k));
        deniedReport = necessary != null && p.path.get(k) != current;
      }
      if (necessary != null) {
        p.partyByException = true;
        p.steps.add("'" + negator + " … " + necessary + "' makes the target a party to it");
        negator = null; // "none of it could move without the customs chiefs knowing": it moves, with them
      }
      if (negator != null && negatedConjunct && previous >= 0 && s.tokens().get(previous).relation().startsWith("conj")) {
        negator = null; // "has not traded and will not trade": each conjunct carries its own negation
      }
      // "they are not rumours, and the accomplices will answer", "the charges are baseless and that Turkey
      // has closed its border": the parser hangs the next clause on the first one's predicate, but a clause
      // with its own subject, or one after ", and", is said for itself: that predicate's negation or
      // rejection is not its own
      boolean ownClause = previous >= 0 && (newClauseAfterComma(s, previous, current) || conjunctWithSubject(s, previous, current));
      if (negator != null && ownClause) {
        p.steps.add("'" + negator + "' ends before '" + s.tokens().get(previous).word() + "'");
        negator = null;
      }
      if (negator != null && t.isVerb() && lang.entailmentVerbs().contains(lemma) && p.open == null) {
        // "none of this means no oil reaches them": what is not entailed is left open, not denied
        p.open = t.word();
        p.steps.add("'" + negator + " … " + t.word() + "' leaves it open");
        negator = null;
      }
      negatedConjunct = negator != null;
      if (negator != null && p.evaluated) {
        p.steps.add("'" + negator + "' leaves the evaluation standing");
      } else if (negator != null) {
        p.flips++;
        p.steps.add("negation '" + negator + "' on '" + t.word() + "'");
        // "they saw [no evidence] that would back the charge": the negation is the rejecting phrase, so the
        // same words do not reject the allegation a second time below
        p.rejected |= negatedArgumentIsDenyPhrase(m, current, previous);
      }
      String cleft = negatedCleft(s, current, previous);
      if (cleft != null && !p.evaluated) {
        p.flips++;
        p.steps.add("negated cleft '" + cleft + "'");
      }
      if (previous >= 0) {
        Token below = s.tokens().get(previous);
        String rel = below.relation();
        if ((rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.equals("dep") || rel.startsWith("ccomp"))
            && hasChild(s, current, "advmod", lang.degreeNegators())) {
          p.flips++;
          p.steps.add("degree '" + childWord(s, current, "advmod", lang.degreeNegators()) + " … to'");
        }
        // "quite different from claiming the ministry sold it", "a different matter from the ministry selling
        // it" (the distinction word modifies the noun the "from" phrase hangs on): set apart, not asserted
        String apart = lang.distinctionWords().contains(lemma) ? t.word()
            : t.isNoun() ? childWord(s, current, "amod", lang.distinctionWords()) : null;
        if (!p.evaluated && apart != null && !rel.startsWith("nsubj")
            && (hasChild(s, previous, "mark", Set.of("from")) || hasChild(s, previous, "case", Set.of("from")))) {
          p.flips++;
          p.steps.add("set apart by '" + apart + " from'");
        }
        boolean clausal = rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("csubj") || rel.startsWith("acl")
            || rel.startsWith("advcl") || rel.equals("dep") || rel.startsWith("appos");
        if (rel.startsWith("acl") && !p.evaluated && hasChild(s, current, "amod", lang.negatingPredicates())) {
          p.flips++; // "the last country that would cooperate with …"
          p.steps.add("negating modifier '" + childWord(s, current, "amod", lang.negatingPredicates()) + " " + t.word() + "'");
        }
        String negating = clausal && !p.evaluated ? negatingPredicate(s, current) : null;
        if (negating != null) {
          p.flips++;
          p.steps.add("negating predicate '" + negating + "'");
        }
        if (clausal && t.isNoun() && lang.factiveNouns().contains(lemma) && !p.evaluated) {
          p.evaluated = true; // "cannot hide the fact that it buys": the clause is presupposed, whatever is above
          p.steps.add("presupposed by '" + t.word() + "'");
        }
        if (!rel.equals("punct") && lang.negatedSubjects().contains(t.word().toLowerCase(Locale.ROOT)) && !p.evaluated) {
          p.flips++; // "nothing links our ports to the trade": the negative pronoun is on the way up
          p.steps.add("negation '" + t.word() + "' above it");
        }
        boolean complement = rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.equals("obj");
        String question = rel.startsWith("ccomp") || rel.startsWith("csubj") || rel.startsWith("acl") ? childWord(s, previous, "mark", lang.openQuestionMarks()) : null;
        if (question != null && p.open == null) {
          p.open = question;
          p.steps.add("open question '" + question + "'");
        }
        boolean purpose = false;
        for (Token mark : s.children(previous)) {
          purpose |= mark.relation().equals("mark") && lang.purposeMarks().contains(mark.word().toLowerCase(Locale.ROOT));
          for (Token fixed : s.children(mark.index())) {
            purpose |= lang.purposeMarks().contains(fixed.word().toLowerCase(Locale.ROOT));
          }
        }
        p.purpose |= purpose; // a purpose clause is the aim of the act above it, never its negated complement
        if (complement && !p.purpose && lang.negativeImplicatives().contains(lemma)) {
          p.flips++;
          p.steps.add("negative implicative '" + t.word() + "'");
        }
        // only in the speaker's own words: reported speech shifts "will … if … are" back to "would … if … were"
        boolean ownWords = c.quote().kind() == QuoteSpan.Kind.DIRECT;
        if (rel.startsWith("advcl") && isConditional(s, previous) && ownWords && counterfactual(s, previous, current)) {
          // "would we be impounding the barrels if we were their customers?": a condition contrary to fact says it is not so
          p.flips++;
          p.steps.add("contrary to fact");
        } else if (rel.startsWith("advcl") && isConditional(s, previous)) {
          p.conditional = true;
          p.steps.add("conditional");
          p.consequence = m.consequenceOutside(previous);
        }
        String prover = m.proof[current] && t.isVerb() && !p.conditional ? childWord(s, current, "nsubj", lang.indefiniteSubjects()) : null;
        if (prover != null) {
          // "I will quit the day anyone proves we bought it": a proof by whoever may give it is a condition, not a fact
          p.conditional = true;
          p.steps.add("proof by '" + prover + "'");
          p.consequence = m.consequenceOutside(current);
        }
        boolean argument = !rel.equals("amod") && !rel.startsWith("advmod") && !rel.equals("punct");
        if (argument && !ownClause && (denyVerbs.contains(lemma) || m.denyWord[current])) {
          p.flips += p.rejected ? 0 : 1; // rejecting an allegation twice is still rejecting it
          p.rejected = true;
          // calling the accusation slander presupposes it false, and that projects through a negation
          // above ("nobody may smear Turkey by accusing it of …"); a rejecting verb does not
          p.evaluated |= m.denyWord[current] && !denyVerbs.contains(lemma) && (p.attributed != null || t.isNoun());
          p.steps.add("rejected by '" + t.word() + "'");
        } else if (p.attributed == null && !whyAsked && !deniedReport && isAttribution(m, current)) {
          Token holder = holder(s, current);
          p.attributed = holder == null ? t.word() : holder.word();
          // "X went further, accusing [Ankara of profiting from the trade]": the quote's own accusing cue
          p.accusedByCue = !m.inQuote(current) && supportVerbs.contains(lemma)
              && lemma.equals(c.quote().cueLemma() == null ? "" : c.quote().cueLemma().toLowerCase(Locale.ROOT));
          p.heldBySpeaker = holder != null && heldBySource(c, s, current, holder)
              && (!m.inQuote(current) || holder.pos().equals("PRP$"));
          p.steps.add("attributed by '" + t.word() + "'");
        } else if (m.proof[current] && t.isVerb() && demanded(s, current)) {
          p.flips += p.rejected ? 0 : 1;
          p.rejected = true;
          p.steps.add("demand to prove it '" + t.word() + "'");
        } else if (lang.endorseWords().contains(lemma)) {
          p.endorsed = true;
        }
      }
      if (p.withholding == null && t.isVerb() && lang.withholdingVerbs().contains(lemma)) {
        p.withholding = t.word();
      }
      if (lang.hedges().contains(lemma) && !deniedBelief || hasChild(s, current, "aux", lang.hedges())) {
        p.hedged = true;
      }
      previous = current;
      current = t.head();
    }
    if (previous >= 0 && p.open == null) {
      // "asked ⟦whether Ankara bought …⟧": the walk stops at the quote's edge, below the verb that asks
      String rel = s.tokens().get(previous).relation();
      String question = rel.startsWith("ccomp") || rel.startsWith("csubj") ? childWord(s, previous, "mark", lang.openQuestionMarks()) : null;
      if (question != null) {
        p.open = question;
        p.steps.add("open question '" + question + "'");
      }
    }
    if (previous >= 0 && !p.conditional && s.tokens().get(previous).relation().startsWith("advcl") && isConditional(s, previous)) {
      p.conditional = true; // the quote is the condition of its frame: "resign if X proves …"
      p.steps.add("conditional");
      p.consequence = m.consequenceOutside(previous);
    }
    // an allegation already negated ("found nothing to back the charge that …") is rejected once
    if (p.attributed != null && !p.rejected && p.flips % 2 == 0 && m.proofDemandInQuote(this)) {
      p.flips++;
      p.rejected = true;
      p.steps.add("demand for proof");
    }
    if (p.attributed != null && !p.rejected) {
      String word = m.denyWordOutside(from);
      if (word != null) {
        p.flips++;
        p.rejected = true;
        p.steps.add("rejecting word '" + word + "' in the sentence");
      }
    }
    String cue = c.quote().cueLemma() == null ? "" : c.quote().cueLemma().toLowerCase(Locale.ROOT);
    if (denyVerbs.contains(cue) && !p.rejected) {
      p.flips++;
      p.rejected = true;
      p.steps.add("rejecting cue '" + cue + "'");
    }
    String unseen = p.flips == 0 ? negatedEvidenceBefore(m, from) : null;
    if (unseen != null) {
      p.flips++;
      p.rejected = true;
      p.steps.add("negated evidence '" + unseen + "' before it");
    }
    String than = p.flips % 2 == 1 ? comparedTarget(m, from) : null;
    if (than != null) {
      p.flips--; // "no country has fought the smuggling harder than Turkey": the target does it most
      p.steps.add("compared with '" + than + "'");
    }
    Token last = s.tokens().get(m.hi);
    p.question = last.word().equals("?") || m.hi + 1 < s.tokens().size() && s.tokens().get(m.hi + 1).word().equals("?");
    if (p.question) {
      p.steps.add("question");
      p.presupposing = presupposingQuestion(s, p.path);
    }
    return p;
  }

  /**
   * An embedded clause that opens with a presupposing question word ("… ask why the convoys are never
   * searched"), with no modal that makes it hypothetical ("ask why Ankara would buy it").
   */
  private boolean askedWhy(Sentence s, int clause) {
    int first = s.subtreeRange(clause)[0];
    Token opener = s.tokens().get(first);
    return opener.head() == clause && opener.relation().startsWith("advmod")
        && lang.presupposingQuestions().contains(opener.word().toLowerCase(Locale.ROOT))
        && !hasChild(s, clause, "aux", lang.rhetoricalModals());
  }

  /**
   * "Why did they sit on it?", "What else are they hiding?": a why-question and an additive
   * question (presupposingQuestions, additives) take the clause they ask about as given; a modal
   * ("why would we buy it?", rhetoricalModals) makes it hypothetical. The question word, or null.
   */
  private String presupposingQuestion(Sentence s, List<Integer> path) {
    for (int node : path) {
      if (hasChild(s, node, "aux", lang.rhetoricalModals())) {
        return null;
      }
      for (Token child : s.children(node)) {
        String w = child.word().toLowerCase(Locale.ROOT);
        if (child.relation().startsWith("advmod") && lang.presupposingQuestions().contains(w) && child.index() < node) {
          return child.word();
        }
        if (lang.questionWords().contains(w) && !child.relation().startsWith("advmod")) {
          for (Token additive : s.children(child.index())) {
            if (lang.additives().contains(additive.word().toLowerCase(Locale.ROOT))) {
              return child.word() + " " + additive.word();
            }
          }
        }
      }
    }
    return null;
  }

  /** How far, in words, a negation may stand before the evidence word it negates ("nothing at all to suggest"). */
  private static final int NEGATED_EVIDENCE_WINDOW = 3;

  /**
   * "has found nothing to indicate the state took part" where the parser made the relation the
   * root and hung the rest on it: a negative pronoun or "no" before an evidence noun or a showing verb
   * (evidenceNouns, showingVerbs), earlier in the quote than the relation, with no rejecting word of its own
   * between. The parse path never passes it, but it governs the relation's clause in the words'
   * order. The words, or null.
   */
  private String negatedEvidenceBefore(Marks m, int relation) {
    Sentence s = m.s;
    for (int k = m.lo; k < relation; k++) {
      String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
      if (!lang.negatedSubjects().contains(w) && !w.equals("no")) {
        continue;
      }
      for (int j = k + 1; j <= Math.min(relation - 1, k + NEGATED_EVIDENCE_WINDOW); j++) {
        String lemma = s.tokens().get(j).lemma().toLowerCase(Locale.ROOT);
        boolean evidence = lang.evidenceNouns().contains(lemma) || lang.showingVerbs().contains(lemma);
        if (evidence && s.dominates(relation, k)) {
          return s.tokens().get(k).word() + " … " + s.tokens().get(j).word();
        }
      }
    }
    return null;
  }

  /**
   * A negator among the token's dependents, or a negated subject ("nobody"); null if none. The
   * dependent the walk came up from was read already: "had [no information] that …" negates once.
   */
  private String negator(Sentence s, int i, int below) {
    for (Token child : s.children(i)) {
      if (child.index() == below) {
        continue;
      }
      String w = child.word().toLowerCase(Locale.ROOT);
      String r = child.relation();
      boolean modifier = r.startsWith("advmod") || r.equals("neg") || r.equals("det") || r.startsWith("cc:preconj");
      if (modifier && (lang.negators().contains(w) || lang.negators().contains(child.lemma().toLowerCase(Locale.ROOT)))) {
        boolean focus = beforeCanceller(s, child);
        boolean litotes = lang.litotes().contains(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT))
            || lang.certaintyNouns().contains(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT)) && thatClause(s, i);
        if (!focus && !litotes && !negatesManner(s, i)) {
          return child.word();
        }
      }
      if (r.startsWith("nsubj") && (lang.negatedSubjects().contains(w) || w.equals("one") && hasChild(s, child.index(), "det", lang.negators()))) {
        return child.word();
      }
      if (r.startsWith("nsubj") && hasChild(s, child.index(), "advmod", lang.negators()) && !focusParticle(s, child.index())) {
        return childWord(s, child.index(), "advmod", lang.negators()) + " " + child.word(); // "hardly anyone doubts"
      }
      if (r.startsWith("obj") && lang.negatedSubjects().contains(w)) {
        return child.word(); // "have nothing to do with"
      }
      if ((r.startsWith("nsubj") || r.startsWith("obj")) && hasChild(s, child.index(), "det", Set.of("no"))) {
        return "no " + child.word();
      }
      String quantifier = r.startsWith("nsubj") ? negatingQuantifier(s, child.index()) : null;
      if (quantifier != null) {
        return quantifier + " " + child.word();
      }
      String zero = r.startsWith("nsubj") || r.startsWith("obj") ? negatedCount(s, child.index()) : null;
      if (zero != null) {
        return zero + " " + child.word();
      }
    }
    return null;
  }

  /** "Not only one company": the negator on the noun is a focus particle (notCancellers), no negation. */
  private boolean focusParticle(Sentence s, int noun) {
    for (Token child : s.children(noun)) {
      if (child.relation().startsWith("advmod") && lang.negators().contains(child.word().toLowerCase(Locale.ROOT))
          && beforeCanceller(s, child)) {
        return true;
      }
    }
    return false;
  }

  /** "not only", "not just": the word right after {@code negator} makes it a focus particle (notCancellers). */
  private boolean beforeCanceller(Sentence s, Token negator) {
    int next = negator.index() + 1;
    if (next >= s.tokens().size() || !lang.notCancellers().contains(s.tokens().get(next).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    // "cannot simply dismiss them" is not to dismiss them at all; "did not simply buy it" bought it and more
    return negator.head() < 0 || !hasChild(s, negator.head(), "aux", lang.permissionModals());
  }

  /**
   * "Not one barrel", "not a single lorry": a negated count on the subject or object says none
   * was, whatever its verb. The negator with its count word, or null.
   */
  private String negatedCount(Sentence s, int noun) {
    for (Token count : s.children(noun)) {
      boolean counting = lang.zeroCounts().contains(count.lemma().toLowerCase(Locale.ROOT))
          && (count.relation().equals("nummod") || count.relation().equals("amod"));
      if (counting && hasChild(s, count.index(), "advmod", lang.negators())) {
        return childWord(s, count.index(), "advmod", lang.negators()) + " " + count.word();
      }
    }
    return null;
  }

  /**
   * "The lorries did not cross the border by accident": the negation is about the manner the verb
   * has as an adverbial (mannerFoci), so the act itself is affirmed.
   */
  private boolean negatesManner(Sentence s, int verb) {
    for (Token child : s.children(verb)) {
      boolean adverbial = child.relation().startsWith("obl") || child.relation().startsWith("advmod") || child.relation().startsWith("nmod");
      if (adverbial && lang.mannerFoci().contains(child.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the relation's agent is not the target: every mention of the target in the sentence
   * carries its own negation ("… goes to the regime, not to us"), off the walk's path. The negator
   * and the word, or null.
   */
  private String negatedTargetMention(Marks m, Polarity p) {
    String found = null;
    for (int k = m.lo; k <= m.hi; k++) {
      if (!m.target[k] && !m.self[k]) {
        continue;
      }
      if (p.path.contains(k)) {
        return null; // already read on the way up
      }
      if (m.s.tokens().get(k).relation().startsWith("compound") || m.s.tokens().get(k).relation().equals("flat")) {
        continue; // a part of a name: its head carries the negation
      }
      String negator = negator(m.s, k, -1);
      if (negator == null) {
        return null;
      }
      found = negator + " " + m.s.tokens().get(k).word();
    }
    return found;
  }

  /** {@link #whClause}, also for a conjunct that opens with its own question word ("ask who sells gas and who buys oil"). */
  private boolean askedAbout(Sentence s, int relation, int agent) {
    if (whClause(s, relation, agent)) {
      return true;
    }
    Token r = s.tokens().get(relation);
    Token a = s.tokens().get(agent);
    boolean questionWord = lang.relativePronouns().contains(a.word().toLowerCase(Locale.ROOT)) && !a.word().equalsIgnoreCase("that");
    if (!questionWord || a.head() != relation || !r.relation().startsWith("conj") || r.head() < 0) {
      return false;
    }
    Token first = s.child(r.head(), "nsubj");
    // the parser hangs the second question on the asking verb itself ("ask who sells arms and who buys it")
    return first != null && whClause(s, r.head(), first.index())
        || lang.askingVerbs().contains(s.tokens().get(r.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /** The relation's subject is a question word of a clause that is another verb's argument ("look at who buys"), not a relative clause. */
  private boolean whClause(Sentence s, int relation, int agent) {
    Token a = s.tokens().get(agent);
    Token r = s.tokens().get(relation);
    boolean questionWord = lang.relativePronouns().contains(a.word().toLowerCase(Locale.ROOT)) && !a.word().equalsIgnoreCase("that");
    String rel = r.relation();
    boolean argumentClause = rel.startsWith("ccomp") || rel.startsWith("obl") || rel.startsWith("obj") || rel.startsWith("csubj")
        || rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.equals("dep");
    if (questionWord && a.head() == relation && argumentClause && r.head() >= 0) {
      return true;
    }
    // "we can tell you exactly where our crude comes from": a clause an embedded question word opens is asked
    // about, not asserted, whatever its subject
    boolean complement = rel.startsWith("ccomp") || rel.startsWith("csubj") || rel.startsWith("obj") || rel.equals("dep");
    return complement && r.head() >= 0 && questionWordOf(s, relation) != null;
  }

  /** A question word among the clause's dependents before its verb ("where", "how"), or null. */
  private String questionWordOf(Sentence s, int verb) {
    for (Token child : s.children(verb)) {
      if (child.index() < verb && lang.questionWords().contains(child.word().toLowerCase(Locale.ROOT))) {
        return child.word();
      }
    }
    return null;
  }

  /**
   * "A few Turkish traders bought the militants' oil, but nothing shows that the state
   * took part": where one sentence takes both sides, the clause after the contrast
   * (`contrastMarks`) is the speaker's point. Null unless readings of both sides are split so.
   */
  private Reading afterContrast(Marks m, List<Reading> own) {
    boolean support = own.stream().anyMatch(r -> r.label() == Label.SUPPORT);
    boolean deny = own.stream().anyMatch(r -> r.label() == Label.DENY);
    if (!support || !deny) {
      return null;
    }
    Sentence s = m.s;
    for (int k = m.lo; k <= m.hi; k++) {
      Token mark = s.tokens().get(k);
      if (!lang.contrastMarks().contains(mark.word().toLowerCase(Locale.ROOT)) || mark.head() < 0) {
        continue;
      }
      int clause = mark.head(); // the conjunct or clause the contrast word opens
      Reading after = null;
      boolean before = false;
      for (Reading r : own) {
        if (r.at() < 0 || !takesSide(r)) {
          continue;
        }
        if (s.dominates(clause, r.at()) && r.at() > k) {
          after = after == null || r.strength() > after.strength() ? r : after;
        } else if (r.at() < k) {
          before = true;
        }
      }
      if (after != null && before) {
        return new Reading(after.label(), after.confidence(), after.evidence() + "; after the contrast '" + mark.word() + "'",
            after.strength(), after.at());
      }
    }
    return null;
  }

  /** A minimizer on the relation's subject or object noun, or on a noun they hold ("smaller quantities of oil"); or null. */
  /** A minimizer adjective the walk went up through: the predicate said of what the relation is part of, or null. */
  private String minimizingPredicate(Sentence s, Polarity p) {
    for (int k : p.path) {
      Token t = s.tokens().get(k);
      if (t.pos().startsWith("JJ") && lang.minimizers().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return t.word();
      }
      // "the diesel reaching them was a tiny fraction of their income": a quantity noun the goods are said to be
      int predicate = t.relation().startsWith("nsubj") && t.head() >= 0 ? t.head() : k;
      Token quantity = s.tokens().get(predicate);
      String small = quantity.isNoun() && lang.quantityNouns().contains(quantity.lemma().toLowerCase(Locale.ROOT))
          && s.child(predicate, "cop") != null ? childWord(s, predicate, "amod", lang.minimizers()) : null;
      if (small != null) {
        return small + " " + quantity.word();
      }
    }
    return null;
  }

  private String minimizedQuantity(Sentence s, int relation) {
    for (Token argument : s.children(relation)) {
      String rel = argument.relation();
      if (!rel.startsWith("nsubj") && !rel.equals("obj")) {
        continue;
      }
      String word = childWord(s, argument.index(), "amod", lang.minimizers());
      if (word != null) {
        return word;
      }
    }
    return null;
  }

  /** A modal demand ("should", "must") on a verb the walk went through, or null. */
  private String demandOnPath(Sentence s, Polarity p) {
    for (int i = 0; i < p.path.size(); i++) {
      int k = p.path.get(i);
      for (Token child : s.children(k)) {
        if (child.relation().startsWith("aux") && child.pos().equals("MD") && lang.demandWords().contains(child.word().toLowerCase(Locale.ROOT))) {
          return child.word();
        }
      }
      // "begged Oslo to try harder at closing the harbour": a demand verb with the one asked and the act as its complement
      Token verb = s.tokens().get(k);
      boolean fromComplement = i > 0 && s.tokens().get(p.path.get(i - 1)).relation().startsWith("xcomp")
          && s.tokens().get(p.path.get(i - 1)).head() == k;
      boolean asksSomeone = s.child(k, "obj") != null || s.children(k).stream().anyMatch(t -> t.relation().startsWith("obl"));
      if (fromComplement && verb.isVerb() && asksSomeone && !verb.relation().startsWith("aux")
          && lang.demandWords().contains(verb.lemma().toLowerCase(Locale.ROOT))) {
        return verb.word();
      }
    }
    return null;
  }

  /** The negating predicate ("impossible", "out of the question") the token heads, or null. */
  private String negatingPredicate(Sentence s, int i) {
    for (String entry : lang.negatingPredicates()) {
      String[] words = entry.split(" ");
      if (i - words.length + 1 < 0) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < words.length && match; k++) {
        Token w = s.tokens().get(i - words.length + 1 + k);
        boolean last = k == words.length - 1;
        match = words[k].equals(w.word().toLowerCase(Locale.ROOT)) || last && words[k].equals(w.lemma().toLowerCase(Locale.ROOT));
      }
      if (match) {
        return entry;
      }
    }
    return null;
  }

  /**
   * A pseudo-cleft whose wh-clause is negated ("what they have not shown is anything linking …", "what
   * nobody has produced is proof that …"): the clause identifies the token as what is not there. The
   * negator, or null.
   */
  private String negatedCleft(Sentence s, int i, int below) {
    for (Token child : s.children(i)) {
      if (child.index() == below || !child.relation().startsWith("csubj")
          || !hasChild(s, child.index(), "obj", lang.questionWords()) && !hasChild(s, child.index(), "nsubj", lang.questionWords())) {
        continue;
      }
      String negator = negator(s, child.index(), -1);
      if (negator != null) {
        return negator;
      }
    }
    return null;
  }

  /** A subject or object of the token, other than the one the walk came up from, that is a deny-word phrase with its own "no". */
  private boolean negatedArgumentIsDenyPhrase(Marks m, int i, int below) {
    for (Token child : m.s.children(i)) {
      boolean argument = child.relation().startsWith("nsubj") || child.relation().startsWith("obj");
      if (child.index() != below && argument && m.denyWord[child.index()] && negatorInDenyPhrase(m, child.index())) {
        return true;
      }
    }
    return false;
  }

  /** A negator dependent that the claim's deny-word phrase itself holds ("[no evidence] that …"). */
  private boolean negatorInDenyPhrase(Marks m, int i) {
    for (Token child : m.s.children(i)) {
      String w = child.word().toLowerCase(Locale.ROOT);
      if (m.denyWord[child.index()] && (lang.negators().contains(w) || lang.negators().contains(child.lemma().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /** "very few voters": a quantifier on the noun that denies what the noun does; "a few" does not. */
  private String negatingQuantifier(Sentence s, int noun) {
    for (Token q : s.children(noun)) {
      boolean quantifier = (q.relation().startsWith("amod") || q.relation().equals("det") || q.relation().equals("nummod"))
          && lang.negatingQuantifiers().contains(q.word().toLowerCase(Locale.ROOT));
      if (!quantifier) {
        continue;
      }
      int before = s.subtreeRange(q.index())[0] - 1;
      boolean cancelled = before >= 0 && lang.quantifierCancellers().contains(s.tokens().get(before).word().toLowerCase(Locale.ROOT))
          && !(before > 0 && lang.notCancellers().contains(s.tokens().get(before - 1).word().toLowerCase(Locale.ROOT)));
      if (!cancelled) {
        return q.word(); // "few aides knew", "only a few aides knew"; not "a few aides knew"
      }
    }
    // "only a handful of aides knew": the subject is itself the small quantity, restricted by "only"
    Token head = s.tokens().get(noun);
    if (lang.negatingQuantifiers().contains(head.word().toLowerCase(Locale.ROOT)) && hasChild(s, noun, "advmod", lang.notCancellers())) {
      return childWord(s, noun, "advmod", lang.notCancellers());
    }
    return null;
  }

  private boolean isConditional(Sentence s, int clause) {
    for (Token child : s.children(clause)) {
      String w = child.word().toLowerCase(Locale.ROOT);
      if ((child.relation().equals("mark") || child.relation().startsWith("aux")) && lang.conditionMarks().contains(w)
          && child.index() == s.subtreeRange(clause)[0]) {
        return true;
      }
      if (child.relation().equals("mark") && lang.conditionMarks().contains(w) && !w.equals("should")) {
        return true;
      }
    }
    return false;
  }

  /** An allegation noun ("the accusations that …") or an accusing verb of someone other than the speaker. */
  private boolean isAttribution(Marks m, int i) {
    Token t = m.s.tokens().get(i);
    if (t.isNoun() && m.reference[i]) {
      return true;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (negatingPredicate(m.s, i) != null) {
      return false; // "nobody doubts that …": the speaker's own judgement, read as a negation, not someone's claim
    }
    boolean reports = supportVerbs.contains(lemma) || reporting.isReportingVerb(lemma) && !denyVerbs.contains(lemma);
    if (t.isVerb() && reports && !lang.endorseWords().contains(lemma)) {
      Token holder = holder(m.s, i);
      if (holder == null) {
        return supportVerbs.contains(lemma);
      }
      boolean person = holder.isProperNoun() || holder.isPronoun() || !"O".equals(holder.ner())
          || lang.relativePronouns().contains(holder.word().toLowerCase(Locale.ROOT)) || holder.isNoun() && !m.proof[holder.index()];
      return person && !m.self[holder.index()];
    }
    return false;
  }

  private static Token holder(Sentence s, int i) {
    Token subject = s.child(i, "nsubj");
    if (subject == null) {
      subject = s.child(i, "nmod:poss");
    }
    return subject != null ? subject : s.child(i, "amod"); // "Russian claims"
  }

  /** "They have to prove that …", "must prove": the proof word is the complement of a demand. */
  boolean demanded(Sentence s, int proofVerb) {
    Token t = s.tokens().get(proofVerb);
    if (hasChild(s, proofVerb, "aux", lang.demandWords())) {
      return true;
    }
    return t.relation().startsWith("xcomp") && t.head() >= 0
        && lang.demandWords().contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean hasChild(Sentence s, int head, String relation, Set<String> words) {
    return childWord(s, head, relation, words) != null;
  }

  private static String childWord(Sentence s, int head, String relation, Set<String> words) {
    for (Token c : s.children(head)) {
      if ((c.relation().equals(relation) || c.relation().startsWith(relation + ":"))
          && (words.contains(c.word().toLowerCase(Locale.ROOT)) || words.contains(c.lemma().toLowerCase(Locale.ROOT)))) {
        return c.word();
      }
    }
    return null;
  }

  /** Which tokens of one sentence, inside the quote, are which kind of claim word. */
  private final class Marks {
    final Sentence s;
    final int lo;
    final int hi;
    final boolean[] target;
    final boolean[] object;
    final boolean[] objectOrGoods;
    /** The object by name, or a description of it ("the militants"), without the goods. */
    final boolean[] objectOrDescribed;
    final boolean[] relation;
    final boolean[] objectRequired;
    final boolean[] exchange;
    final boolean[] contrary;
    final boolean[] reference;
    final boolean[] denyWord;
    final boolean[] proof;
    final boolean[] self;
    /** A noun for an undertaking that refers back to the claim's relation ("this business", "such trade"). */
    final boolean[] affairReference;
    final Context c;
    final boolean extended;
    final boolean speakerIsTarget;
    /** A partial quote read with the clause reported around it: nothing outside that clause is in scope. */
    final boolean clauseBound;

    Marks(Context c, Sentence s, boolean speakerIsTarget) {
      this(c, s, speakerIsTarget, false);
    }

    Marks(Context c, Sentence s, boolean speakerIsTarget, boolean widen) {
      this.c = c;
      this.speakerIsTarget = speakerIsTarget;
      this.s = s;
      int first = Integer.MAX_VALUE;
      int last = -1;
      for (Token t : s.tokens()) {
        if (t.begin() >= c.quote().start() && t.end() <= c.quote().end()) {
          first = Math.min(first, t.index());
          last = Math.max(last, t.index());
        }
      }
      int[] clause = !widen || first == Integer.MAX_VALUE || c.quote().kind() != QuoteSpan.Kind.PARTIAL
          ? null : reportedClause(s, first, last, c.quote().cueLemma());
      lo = clause != null ? clause[0] : first == Integer.MAX_VALUE ? 0 : first;
      hi = clause != null ? clause[1] : last;
      clauseBound = clause != null;
      String text = c.doc().text();
      target = mark(text, ClaimReader.this.target);
      if (c.articleAboutClaim()) {
        or(target, mark(text, targetReferences)); // "the campaign", in an article about the candidate's claim
      }
      object = mark(text, ClaimReader.this.object);
      if (c.articleAboutClaim() && claim.object().owned()) {
        ownedObjects();
      }
      boolean[] described = mark(text, objectReferences);
      if (c.articleNamesObject()) {
        or(object, described);
      }
      objectOrGoods = object.clone();
      objectOrDescribed = object.clone();
      or(objectOrDescribed, described);
      // "aiding terrorists": a description of the object is the relation's argument even where the
      // article never names the object (an insinuation aimed at the target)
      or(objectOrGoods, described);
      if (c.articleAboutClaim()) {
        or(objectOrGoods, mark(text, goods));
      }
      relation = mark(text, ClaimReader.this.relation);
      objectRequired = mark(text, ClaimReader.this.objectRequired);
      exchange = mark(text, ClaimReader.this.exchange);
      or(relation, exchange);
      or(objectRequired, exchange);
      contrary = mark(text, ClaimReader.this.contrary);
      for (int k = 0; k < contrary.length; k++) {
        // "closed its eyes to the convoys": a contrary word inside a longer relation phrase is that phrase
        boolean longerRelation = k > 0 && relation[k - 1] && !contrary[k - 1] || k + 1 < contrary.length && relation[k + 1] && !contrary[k + 1];
        contrary[k] &= !(relation[k] && longerRelation);
      }
      reference = mark(text, references);
      denyWord = mark(text, denyWords);
      proof = mark(text, proofWords);
      self = new boolean[s.tokens().size()];
      affairReference = new boolean[s.tokens().size()];
      // the narration around a partial quote is reported speech too: "his country" is the speaker's
      boolean indirect = c.quote().kind() == QuoteSpan.Kind.INDIRECT || clause != null;
      boolean narratedTarget = !speakerIsTarget && indirect && targetPersonSubjectOutside();
      for (Token t : s.tokens()) {
        String w = t.word().toLowerCase(Locale.ROOT);
        self[t.index()] = speakerIsTarget && inQuote(t.index())
            && (lang.firstPerson().contains(w) || indirect && lang.reportedSelf().contains(w) || ownStateOrgan(t) || ownCountry(t)
                || ownKin(t))
            || narratedTarget && inQuote(t.index()) && lang.thirdPersons().contains(w);
        // a claim word that is only part of the speaker's reporting cue ("claimed") is not a reference
        reference[t.index()] &= t.isNoun();
        if (relation[t.index()] && t.isVerb() && lang.hortatives().contains(t.lemma().toLowerCase(Locale.ROOT))
            && "VB".equals(t.pos()) && s.child(t.index(), "nsubj") == null) {
          relation[t.index()] = false; // "let them show one cargo": an imperative that exhorts, not one that permits
          objectRequired[t.index()] = false;
          exchange[t.index()] = false;
        }
        if (t.relation().equals("compound:prt") && t.head() >= 0 && relation[t.head()]) {
          relation[t.index()] = false; // "ends up": the phrase's verb is the relation, not its particle
          exchange[t.index()] = false;
          objectRequired[t.index()] = false;
        }
        relation[t.index()] &= !t.pos().equals("IN") || contrary[t.index()];
        // a relation word inside a name ("Secret Service") is not the relation
        // (a common noun the fine-grained NER tags, "smuggling" as a criminal charge, is still the relation)
        relation[t.index()] &= t.ner() == null || "O".equals(t.ner()) || target[t.index()] || !t.isProperNoun();
        if (c.articleAboutClaim() && t.isNoun() && lang.affairNouns().contains(t.lemma().toLowerCase(Locale.ROOT))
            && (hasChild(s, t.index(), "det", lang.demonstratives()) || hasChild(s, t.index(), "amod", lang.demonstratives()))) {
          relation[t.index()] = true; // "involved in this shady enterprise": the claim's relation, by reference
          objectRequired[t.index()] = true;
          affairReference[t.index()] = true;
        }
      }
      extended = nominalCueOfAnother();
    }

    /**
     * Where the claim's object is the target's own ("her health"), a mention of it in
     * a sentence that names no party and no third person but the target ("the pneumonia was mild") is the
     * target's: the object word stands for the target too.
     */
    private void ownedObjects() {
      if (c.quote().kind() == QuoteSpan.Kind.PARTIAL && !clauseBound) {
        return; // a fragment ("'excellent health'") leaves out whose it is
      }
      for (int k = lo; k <= hi; k++) {
        Token t = s.tokens().get(k);
        if (target[k]) {
          return;
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        boolean party = t.isProperNoun() && NAME_NER.contains(t.ner()) || lang.thirdPersons().contains(w);
        if (party) {
          return;
        }
      }
      for (int k = lo; k <= hi; k++) {
        if (object[k] && s.tokens().get(k).isNoun()) {
          target[k] = true;
        }
      }
    }

    /**
     * "the police impounded two tankers", said by the target's side: an organ of a state
     * (stance.json's {@code stateOrgans}) that no word gives to another party is the speaker's own.
     */
    /**
     * "the country's crude imports", "this nation": said for the target, a country noun with a definite
     * determiner and nothing else that says whose ({@code selfNouns}) is the speaker's own.
     */
    private boolean ownCountry(Token t) {
      if (!t.isNoun() || !lang.selfNouns().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
      boolean definite = false;
      for (Token child : s.children(t.index())) {
        String r = child.relation();
        if (r.equals("det") && lang.selfNounDeterminers().contains(child.word().toLowerCase(Locale.ROOT))) {
          definite = true;
        } else if (!r.equals("case") && !r.equals("punct")) {
          return false; // "the country next door", "a country that buys it", "the Syrian nation"
        }
      }
      return definite;
    }

    /** "my family", "his children" (reported): the speaker's own kin, whose possessor is already marked as the speaker. */
    private boolean ownKin(Token t) {
      Token possessor = t.isNoun() && lang.kinNouns().contains(t.lemma().toLowerCase(Locale.ROOT)) ? s.child(t.index(), "nmod:poss") : null;
      return possessor != null && possessor.index() < t.index() && self[possessor.index()];
    }

    private boolean ownStateOrgan(Token t) {
      if (!t.isNoun() || !lang.stateOrgans().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
      int[] range = s.subtreeRange(t.index());
      for (int k = range[0]; k <= t.index(); k++) {
        Token w = s.tokens().get(k);
        if (k != t.index() && (w.isProperNoun() || NAME_NER.contains(w.ner())) && !target[k]) {
          return false; // "Syrian security forces", "Russia's army"
        }
      }
      return true;
    }

    /**
     * The sentence's subject, outside the quote, is a person the text places on the target's side
     * ("the Ruritanian premier X shrugged off reports that his country takes …"): a "he" or
     * "his" in the reported words stands for that person, whoever is the speaker.
     */
    private boolean targetPersonSubjectOutside() {
      for (Token t : s.tokens()) {
        if (inQuote(t.index()) || !t.relation().startsWith("nsubj")) {
          continue;
        }
        boolean person = false;
        boolean side = false;
        for (int k : phrase(s, t.index())) {
          person |= "PERSON".equals(s.tokens().get(k).ner());
          side |= target[k];
        }
        if (person && side) {
          return true;
        }
      }
      return false;
    }

    /**
     * A partial quote speaks with the clause reported around it ("insisting that his government's campaign
     * against the group is 'relentless'"): the subtree under the reporting cue that holds the
     * quoted words, or null when the cue is not above them in this sentence.
     */
    private int[] reportedClause(Sentence s, int first, int last, String cueLemma) {
      if (cueLemma == null) {
        return null;
      }
      int top = first;
      while (s.tokens().get(top).head() >= first && s.tokens().get(top).head() <= last) {
        top = s.tokens().get(top).head();
      }
      int quoted = top;
      for (int guard = 0; guard < s.tokens().size(); guard++) {
        int head = s.tokens().get(top).head();
        if (head < 0) {
          return cueUnder(s, quoted, first, last, cueLemma);
        }
        if (s.tokens().get(head).lemma().equalsIgnoreCase(cueLemma)) {
          int[] range = ownClause(s, top, last);
          return new int[] {Math.min(range[0], first), Math.max(range[1], last)};
        }
        top = head;
      }
      return null;
    }

    /**
     * The span of the clause headed by {@code top}, without a clause coordinated after the quote ("said
     * the ferry deal is 'beyond doubt' and begged the board to look elsewhere": the begging is another report).
     */
    private int[] ownClause(Sentence s, int top, int last) {
      int lo = top;
      int hi = top;
      ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(top));
      while (!todo.isEmpty()) {
        int k = todo.pop();
        lo = Math.min(lo, k);
        hi = Math.max(hi, k);
        for (Token child : s.children(k)) {
          // "… and that its units had seized the fuel" is a second clause of the same report: kept
          boolean sameReport = hasChild(s, child.index(), "mark", Set.of("that"));
          boolean laterClause = k == top && child.index() > last && !sameReport
              && (child.relation().startsWith("conj") || child.relation().equals("parataxis"));
          if (!laterClause) {
            todo.push(child.index());
          }
        }
      }
      return new int[] {lo, hi};
    }

    /**
     * "saying Norway would never 'sink' to trading with …" parsed with the cue as the subject of the
     * quoted verb: the cue hangs under the quoted words, so their whole subtree is the reported clause.
     */
    private int[] cueUnder(Sentence s, int quoted, int first, int last, String cueLemma) {
      for (Token child : s.children(quoted)) {
        if (child.index() < first && child.lemma().equalsIgnoreCase(cueLemma) && child.isVerb()) {
          int[] range = s.subtreeRange(quoted);
          return new int[] {Math.min(range[0], first), Math.max(range[1], last)};
        }
      }
      return null;
    }

    private boolean[] mark(String text, TermMatcher matcher) {
      return SentenceMarks.of(c.doc(), s, matcher, () -> find(text, matcher));
    }

    private boolean[] find(String text, TermMatcher matcher) {
      boolean[] out = new boolean[s.tokens().size()];
      if (matcher.isEmpty()) {
        return out;
      }
      for (int[] span : matcher.spans(text.substring(s.begin(), s.end()))) {
        int from = s.begin() + span[0];
        int to = s.begin() + span[1];
        for (Token t : s.tokens()) {
          if (t.begin() < to && t.end() > from) {
            out[t.index()] = true;
          }
        }
      }
      for (int[] pair : matcher.splitMatches(s)) {
        out[pair[0]] = true;
        out[pair[1]] = true;
      }
      return out;
    }

    private boolean[] mark(String text, TargetReferences references) {
      return SentenceMarks.of(c.doc(), s, references, () -> find(text, references));
    }

    private boolean[] find(String text, TargetReferences references) {
      boolean[] out = new boolean[s.tokens().size()];
      for (int[] span : references.spans(text.substring(s.begin(), s.end()))) {
        for (Token t : s.tokens()) {
          // "the government" stands for the target by its noun; the article is no agent
          if (t.begin() < s.begin() + span[1] && t.end() > s.begin() + span[0] && !t.pos().equals("DT")) {
            out[t.index()] = true;
          }
        }
      }
      return out;
    }

    private void or(boolean[] into, boolean[] from) {
      for (int i = 0; i < into.length; i++) {
        into[i] |= from[i];
      }
    }

    boolean inQuote(int i) {
      return i >= lo && i <= hi;
    }

    /**
     * How far polarity is read: the quote; for a partial quote also the narration around it up to
     * the reporting cue ("will never forgive Turkey for 'arming extremists'").
     */
    boolean inScope(int i) {
      if (clauseBound) {
        return i >= lo && i <= hi && !s.tokens().get(i).lemma().equalsIgnoreCase(c.quote().cueLemma());
      }
      if (inQuote(i) || extended) {
        return true;
      }
      if (c.quote().kind() != QuoteSpan.Kind.PARTIAL) {
        return false;
      }
      String cue = c.quote().cueLemma();
      return cue == null || !s.tokens().get(i).lemma().equalsIgnoreCase(cue);
    }

    /**
     * "the minister rejected the claims that [Ankara buys the fuel …]": when the cue is an allegation
     * noun and its holder is not the quote's source, the speaker's stance is read above the noun.
     */
    boolean nominalCueOfAnother() {
      String cue = c.quote().cueLemma();
      if (cue == null || c.quote().kind() != QuoteSpan.Kind.INDIRECT) {
        return false;
      }
      int best = -1;
      for (int i = 0; i < lo; i++) {
        if (s.tokens().get(i).lemma().equalsIgnoreCase(cue)) {
          best = i;
        }
      }
      // a perfect or modal auxiliary makes the word a finite verb, whoever the parser found its subject
      boolean allegation = best >= 0 && (s.tokens().get(best).isNoun() && reference[best]
          || supportVerbs.contains(s.tokens().get(best).lemma().toLowerCase(Locale.ROOT)) && s.child(best, "nsubj") == null
              && s.child(best, "aux") == null);
      if (!allegation) {
        return false; // "Russian claims that …" parsed as a verb without a subject is still the noun
      }
      boolean sourceIsHolder = c.quote().sourceSentence() == s.index() && c.quote().sourceToken() >= 0
          && s.tokens().get(c.quote().sourceToken()).head() == best;
      return !sourceIsHolder;
    }

    /** A rejecting word in the quote outside the proposition: "the portrayal … is, frankly, despicable". */
    String denyWordOutside(int proposition) {
      for (int i = 0; i < s.tokens().size(); i++) {
        if (inScope(i) && denyWord[i] && !s.dominates(proposition, i)) {
          return s.tokens().get(i).word();
        }
      }
      return null;
    }

    /**
     * The relation's own partner ("buys its oil from [X, Y and Z]": an obl or nmod of the predicate,
     * or a conjunct of it) is a named party that is neither the target nor the object.
     */
    boolean partnerIsOtherParty(int predicate) {
      Token t = s.tokens().get(predicate);
      if (t.relation().startsWith("acl") && t.head() >= 0 && objectOrGoods[t.head()]) {
        Token goods = s.tokens().get(t.head());
        // "the crude Turkey imports is from Norway and Iraq": the clause about the goods names the partner
        if (goods.relation().startsWith("nsubj") && goods.head() >= 0 && partnerAmong(goods.head())) {
          return true;
        }
      }
      if (t.isNoun() && t.relation().startsWith("nsubj") && t.head() >= 0 && partnerAmong(t.head())) {
        return true; // "Turkey's oil imports come from Iraq and Azerbaijan": the predicate names the partner
      }
      return partnerAmong(predicate);
    }

    private boolean partnerAmong(int predicate) {
      List<Token> partners = new ArrayList<>();
      for (Token partner : s.children(predicate)) {
        if (partner.relation().startsWith("obl") || partner.relation().startsWith("nmod")) {
          partners.add(partner);
          for (Token further : s.children(partner.index())) {
            if (further.relation().startsWith("nmod")) {
              partners.add(further); // "through pipelines from Iraq": the source hung below the route
            }
          }
        }
        if (partner.relation().startsWith("obj")) {
          partners.addAll(sourcesBelow(partner.index(), 2)); // "bought its oil from Iraq" with the source under the goods
        }
      }
      for (Token partner : partners) {
        if (partner.relation().contains("tmod") || partner.isTimeExpression()) {
          continue; // "sat on it Saturday": a day is no trading partner
        }
        boolean other = namedOrOwned(partner.index()) || listsNamed(partner.index());
        for (Token conj : s.children(partner.index())) {
          if (conj.relation().startsWith("conj") || conj.relation().startsWith("appos")) {
            other &= namedOrOwned(conj.index());
          }
        }
        if (other) {
          return true;
        }
      }
      return false;
    }

    /** "from" phrases in the object's phrase, down to {@code depth} links: where the goods come from. */
    private List<Token> sourcesBelow(int head, int depth) {
      List<Token> out = new ArrayList<>();
      for (Token child : s.children(head)) {
        if (child.relation().startsWith("nmod") && hasChild(s, child.index(), "case", Set.of("from"))) {
          out.add(child);
        } else if (child.relation().startsWith("appos") && !out.isEmpty()) {
          out.add(child); // "from known sources, mainly Iraq and Iran" with the names hung on the goods
        } else if (depth > 1 && (child.relation().equals("dep") || child.relation().startsWith("conj"))) {
          out.addAll(sourcesBelow(child.index(), depth - 1));
        }
      }
      return out;
    }

    /** A named party in the quote that is neither the target, nor the object, nor the speaker's side. */
    /** Named, or a place a named party owns ("Iraq's Kurdish region"). */
    /** "known suppliers, among them Iraq and Iran": a word for the partners that a named list spells out. */
    private boolean listsNamed(int k) {
      Token t = s.tokens().get(k);
      if (!(t.isNoun() || t.isPronoun()) || target[k] || object[k] || objectOrGoods[k]) {
        return false;
      }
      for (Token child : s.children(k)) {
        String rel = child.relation();
        if ((rel.equals("dep") || rel.startsWith("appos") || rel.startsWith("nmod")) && named(child.index())) {
          return true;
        }
      }
      return false;
    }

    private boolean namedOrOwned(int k) {
      if (named(k)) {
        return true;
      }
      Token owner = s.child(k, "nmod:poss");
      return owner != null && named(owner.index());
    }

    private boolean named(int k) {
      Token t = s.tokens().get(k);
      return inQuote(k) && t.isProperNoun() && !"O".equals(t.ner()) && t.ner() != null && !target[k] && !object[k] && !self[k];
    }

    /** The object itself (not only goods or a description) in the quote's part of the sentence. */
    boolean objectInQuote() {
      for (int k = lo; k <= hi; k++) {
        if (object[k]) {
          return true;
        }
      }
      return false;
    }

    /** A named party in the predicate's subtree that is neither the target nor the object ("sells it to X"). */
    boolean namesOtherParty(int predicate) {
      for (int k = lo; k <= hi; k++) {
        if (k != predicate && s.dominates(predicate, k) && named(k)) {
          return true;
        }
      }
      return false;
    }

    boolean targetInSentence() {
      for (boolean b : target) {
        if (b) {
          return true;
        }
      }
      return false;
    }

    /** The target named in scope, not only the speaker's own "we". */
    boolean anyNamedTarget() {
      return anyInScope(target);
    }

    boolean anyTarget() {
      return anyInScope(target) || anyInScope(self);
    }

    private boolean anyInScope(boolean[] marks) {
      for (int i = 0; i < s.tokens().size(); i++) {
        if (marks[i] && inScope(i)) {
          return true;
        }
      }
      return false;
    }

    boolean anyObjectOrGoods() {
      for (int i = lo; i <= hi; i++) {
        if (objectOrGoods[i]) {
          return true;
        }
      }
      return false;
    }

    /** A consequence word ("resign") in the sentence outside the conditional clause. */
    String consequenceOutside(int clause) {
      String text = c.doc().text();
      for (int[] span : consequences.spans(text.substring(s.begin(), s.end()))) {
        for (Token t : s.tokens()) {
          if (t.begin() == s.begin() + span[0] && !s.dominates(clause, t.index())) {
            return text.substring(s.begin() + span[0], s.begin() + span[1]);
          }
        }
      }
      return null;
    }

    String firstTargetWord() {
      for (int i = lo; i <= hi; i++) {
        if (target[i] || self[i]) {
          return s.tokens().get(i).word();
        }
      }
      return "";
    }

    /** The object, goods or relation word within the subtree: the proposition's argument. */
    /** The object, a description of it or the goods under the root (or the root itself). */
    boolean objectOrGoodsIn(int root) {
      for (int k = 0; root >= 0 && k < s.tokens().size(); k++) {
        if (objectOrGoods[k] && s.dominates(root, k)) {
          return true;
        }
      }
      return false;
    }

    /** A relation word that is no exchange word (those need the goods) under the root. */
    boolean coreRelationIn(int root) {
      for (int k = 0; root >= 0 && k < s.tokens().size(); k++) {
        if (relation[k] && !exchange[k] && s.dominates(root, k)) {
          return true;
        }
      }
      return false;
    }

    boolean markedIn(int root) {
      if (root < 0) {
        return false;
      }
      for (int k = 0; k < s.tokens().size(); k++) {
        if ((objectOrGoods[k] || relation[k]) && s.dominates(root, k)) {
          return true;
        }
      }
      return false;
    }

    String argumentText(int root) {
      for (int k = 0; k < s.tokens().size(); k++) {
        if (object[k] && s.dominates(root, k) && k != root) {
          return ", object '" + s.tokens().get(k).word() + "'";
        }
      }
      for (int k = 0; k < s.tokens().size(); k++) {
        if (objectOrGoods[k] && s.dominates(root, k) && k != root) {
          return ", goods '" + s.tokens().get(k).word() + "'";
        }
      }
      return "";
    }

    /** "you need to show proof", "is obliged to prove it": a proof word under a demand. */
    boolean proofDemandInQuote(ClaimReader reader) {
      for (int i = lo; i <= hi; i++) {
        if (!proof[i]) {
          continue;
        }
        int verb = s.tokens().get(i).isVerb() ? i : s.tokens().get(i).head();
        if (verb >= 0 && inQuote(verb) && reader.demanded(s, verb)) {
          return true;
        }
      }
      return false;
    }
  }
}
