package org.quotestance.stance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.stance.Stance.Label;

/**
 * Classifies a quote's stance toward a claim with rules whose every word list comes from the claim
 * file. The order of the rules is the order of their reliability; the rule that fires, and the
 * words it fired on, become the evidence.
 */
public final class StanceClassifier implements Serializable {
  private static final String CHALLENGE = ClaimReader.CHALLENGE;
  static final String REPORTED_CHALLENGE = "reported-challenge";
  private static final String IN_ARTICLE = ", in an article about the claim";
  private static final String ACCUSING_CUE = "accusing-cue: ";
  private static final Set<String> PARTY_NER = Set.of("PERSON", "ORGANIZATION");
  private final Claim claim;
  private final TermMatcher target;
  private final TargetReferences targetReferences;
  private final TermMatcher object;
  private final TermMatcher relation;
  private final TermMatcher references;
  private final TermMatcher denyWords;
  private final TermMatcher supportWords;
  private final TermMatcher proof;
  private final TermMatcher consequence;
  private final TermMatcher condition;
  private final NegationScope negation;
  private final ClaimReader reader;
  private final StanceLanguage language;
  private final TermMatcher claimVocabulary;
  private final TermMatcher goods;
  /** The relation words without the exchange words, which need the goods to be the relation. */
  private final TermMatcher coreRelation;
  private final TermMatcher objectReferences;

  public StanceClassifier(Claim claim) {
    this.claim = claim;
    Claim.Cues cues = claim.cues();
    target = new TermMatcher(claim.target().aliases(), true);
    targetReferences = new TargetReferences(Claim.orEmpty(claim.targetReferences()));
    object = new TermMatcher(claim.object().aliases(), true);
    goods = new TermMatcher(Claim.orEmpty(claim.goods()), false);
    List<String> relationWords = new ArrayList<>(claim.relation());
    relationWords.addAll(Claim.orEmpty(claim.exchange()));
    relation = new TermMatcher(relationWords, false);
    coreRelation = new TermMatcher(claim.relation(), false);
    objectReferences = new TermMatcher(Claim.orEmpty(claim.objectReferences()), true);
    references = new TermMatcher(claim.claimReferences(), false);
    denyWords = new TermMatcher(cues.denyWords(), false);
    supportWords = new TermMatcher(cues.supportWords(), false);
    proof = new TermMatcher(cues.proofWords(), false);
    consequence = new TermMatcher(cues.consequenceWords(), false);
    condition = new TermMatcher(cues.conditionWords(), true);
    negation = new NegationScope(cues.negationWords());
    List<String> vocabulary = new ArrayList<>(claim.object().aliases());
    vocabulary.addAll(Claim.orEmpty(claim.goods()));
    vocabulary.addAll(Claim.orEmpty(claim.objectReferences()));
    claimVocabulary = new TermMatcher(vocabulary, true);
    language = StanceLanguage.load();
    reader = new ClaimReader(claim, language, org.quotestance.quote.ReportingLexicon.load());
  }

  /**
   * The first word in the text that names the claim's object, its goods or a description of the
   * object, or null: "the tankers that carry the oil" speaks of the claim without naming its target.
   * Relation words alone do not ("deliver regular reports").
   */
  public String claimWord(String text) {
    int best = Integer.MAX_VALUE;
    String found = null;
    for (int[] span : claimVocabulary.spans(text)) {
      // the second part of a hyphenated compound names the opposite ("anti-terrorist units")
      boolean compound = span[0] > 0 && text.charAt(span[0] - 1) == '-';
      if (!compound && span[0] < best) {
        best = span[0];
        found = text.substring(span[0], span[1]);
      }
    }
    return found;
  }

  /** True when the text names the claim's object. */
  public boolean namesObject(String text) {
    return object.find(text) != null;
  }

  /** The language knowledge the reader uses, for the article-level rules that read it too. */
  StanceLanguage language() {
    return language;
  }

  /**
   * The quote's stance from its parse: the claim as a proposition ({@link ClaimReader}); when the
   * parse holds none, the lexical rules without the relation-word rules, which the parse has
   * already ruled out.
   */
  public Stance classify(ClaimReader.Context context, StanceInput in) {
    Stance own = classifyQuote(context, in);
    if (own.takesSide()) {
      return own;
    }
    ClaimReader.Reading reason = reader.reasonGiven(context);
    return reason == null ? own : new Stance(reason.label(), reason.confidence(), reason.evidence() + IN_ARTICLE);
  }

  private Stance classifyQuote(ClaimReader.Context context, StanceInput in) {
    ClaimReader.Reading r = reader.read(context);
    Stance read = r == null ? null : new Stance(r.label(), r.confidence(), r.evidence());
    String small = read == null || !read.takesSide() ? reader.smallAmount(context) : null;
    if (small != null) {
      return new Stance(Label.DENY, 0.65, ClaimReader.SMALL_AMOUNT + ": " + small + IN_ARTICLE);
    }
    // the target's side on its own goods, where the parse read no side: its records, its sources, its seizures
    boolean noProposition = r == null || r.label() == Label.UNRELATED || r.evidence().startsWith(Stance.TOPIC_ONLY);
    String record = noProposition ? reader.cleanRecord(context) : null;
    if (record != null) {
      return new Stance(Label.DENY, 0.65, ClaimReader.CLEAN_RECORD + ": " + record + ", said for " + claim.target().name() + IN_ARTICLE);
    }
    String lawful = noProposition ? reader.lawfulSource(context) : null;
    if (lawful != null) {
      return new Stance(Label.DENY, 0.65, ClaimReader.LAWFUL_SOURCE + ": " + lawful + ", said for " + claim.target().name() + IN_ARTICLE);
    }
    String opened = noProposition ? reader.openRecords(context) : null;
    if (opened != null) {
      return new Stance(Label.DENY, 0.65, ClaimReader.OPEN_RECORDS + ": " + opened + ", said for " + claim.target().name() + IN_ARTICLE);
    }
    String witness = noProposition ? reader.witnessDenial(context) : null;
    if (witness != null) {
      return new Stance(Label.DENY, 0.6, ClaimReader.WITNESS_DENIAL + ": " + witness + IN_ARTICLE);
    }
    String staked = noProposition ? reader.conditionalResignation(context) : null;
    if (staked != null) {
      return new Stance(Label.DENY, 0.7, ClaimReader.CONDITIONAL_RESIGNATION + ": " + staked + IN_ARTICLE);
    }
    String answered = noProposition ? reader.answersAccusers(context) : null;
    if (answered != null) {
      return new Stance(Label.DENY, 0.6, ClaimReader.ANSWERS_ACCUSERS + ": " + answered + ", said for " + claim.target().name()
          + IN_ARTICLE);
    }
    String crackdown = noProposition ? reader.ownCrackdown(context) : null;
    if (crackdown != null) {
      return new Stance(Label.DENY, 0.65, ClaimReader.OWN_CRACKDOWN + ": " + crackdown + ", said for " + claim.target().name() + IN_ARTICLE);
    }
    boolean weakSupport = r != null && r.label() == Label.SUPPORT && r.confidence() <= 0.7
        && (r.evidence().startsWith(ClaimReader.ASSERTS) || r.evidence().startsWith(ClaimReader.DESTINATION));
    String conceded = weakSupport ? reader.concededTradeDenied(context) : null;
    if (conceded != null) {
      return new Stance(Label.DENY, 0.6, ClaimReader.CONCEDES_TRADE + ": " + r.evidence() + "; then " + conceded
          + " of " + claim.target().name() + " in another sentence");
    }
    if (read != null && (r.evidence().startsWith(ClaimReader.ASSERTS) || r.evidence().startsWith(ClaimReader.NEGATES))) {
      // "the tankers crossed without the knowledge of the governors": who knew decides, not that they crossed
      ClaimReader.Reading knowing = reader.knowingComplicity(context);
      if (knowing != null) {
        return new Stance(knowing.label(), knowing.confidence(), knowing.evidence() + IN_ARTICLE);
      }
    }
    if (read != null) {
      if (read.takesSide()) {
        return read;
      }
      Stance deflected = r.evidence().startsWith(ClaimReader.OPEN_QUESTION) ? deflectedQuestion(context) : null;
      if (deflected != null) {
        return deflected; // "who buys it? look to [another capital]": the question is answered
      }
      if (r.evidence().startsWith(ClaimReader.REPORTS_ALLEGATION)) {
        return read; // the parse already read the challenge as another's
      }
      // "If anyone proves it, I will resign. I wonder whether the accuser would do the same": the
      // challenge in one sentence is the speaker's side, whatever another sentence leaves open
      Stance challenge = lexical(context, in);
      return challenge.evidence().startsWith(CHALLENGE) ? challenge : read;
    }
    Stance lexical = lexical(context, in);
    String another = lexical.takesSide() ? reader.anotherClaim(context) : null;
    if (another != null) {
      return new Stance(Label.UNRELATED, 0.65, ClaimReader.ANOTHER_CLAIM + ": " + another + " names neither "
          + claim.object().name() + " nor its goods");
    }
    String party = lexical.evidence().startsWith(ACCUSING_CUE) ? otherPartyInQuote(context) : null;
    if (party != null) {
      // "accused Ankara of allowing [another group] to run a command centre": the charge is another matter
      return new Stance(Label.UNRELATED, 0.65, ClaimReader.ANOTHER_CLAIM + ": the charge names '" + party + "', not "
          + claim.object().name());
    }
    if (deniesOtherMatter(context, in, lexical)) {
      return new Stance(Label.UNRELATED, 0.65, ClaimReader.ANOTHER_CLAIM + ": the denied words name neither "
          + claim.object().name() + ", its goods, the allegation nor a relation that needs no goods");
    }
    if (lexical.evidence().startsWith(Stance.TOPIC_ONLY)) {
      ClaimReader.Reading words = reader.sameSentenceReading(context);
      if (words != null) {
        return new Stance(words.label(), words.confidence(), words.evidence());
      }
    }
    if (lexical.readNoProposition()) {
      // no proposition and no side: the constructions that take one without the claim's proposition, in this order
      String found = reader.deniedStateRole(context);
      if (found != null) {
        return new Stance(Label.DENY, 0.65, ClaimReader.DENIES_STATE_ROLE + ": " + found + ", of the trade" + IN_ARTICLE);
      }
      found = reader.accusedOf(context);
      if (found != null) {
        return new Stance(Label.SUPPORT, 0.65, ClaimReader.ACCUSED_OF + ": " + found + IN_ARTICLE);
      }
      found = reader.openSecret(context);
      if (found != null) {
        return new Stance(Label.SUPPORT, 0.65, ClaimReader.OPEN_SECRET + ": " + found + " takes the matter as known" + IN_ARTICLE);
      }
      found = reader.insinuation(context);
      if (found != null) {
        return new Stance(Label.SUPPORT, 0.6, ClaimReader.INSINUATION + ": " + found + IN_ARTICLE);
      }
      ClaimReader.Reading passage = reader.passageControl(context);
      if (passage != null) {
        return new Stance(passage.label(), passage.confidence(), passage.evidence() + IN_ARTICLE);
      }
      found = reader.claimSetApart(context);
      if (found != null) {
        return new Stance(Label.DENY, 0.65, ClaimReader.SETS_CLAIM_APART + ": " + found + " sets the claim apart from what happens"
            + IN_ARTICLE);
      }
      found = reader.condemnedAffair(context);
      if (found != null) {
        return new Stance(Label.SUPPORT, 0.6, ClaimReader.CONDEMNS_AFFAIR + ": " + found + " takes the affair as real" + IN_ARTICLE);
      }
      ClaimReader.Reading knowing = reader.knowingComplicity(context);
      if (knowing != null) {
        return new Stance(knowing.label(), knowing.confidence(), knowing.evidence() + IN_ARTICLE);
      }
      found = reader.protectiveMotive(context);
      if (found != null) {
        return new Stance(Label.SUPPORT, 0.6, ClaimReader.PROTECTIVE_MOTIVE + ": " + found + IN_ARTICLE);
      }
      found = reader.diversion(context);
      if (found != null) {
        return new Stance(Label.DENY, 0.65, ClaimReader.DIVERSION + ": " + found + IN_ARTICLE);
      }
      found = reader.accuserLies(context);
      if (found != null) {
        return new Stance(Label.DENY, 0.65, ClaimReader.ACCUSER_LIES + ": " + found + ", said for " + claim.target().name() + IN_ARTICLE);
      }
      found = reader.disbelievedClaim(context);
      if (found != null) {
        return new Stance(Label.DENY, 0.65, ClaimReader.DISBELIEF + ": " + found + IN_ARTICLE);
      }
      Stance deflected = deflectedQuestion(context);
      if (deflected != null) {
        return deflected;
      }
    }
    String demand = lexical.readNoProposition() ? reader.demandedProof(context) : null;
    return demand == null ? lexical
        : new Stance(Label.DENY, 0.65, "demands-proof: " + demand + ", in an article about the claim");
  }

  /**
   * A denial the frame makes ("the general staff denied …") of words that name neither the object,
   * its goods, a description of the object, a claim reference nor a relation word outside the
   * exchange words ("the jet ever crossed into its airspace"): it denies another matter. A motion
   * or trade word is the claim's relation only with the goods, which the words lack. Only a clause:
   * a denied noun phrase ("such accounts") refers to what it denies.
   */
  private boolean deniesOtherMatter(ClaimReader.Context context, StanceInput in, Stance lexical) {
    boolean framedDenial = lexical.label() == Label.DENY
        && (lexical.evidence().startsWith("rejecting-word") || lexical.evidence().startsWith("rejecting-cue"));
    // a frame that names the allegation ("dismissed the claims as an attempt to …") says what is denied
    return framedDenial && quoteHasVerb(context) && references.find(in.frame()) == null
        && denyWords.find(in.quote()) == null && claimWord(in.quote()) == null
        && references.find(in.quote()) == null && coreRelation.find(in.quote()) == null;
  }

  /** A person or organisation the quote names that is neither the target nor the object, or null. */
  private String otherPartyInQuote(ClaimReader.Context context) {
    for (Sentence sentence : context.doc().sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        boolean inside = t.begin() >= context.quote().start() && t.end() <= context.quote().end();
        if (!inside || !t.isProperNoun() || !PARTY_NER.contains(t.ner())) {
          continue;
        }
        // the whole name: "Recep Tayyip Erdogan" is the target though "Recep" alone is no alias
        int from = k;
        int to = k;
        while (from > 0 && tokens.get(from - 1).ner().equals(t.ner())) {
          from--;
        }
        while (to + 1 < tokens.size() && tokens.get(to + 1).ner().equals(t.ner())) {
          to++;
        }
        String name = context.doc().text().substring(tokens.get(from).begin(), tokens.get(to).end());
        if (target.find(name) == null && object.find(name) == null) {
          return name;
        }
        k = to;
      }
    }
    return null;
  }

  private static boolean quoteHasVerb(ClaimReader.Context context) {
    for (Sentence sentence : context.doc().sentences()) {
      for (Token t : sentence.tokens()) {
        if (t.begin() >= context.quote().start() && t.end() <= context.quote().end() && t.isVerb()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lexical rules, without relation words (the parse has read them), a reported challenge told apart. */
  private Stance lexical(ClaimReader.Context context, StanceInput in) {
    return ownChallenge(context, classify(in, false, reader.disparagingNoun(context), reader.disparagingNoun(context, true)));
  }

  /** Rule {@code deflects-claim} for a question the quote answers with another party; null if none. */
  private Stance deflectedQuestion(ClaimReader.Context context) {
    String found = reader.deflectedQuestion(context);
    return found == null ? null
        : new Stance(Label.DENY, 0.6, ClaimReader.DEFLECTS + ": the question " + found + " answered with another party");
  }

  /**
   * The stance a quote that found no proposition takes by what it says of the evidence (rules
   * {@code backs-evidence}, {@code discredits-evidence}); null if it says nothing of it.
   */
  public Stance evidence(ClaimReader.Context context, boolean accusersSide) {
    ClaimReader.Reading r = reader.evidenceReading(context, accusersSide);
    return r == null ? null : new Stance(r.label(), r.confidence(), r.evidence());
  }

  /**
   * Rule {@code reported-challenge}: a challenge to prove the claim that the speaker reports of
   * someone else ("the minister vowed to quit should the charge be proven"), said by someone not on the target's
   * side, is the target's challenge, not the speaker's denial.
   */
  private Stance ownChallenge(ClaimReader.Context context, Stance lexical) {
    if (!lexical.evidence().startsWith(CHALLENGE) || reader.speaksForTarget(context) || !reader.reportsOthersChallenge(context)) {
      return lexical;
    }
    return new Stance(Label.DISCUSS, 0.6, REPORTED_CHALLENGE + ": the speaker reports the challenge, "
        + lexical.evidence());
  }

  /** The speaker speaks for the claim's target (by name or affiliation). */
  boolean speaksForTarget(ClaimReader.Context context) {
    return reader.speaksForTarget(context);
  }

  /** True when the text names the claim's target or its object (the --scope=claim filter). */
  public boolean mentionsTargetOrObject(String text) {
    return target.find(text) != null || object.find(text) != null;
  }

  /**
   * The word by which a question put to the speaker ("asked about the oil allegations", "asked
   * whether Ankara bought the crude") is about the claim: a claim reference or a word for the
   * object or its goods; null if it is about something else.
   */
  public String questionTopic(String text) {
    String reference = references.find(text);
    return reference != null ? reference : claimWord(text);
  }

  public boolean isAbout(String text) {
    return target.find(text) != null && object.find(text) != null;
  }

  /** The object and its goods together ("oil income that funds IS"): the claim's subject matter. */
  public boolean namesObjectWithGoods(String text) {
    return !goods.isEmpty() && object.find(text) != null && goods.find(text) != null;
  }

  /**
   * The goods with a description of the object and the target together ("tankers from fields the
   * militants hold, heading for the Turkish border"): the claim's subject matter where the article
   * never names the object.
   */
  public boolean namesGoodsWithDescribedObject(String text) {
    return !goods.isEmpty() && goods.find(text) != null && objectReferences.find(text) != null && target.find(text) != null;
  }

  public boolean namesTarget(String text) {
    return target.find(text) != null;
  }

  public Stance classify(StanceInput in) {
    return classify(in, true, null);
  }

  private Stance classify(StanceInput in, boolean lexicalRelations, String disparaging) {
    return classify(in, lexicalRelations, disparaging, null);
  }

  private Stance classify(StanceInput in, boolean lexicalRelations, String disparaging, String pointingBack) {
    String scope = in.quote() + " \n " + in.frame();
    String cue = in.cueLemma() == null ? "" : in.cueLemma().toLowerCase(Locale.ROOT);
    String t = target.find(scope);
    if (t == null && in.articleAboutClaim()) {
      t = targetReferences.find(in.quote()); // the quote's own "the campaign", not the frame's
    }
    String o = object.find(scope);
    String r = relation.find(scope);
    // a claim reference in the frame is usually the cue itself ("claimed"), not a reference to the claim
    String ref = references.find(in.quote());
    String frameRef = references.find(in.frame());
    if (ref == null && frameRef != null && claim.cues().denyVerbs().contains(cue)) {
      ref = frameRef; // "rejected the allegations …, saying …": the frame says which allegation
    }
    boolean relevant = (t != null && (o != null || r != null)) || (ref != null && in.articleAboutClaim());
    String p = proof.find(scope);
    String c = consequence.find(scope);
    boolean conditional = condition.find(scope) != null || claim.cues().denyVerbs().contains(cue);
    if (!relevant && in.articleAboutClaim() && p != null && c != null && conditional) {
      return new Stance(Label.DENY, 0.8, "challenge-to-prove: '" + p + "' … '" + c + "', in an article about the claim");
    }
    if (!relevant && in.articleAboutClaim() && c != null && in.quote().strip().endsWith("?")) {
      return new Stance(Label.DENY, 0.7, "rhetorical-challenge: '" + c + "?', in an article about the claim");
    }
    if (!relevant && in.articleAboutClaim() && disparaging != null && target.find(in.quote()) == null) {
      return new Stance(Label.DENY, 0.65, "disparaging-reference: '" + disparaging + "', in an article about the claim");
    }
    if (!relevant && in.articleAboutClaim() && pointingBack != null) {
      // "no one will smear our country with these lies": the target named, the allegation pointed back to
      return new Stance(Label.DENY, 0.65, "disparaging-reference: '" + pointingBack + "', not the target's, in an article about the claim");
    }
    if (!relevant) {
      // in an article about the claim, a quote without its words may still refer to it ("let them
      // show their hands are clean"): "unrelated" is then less sure than in an article about something else
      return new Stance(Label.UNRELATED, in.articleAboutClaim() ? 0.65 : 0.8, "unrelated: not about the claim: "
          + (t == null ? "no mention of " + claim.target().name() : "no " + claim.object().name() + " or relation word"));
    }
    String about = join("target", t, "object", o, "relation", r, "reference", ref);
    if (p != null && c != null && conditional) {
      return new Stance(Label.DENY, 0.9, "challenge-to-prove: '" + p + "' … '" + c + "'; " + about);
    }
    if (claim.cues().denyVerbs().contains(cue)) {
      return new Stance(Label.DENY, 0.9, "rejecting-cue: '" + cue + "'; " + about);
    }
    String d = denyWords.find(scope);
    boolean quoteConcernsClaim = target.find(in.quote()) != null || object.find(in.quote()) != null
        || references.find(in.quote()) != null || denyWords.find(in.quote()) != null;
    // "these charges cannot be waved away", "are not baseless": a rejection that is itself negated rejects nothing
    if (d != null && (lexicalRelations || quoteConcernsClaim) && !negation.negatesEvery(scope, denyWords)) {
      return new Stance(Label.DENY, 0.8, "rejecting-word: '" + d + "'; " + about);
    }
    if (claim.cues().supportVerbs().contains(cue) && ref != null && target.find(in.quote()) != null) {
      return new Stance(Label.SUPPORT, 0.7, "repeats-allegation: cue '" + cue + "'; " + about);
    }
    if (!lexicalRelations && claim.cues().supportVerbs().contains(cue) && target.find(in.quote()) != null
        && relation.find(in.quote()) != null && !negation.negates(in.quote(), relation)) {
      // "charging the cabinet with profiting from the scheme": the accusation binds the accused
      // to the relation even where the parse gives the relation no argument
      return new Stance(Label.SUPPORT, 0.65, ACCUSING_CUE + "'" + cue + "' binds the accused to the relation; " + about);
    }
    if (!lexicalRelations) {
      return new Stance(Label.DISCUSS, 0.6, Stance.TOPIC_ONLY + ": about the claim, no claim proposition in the parse; " + about);
    }
    if (t != null && r != null && negation.negates(in.quote(), relation)) {
      return new Stance(Label.DENY, 0.7, "negated-relation: '" + r + "'; " + about);
    }
    if (claim.cues().supportVerbs().contains(cue) && target.find(in.quote()) != null
        && (object.find(in.quote()) != null || relation.find(in.quote()) != null || ref != null)) {
      return new Stance(Label.SUPPORT, 0.7, "accusing-cue: '" + cue + "'; " + about);
    }
    String s = supportWords.find(scope);
    if (t != null && r != null) {
      double confidence = s != null || o != null ? 0.85 : 0.7;
      return new Stance(Label.SUPPORT, confidence, "asserts-relation" + (s == null ? "" : ", '" + s + "'") + "; " + about);
    }
    return new Stance(Label.DISCUSS, 0.6, Stance.TOPIC_ONLY + ": about the claim without taking a side; " + about);
  }

  private static String join(String... pairs) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        sb.append(sb.length() == 0 ? "" : ", ").append(pairs[i]).append(" '").append(pairs[i + 1]).append('\'');
      }
    }
    return sb.toString();
  }
}
