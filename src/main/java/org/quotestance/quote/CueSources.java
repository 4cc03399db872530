package org.quotestance.quote;

import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/** Who a reporting verb's report is from: its subject, a passive by-phrase, or a speaker after it. */
final class CueSources {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");
  private static final Set<String> UPWARD = Set.of("xcomp", "advcl", "conj", "acl", "ccomp", "dep");
  /** "denied [the accusations that …, saying …]": from a report noun on to the verb that takes it. */
  private static final Set<String> REPORT_NOUN_ROLES = Set.of("obj", "obl", "nsubj:pass");
  private final ReportingLexicon lexicon;

  CueSources(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The token that names the source of {@code verb}'s report, or -1. */
  int of(Sentence s, Token verb) {
    int outer = coordinatedReportSource(s, verb);
    if (outer >= 0) {
      return outer;
    }
    int source = parentheticalName(s, verb);
    source = source >= 0 ? source : subjectOfReportBefore(s, verb);
    source = source >= 0 ? source : rootSubjectOfMisreadParticiple(s, verb);
    source = source >= 0 ? source : nameRightBeforeStrandedVerb(s, verb);
    source = source >= 0 ? source : personRightBeforeParticiple(s, verb);
    source = source >= 0 ? source : nameAsRootBeforeVerb(s, verb);
    source = source >= 0 ? source : appositiveNameBeforeVerb(s, verb, findSource(s, verb));
    source = source >= 0 ? source : subjectOfParticipleBefore(s, verb);
    source = source >= 0 ? source : subjectAfterVerb(s, verb);
    source = source >= 0 ? source : controllerOfTrailingParticiple(s, verb);
    if (source < 0 || !Speakers.canSpeak(s.tokens().get(source), lexicon)) {
      int named = nameBeforeApposition(s, verb); // "this weekend" is no speaker
      source = named >= 0 ? named : source;
    }
    return subjectOutsideQuote(s, verb, source);
  }

  /**
   * "'… until it wasn't,' she replied": where the parser gives the verb a second subject, one inside
   * the quote marks before it is the quote's word, and the one after the closing mark speaks.
   */
  private static int subjectOutsideQuote(Sentence s, Token verb, int source) {
    if (source < 0 || source > verb.index()) {
      return source;
    }
    for (int k = source + 1; k < verb.index(); k++) {
      if (!s.tokens().get(k).pos().equals("''")) {
        continue;
      }
      for (Token child : s.children(verb.index())) {
        if (child.index() > k && child.index() < verb.index() && SUBJECTS.contains(child.relation())) {
          return child.index();
        }
      }
    }
    return source;
  }

  /**
   * "X told reporters that A, and accused Y of B": a report without a subject of its own, after ", and",
   * that the parser coordinates with a verb of the clause another report holds is that report's
   * speaker's second report. The outer report's source, or -1.
   */
  private int coordinatedReportSource(Sentence s, Token verb) {
    int k = verb.index();
    if (!verb.relation().equals("conj") || k < 2 || !s.tokens().get(k - 1).word().equalsIgnoreCase("and")
        || !s.tokens().get(k - 2).word().equals(",") || hasSubject(s, verb)) {
      return -1;
    }
    Token clause = s.tokens().get(verb.head());
    for (int steps = 0; steps < 3 && clause.head() >= 0; steps++) {
      Token governor = s.tokens().get(clause.head());
      if (clause.relation().equals("ccomp") && governor.isVerb() && lexicon.isReportingVerb(governor.lemma())) {
        return coordinatedReportSource(s, governor) < 0 ? of(s, governor) : -1;
      }
      clause = governor;
    }
    return -1;
  }

  /** A proper noun NER tags as a person's name. */
  private static boolean isPersonName(Token t) {
    return t.isProperNoun() && "PERSON".equals(t.ner());
  }

  /** A proper noun NER tags as a person's or an organisation's name. */
  private static boolean isName(Token t) {
    return t.isProperNoun() && ("PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner()));
  }

  private static boolean hasSubject(Sentence s, Token verb) {
    return SUBJECTS.stream().anyMatch(r -> s.child(verb.index(), r) != null);
  }

  /** Longest apposition between a name and its verb, in tokens. */
  private static final int APPOSITION_TOKENS = 12;

  /**
   * "…, Jane Roe, the chief executive of the league, forcefully told …" where the parser found the verb no
   * subject that can speak: the name before an apposition set off by commas right before the verb (and its
   * adverbs) is its subject. -1 otherwise.
   */
  private static int nameBeforeApposition(Sentence s, Token verb) {
    int k = verb.index() - 1;
    while (k >= 0 && s.tokens().get(k).pos().startsWith("RB")) {
      k--;
    }
    int opening = k >= 2 && s.tokens().get(k).word().equals(",") ? openingComma(s, k, APPOSITION_TOKENS) : -1;
    Token name = opening > 0 ? s.tokens().get(opening - 1) : null;
    return name != null && isPersonName(name) ? name.index() : -1;
  }

  /**
   * "…, he added, noting that …": a participle right after a report set off by a comma goes on with
   * that report's subject, whatever the parser hung it on (the clause reported, whose subject did not
   * speak). -1 when the word before the comma is no reporting verb with a subject before it.
   */
  private int subjectOfReportBefore(Sentence s, Token verb) {
    if (!verb.pos().equals("VBG") || verb.index() < 2 || !s.tokens().get(verb.index() - 1).word().equals(",")) {
      return -1;
    }
    Token before = s.tokens().get(verb.index() - 2);
    Token reporter = before.isVerb() && lexicon.isReportingVerb(before.lemma().toLowerCase(Locale.ROOT))
        ? s.child(before.index(), "nsubj") : null;
    return reporter != null && reporter.index() < before.index() && Speakers.canSpeak(reporter, lexicon) ? reporter.index() : -1;
  }

  /**
   * "… sanctions against Oslo and Prime Minister Ann Roe has alleged …": the parser joined the name
   * to the phrase before it and left the verb with no subject, hung on another clause ("dep"). A
   * person's or an organisation's name that ends right before the verb (or its auxiliary) is its
   * subject. -1 otherwise.
   */
  private static int nameRightBeforeStrandedVerb(Sentence s, Token verb) {
    if (!"dep".equals(verb.relation()) || hasSubject(s, verb)) {
      return -1;
    }
    int first = verb.index();
    for (Token child : s.children(verb.index())) {
      if (child.relation().startsWith("aux") && child.index() < first) {
        first = child.index();
      }
    }
    if (first == verb.index() && !verb.isFiniteVerb()) {
      return -1; // "a bill sent to the Senate asking for …": a participle is no stranded clause
    }
    int before = first - 1;
    int opening = before >= 0 && s.tokens().get(before).word().equals(",") ? openingComma(s, before, PARENTHETICAL_TOKENS) : -1;
    if (opening > 0) {
      before = opening - 1; // "since X, at Monday's debate, cited …": a phrase set off by commas between name and verb
    }
    Token name = before >= 0 ? s.tokens().get(before) : null;
    boolean named = name != null && isName(name);
    return named && !s.dominates(verb.index(), name.index()) ? name.index() : -1;
  }

  /**
   * "His former partner at the firm, Jane Roe, called him …": a person's name set off by commas right
   * before the verb, after the description found as its subject, is that description's apposition,
   * wherever the parser hung it (on "firm"). {@code source} otherwise.
   */
  private static int appositiveNameBeforeVerb(Sentence s, Token verb, int source) {
    if (source < 0 || source >= verb.index() || s.tokens().get(source).isProperNoun() || !s.tokens().get(source).isNoun()
        || verb.index() < 3 || !s.tokens().get(verb.index() - 1).word().equals(",")) {
      return source;
    }
    Token name = s.tokens().get(verb.index() - 2);
    int start = name.index();
    while (start > 0 && "PERSON".equals(s.tokens().get(start - 1).ner())) {
      start--;
    }
    boolean person = isPersonName(name);
    return person && start > source + 1 && s.tokens().get(start - 1).word().equals(",") ? name.index() : source;
  }

  /**
   * "To see it, Chief Justice Roe said, one should visit …": a report set off by commas, a person's name
   * and then the verb, is that person's, whatever the parser made of the name (an apposition of the noun
   * before the comma). -1 otherwise.
   */
  private static int parentheticalName(Sentence s, Token verb) {
    int at = verb.index();
    if (at < 2 || at + 1 >= s.tokens().size() || !s.tokens().get(at + 1).word().equals(",") || !verb.isFiniteVerb()) {
      return -1;
    }
    Token name = s.tokens().get(at - 1);
    if (!isPersonName(name)) {
      return -1;
    }
    int start = name.index();
    while (start > 0 && s.tokens().get(start - 1).isProperNoun()) {
      start--; // the name with its titles ("Chief Justice")
    }
    return start > 0 && s.tokens().get(start - 1).word().equals(",") ? name.index() : -1;
  }

  /** Longest a phrase set off by commas between a name and its verb may be, in tokens. */
  private static final int PARENTHETICAL_TOKENS = 8;

  /**
   * The comma that opens the phrase which the comma at {@code closing} ends, when nothing but words,
   * at most {@code maxTokens} and no verb, lies between them ("…, at Monday's debate, …"); -1 otherwise.
   */
  private static int openingComma(Sentence s, int closing, int maxTokens) {
    for (int k = closing - 1; k >= 0 && k >= closing - maxTokens; k--) {
      Token t = s.tokens().get(k);
      if (t.word().equals(",")) {
        return k < closing - 1 ? k : -1;
      }
      if (t.pos().startsWith("V") || !Character.isLetterOrDigit(t.word().codePointAt(0)) && !t.pos().equals("POS")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "the ad shows footage of Jane Roe asking, '…'": a participle of saying right after a person's name,
   * with no subject of its own, is what that person does, wherever the parser hung it ("dep" on the
   * main verb, "acl" on the footage). Only a person: "a bill sent to the Senate asking for …" is no
   * report of the Senate's. -1 otherwise.
   */
  private static int personRightBeforeParticiple(Sentence s, Token verb) {
    boolean stranded = "dep".equals(verb.relation()) || "acl".equals(verb.relation());
    if (!verb.pos().equals("VBG") || !stranded || verb.index() == 0) {
      return -1;
    }
    Token name = s.tokens().get(verb.index() - 1);
    if (!isPersonName(name)) {
      return -1;
    }
    for (String r : SUBJECTS) {
      Token subject = s.child(verb.index(), r);
      // "footage of Jane Roe asking": the parser may make the phrase the name hangs on the participle's subject
      if (subject != null && !(subject.index() < name.index() && s.dominates(subject.index(), name.index()) && !subject.isProperNoun())) {
        return -1;
      }
    }
    return name.index();
  }

  /**
   * "Jane Roe, a former minister who is a critic of X, suggests that …": the parser lost the main verb,
   * made the name the sentence's root and hung the finite verb, with no subject, inside the apposition.
   * A person's or organisation's name as the root, before the verb, is its subject. -1 otherwise.
   */
  private static int nameAsRootBeforeVerb(Sentence s, Token verb) {
    if (!verb.isFiniteVerb() || verb.head() < 0 || hasSubject(s, verb)) {
      return -1;
    }
    for (Token t : s.tokens()) {
      if (t.head() < 0) {
        boolean named = isName(t);
        return named && t.index() < verb.index() && s.dominates(t.index(), verb.index()) ? t.index() : -1;
      }
    }
    return -1;
  }

  /**
   * "X waved away the reports about the Gulf of Aden and the Red Sea, saying …": a participle set off by a comma has no subject of its own, but the parser may give it the
   * last noun before the comma. Then the subject of the sentence's root verb, before the participle,
   * says it. Not an absolute phrase ("with an official saying …"), whose subject does speak. -1 otherwise.
   */
  private int rootSubjectOfMisreadParticiple(Sentence s, Token verb) {
    if (!verb.pos().equals("VBG") || verb.index() < 2 || !s.tokens().get(verb.index() - 1).word().equals(",")) {
      return -1;
    }
    Token parsed = s.child(verb.index(), "nsubj");
    if (parsed == null || parsed.index() > verb.index() || hasChild(s, parsed.index(), "case", "with")
        || hasChild(s, verb.index(), "mark", "with")) {
      return -1;
    }
    for (Token t : s.tokens()) {
      if (t.head() < 0 && t.index() < parsed.index() && t.isVerb()) {
        Token subject = s.child(t.index(), "nsubj");
        return subject != null && subject.index() < t.index() && Speakers.canSpeak(subject, lexicon) ? subject.index() : -1;
      }
    }
    return -1;
  }

  private static boolean hasChild(Sentence s, int head, String relation, String word) {
    for (Token child : s.children(head)) {
      if (child.relation().equals(relation) && child.word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /** How many links up a trailing participle looks for the clause whose subject it continues. */
  private static final int CONTROLLER_HOPS = 4;

  /**
   * "X lashed out at the critics, saying …" where the parser hung "saying" anywhere but on "lashed":
   * a participle set off by a comma continues the subject of the clause above it, before it, when
   * that subject can speak. -1 when none.
   */
  private int controllerOfTrailingParticiple(Sentence s, Token verb) {
    if (!verb.pos().equals("VBG") || verb.index() == 0 || !s.tokens().get(verb.index() - 1).word().equals(",")
        || lexicon.objectContentVerbs().contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return -1; // "discussing the matter", "suggesting the jet": a verb whose object is its content reports a topic
    }
    // the main clause's verb, before the participle ("X hit back …, saying"), not a clause between
    // ("said they should be examined, adding"), nor one after it ("X, speaking on …, said")
    Token current = verb;
    for (int hop = 0; hop < CONTROLLER_HOPS && current.head() >= 0; hop++) {
      current = s.tokens().get(current.head());
    }
    Token subject = current.head() < 0 && current.index() < verb.index() ? s.child(current.index(), "nsubj") : null;
    return subject != null && subject.index() < verb.index() && Speakers.canSpeak(subject, lexicon) ? subject.index() : -1;
  }

  /**
   * "Novak, speaking to the committee later, said …": the parser may make the name the
   * subject of the participle set off before the verb, and leave the verb without one. The
   * participle's subject, when it can speak, is the verb's.
   */
  private int subjectOfParticipleBefore(Sentence s, Token verb) {
    for (Token child : s.children(verb.index())) {
      String relation = CueFinder.baseRelation(child.relation());
      boolean participle = child.pos().equals("VBG") || child.pos().equals("VBN");
      if (child.index() > verb.index() || !participle || !(relation.equals("ccomp") || relation.equals("advcl")
          || relation.equals("dep"))) {
        continue;
      }
      Token subject = s.child(child.index(), "nsubj");
      if (subject != null && subject.index() < child.index() && Speakers.canSpeak(subject, lexicon)) {
        return subject.index();
      }
    }
    return -1;
  }

  /**
   * "A passionate defender of the channel, Mr. X likened …": the parser gives the verb two subjects,
   * the description set off by a comma and the name after it; the name is who speaks. {@code first}
   * otherwise.
   */
  private static Token namedSecondSubject(Sentence s, Token verb, Token first) {
    if (first.isProperNoun() || !"NN".equals(first.pos())) {
      return first; // "Some candidates — for instance, Sen. X — have called": a plural description is not the one name
    }
    for (Token child : s.children(verb.index())) {
      boolean later = child.index() > first.index() && child.index() < verb.index();
      if (later && child.relation().equals("nsubj") && isName(child)) {
        return hasCommaBetween(s, first.index(), child.index()) ? child : first;
      }
    }
    return first;
  }

  private static boolean hasCommaBetween(Sentence s, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (s.tokens().get(k).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** The conjunct's coordinator comes right after a comma (", and said"). */
  private static boolean closedBeforeConjunction(Sentence s, Token conjunct) {
    Token cc = s.child(conjunct.index(), "cc");
    return cc != null && cc.index() > 0 && s.tokens().get(cc.index() - 1).word().equals(",");
  }

  /**
   * The subject of the verb, or of the clause it depends on ("…, adding", "cited as saying"). A
   * subject that cannot speak ("the incident") lets the search go on up to one that can.
   */
  private int findSource(Sentence s, Token verb) {
    Token agent = agent(s, verb, lexicon);
    if (agent != null) {
      return agent.index(); // the by-phrase of a passive report speaks: "called a fraud by rival economists"
    }
    int first = -1;
    Token current = verb;
    for (int depth = 0; depth < 4 && current != null; depth++) {
      // ", insisting …" hung inside what another report says: the subject of the reported
      // clause ("said Norway does not sell arms, insisting …") is not who insists
      boolean reported = depth > 0 && isReportedClause(s, current);
      if (depth > 0 && isPlaceClause(s, current) && current.head() >= 0 && s.tokens().get(current.head()).head() >= 0) {
        // rule place-clause: "marched around the stadium, where the team played, while chanting …": the
        // parser hung the participle in the relative clause; whoever acts there does not chant, so the
        // search goes on from the verb the clause's noun belongs to
        current = s.tokens().get(s.tokens().get(current.head()).head());
        continue;
      }
      for (Token child : s.children(current.index())) {
        if (SUBJECTS.contains(child.relation()) && !reported) {
          boolean passive = child.relation().equals("nsubj:pass");
          if (!passive || lexicon.passiveSourceVerbs().contains(current.lemma().toLowerCase(Locale.ROOT))) {
            if (depth == 0 && isRelativePronoun(child)) {
              // relative-subject: "… endorses Trump, who says …" is Trump's report however the parser
              // hung the relative clause; the speaker stage resolves the pronoun to its antecedent
              return child.index();
            }
            if (Speakers.canSpeak(child, lexicon)) {
              return namedSecondSubject(s, current, child).index();
            }
            first = first < 0 ? child.index() : first;
          }
        }
      }
      boolean reportNoun = depth > 0 && lexicon.nouns().contains(current.lemma().toLowerCase(Locale.ROOT))
          && REPORT_NOUN_ROLES.contains(CueFinder.baseRelation(current.relation()));
      // "has offered few ideas aside from stating that …": a gerund after a preposition goes on with the clause's subject
      boolean prepositionalGerund = depth == 0 && current.pos().equals("VBG") && CueFinder.baseRelation(current.relation()).equals("obl")
          && s.child(current.index(), "case") != null;
      if ((!UPWARD.contains(CueFinder.baseRelation(current.relation())) && !reportNoun && !prepositionalGerund) || current.head() < 0) {
        return first;
      }
      Token up = s.tokens().get(current.head());
      if (current.relation().equals("conj") && up.relation().equals("acl:relcl") && closedBeforeConjunction(s, current)) {
        // rule closed-relative: "X supported Y during his time at Z, which let him go, and said …": the comma
        // closed the relative clause, so "said" goes on with the clause the relative clause's noun is in
        Token clause = s.tokens().get(up.head()); // the relative clause's noun, then up to the first verb
        while (!clause.isVerb() && clause.head() >= 0) {
          clause = s.tokens().get(clause.head());
        }
        up = clause.isVerb() ? clause : up;
      }
      current = up;
    }
    return first;
  }

  /** A relative clause opened by "where" or "when" ("the stadium, where the team played"). */
  private static boolean isPlaceClause(Sentence s, Token clause) {
    if (!clause.relation().equals("acl:relcl")) {
      return false;
    }
    for (Token child : s.children(clause.index())) {
      String w = child.word().toLowerCase(Locale.ROOT);
      if (child.pos().equals("WRB") && (w.equals("where") || w.equals("when"))) {
        return true;
      }
    }
    return false;
  }

  /** "who" opening a relative clause (WP); "which"/"that" (WDT) stand for things, whose report the clause above may relay. */
  static boolean isRelativePronoun(Token t) {
    return t.pos().equals("WP");
  }

  /** A clause that is what a reporting verb or noun reports ("said [Turkey buys …]", "claims [that …]"). */
  private boolean isReportedClause(Sentence s, Token clause) {
    String relation = CueFinder.baseRelation(clause.relation());
    if (!(relation.equals("ccomp") || relation.equals("acl")) || clause.head() < 0) {
      return false;
    }
    Token governor = s.tokens().get(clause.head());
    String lemma = governor.lemma().toLowerCase(Locale.ROOT);
    return (governor.isVerb() && lexicon.isReportingVerb(lemma)) || (governor.isNoun() && lexicon.nouns().contains(lemma));
  }

  /**
   * "“…,” said flood survivor Ann Roe.", "…, reported the agency.": with the reported clause before
   * the verb, the parser takes the speaker after it for an object. It is the speaker when it
   * ends the sentence.
   */
  private int subjectAfterVerb(Sentence s, Token verb) {
    Token clause = s.child(verb.index(), "ccomp");
    Token object = s.child(verb.index(), "obj");
    if (clause == null || object == null || clause.index() > verb.index() || object.index() < verb.index()) {
      return -1;
    }
    int[] range = s.subtreeRange(object.index());
    for (int k = range[1] + 1; k < s.tokens().size(); k++) {
      if (!CueFinder.isPunct(s.tokens().get(k))) {
        return -1;
      }
    }
    return Speakers.canSpeak(object, lexicon) ? object.index() : -1;
  }

  /** The by-phrase of a passive verb (basic dependencies label it obl, with case "by": agentPrepositions). */
  static Token agent(Sentence s, Token verb, ReportingLexicon lexicon) {
    boolean passive = s.child(verb.index(), "aux:pass") != null || s.child(verb.index(), "nsubj:pass") != null;
    for (Token child : s.children(verb.index())) {
      Token preposition = s.child(child.index(), "case");
      boolean byPhrase = preposition != null && lexicon.agentPrepositions().contains(preposition.word().toLowerCase(Locale.ROOT));
      if (child.relation().equals("obl:agent") || (passive && child.relation().equals("obl") && byPhrase)) {
        return child;
      }
    }
    return null;
  }
}
