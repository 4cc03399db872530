package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.ReportingLexicon;

/** Resolves the token that names a quote's source to a speaker. */
final class MentionResolver {
  private static final Set<String> PLACE_NER = PersonIndex.PLACE_NER;
  /** The rule of a speaker a headline's description gave ("…, Norwegian official says"). */
  static final String HEADLINE_DESCRIPTION = "headline-description";
  /** NER classes a capitalised modifier may have without naming anyone: "Senior", "Monday". */
  private static final Set<String> PLAIN_NER = Set.of("O", "DATE", "TIME", "TITLE", "NUMBER", "ORDINAL", "DURATION");
  private final ParsedText doc;
  private final PersonIndex persons;
  private final ReportingLexicon lexicon;
  private final Countries countries;
  private final KnownSpeakers known;
  /** Character spans of the article's quotes: a name inside one is not a discourse subject. */
  private final List<int[]> quoted = new ArrayList<>();
  /** The same for quotes in quote marks only (an indirect quote's span may hold its own frame). */
  private final List<int[]> inMarks = new ArrayList<>();

  MentionResolver(ParsedText doc, PersonIndex persons, ReportingLexicon lexicon, Countries countries, KnownSpeakers known) {
    this(doc, persons, lexicon, countries, known, List.of());
  }

  MentionResolver(ParsedText doc, PersonIndex persons, ReportingLexicon lexicon, Countries countries, KnownSpeakers known,
      List<org.quotestance.quote.QuoteSpan> quotes) {
    for (org.quotestance.quote.QuoteSpan q : quotes) {
      quoted.add(new int[] {q.start(), q.end()});
      if (q.kind() != org.quotestance.quote.QuoteSpan.Kind.INDIRECT) {
        inMarks.add(new int[] {q.start(), q.end()});
      }
    }
    this.doc = doc;
    this.persons = persons;
    this.lexicon = lexicon;
    this.countries = countries;
    this.known = known;
  }

  /**
   * @param previous the speaker of the latest quote with a known speaker, or null
   * @param previousAt where that quote's source sentence ends (char offset)
   */
  Speaker resolve(Sentence s, Token head, Speaker previous, int previousAt) {
    Speaker speaker = resolveMention(s, head, previous, previousAt);
    if (speaker.isKnown() || head.isPronoun() || lexicon.pronouns().contains(SpeakerResolver.lower(head.word()))) {
      return speaker;
    }
    PersonMention beside = nameBesideVerb(s, head);
    return beside == null ? speaker
        : new Speaker(persons.canonical(beside.name()), beside.name(), "").by("name-beside-cue");
  }

  /**
   * Rule {@code name-beside-cue}: the parser made a word that names no one the source ("None,"
   * said Daniel Roe, …", "Speaking for the party, deputy chairman Ali Demir slammed the motion,
   * saying …"): a person named right after the source's verb (an inverted report) or right before
   * it is the speaker. Null when neither is a person.
   */
  private PersonMention nameBesideVerb(Sentence s, Token head) {
    // only where the parse is plainly wrong: a word of the quote itself, or a participle, as the subject
    boolean misparsed = isQuoted(head.begin()) || head.pos().equals("VBG") || head.pos().equals("VBN");
    if (head.head() < 0 || !head.relation().startsWith("nsubj") || !misparsed) {
      return null;
    }
    Token verb = s.tokens().get(head.head());
    if (!verb.isVerb()) {
      return null;
    }
    PersonMention after = verb.index() + 1 < s.tokens().size() ? persons.at(s.index(), verb.index() + 1) : null;
    if (after != null && after.from() == verb.index() + 1) {
      return after;
    }
    PersonMention before = verb.index() > 0 ? persons.at(s.index(), verb.index() - 1) : null;
    return before != null && before.to() == verb.index() - 1 && before.from() > head.index() ? before : null;
  }

  private Speaker resolveMention(Sentence s, Token head, Speaker previous, int previousAt) {
    head = quotedSource(s, head);
    Token clauseSubject = head.isVerb() && head.relation().startsWith("csubj") ? s.child(head.index(), "nsubj") : null;
    if (clauseSubject != null) {
      head = clauseSubject; // the parser made "X claimed that …" the subject of a later "… and said": X speaks
    }
    Token antecedent = antecedent(s, head);
    if (antecedent != null && antecedent.relation().startsWith("appos") && antecedent.head() >= 0
        && persons.at(s.index(), antecedent.head()) != null) {
      antecedent = s.tokens().get(antecedent.head()); // "Dr. Ann Roe, a retired internist who has argued …": Roe
    }
    if (antecedent != null) {
      Speaker named = resolveMention(s, antecedent, previous, previousAt);
      return new Speaker(named.name(), head.word(), named.affiliation()).by("relative-antecedent"); // "another company that declared …"
    }
    head = outOfParentheses(s, head);
    head = nameBeforeApposition(s, head);
    head = nameAfterDescription(s, head);
    PersonMention person = personFor(s, head);
    if (person != null) {
      String mention = NounPhrases.isCoordinated(s, head) ? NounPhrases.of(s, head) : person.name();
      return new Speaker(persons.canonical(person.name()), mention, "").by(persons.namedByLeadingName(person.name()) ? "leading-name" : "cue-subject");
    }
    String word = SpeakerResolver.lower(head.word());
    if (word.equals("it")) {
      Speaker body = institutionAnaphor(s, head, null);
      if (body != null) {
        return body;
      }
    }
    if (head.isPronoun() || lexicon.pronouns().contains(word)) {
      return pronoun(head, previous, previousAt);
    }
    Speaker headline = s.paragraph() == 0 ? headlineDescription(s, head) : null;
    if (headline != null) {
      return headline;
    }
    if (PLACE_NER.contains(head.ner())) {
      String country = place(head.word());
      if (country != null && !hasNounModifiers(s, head)) {
        return new Speaker(country, head.word(), country).by("place");
      }
      String whole = placeName(s, head); // "the United States", "New Zealand": a name of several words
      String named = whole == null ? null : place(whole);
      if (named != null) {
        return new Speaker(named, whole, named).by("place");
      }
    }
    if (Affiliations.get().isCampaignWord(word)) {
      // "Clinton's team says …" in an article that names "the Clinton campaign": that campaign
      String campaign = possessedCampaign(s, head);
      if (campaign.isEmpty() && isBareThe(s, head)) {
        campaign = campaignInContext(s, head);
      }
      if (!campaign.isEmpty()) {
        return new Speaker(campaign, NounPhrases.of(s, head), campaign).by("campaign-of");
      }
    }
    Speaker author = possessedWork(s, head, word, previous, previousAt);
    if (author != null) {
      return author;
    }
    if (lexicon.institutionHeads().contains(word) || head.ner().equals("ORGANIZATION")) {
      Speaker body = institution(s, head);
      Speaker named = !body.isKnown() && isBareThe(s, head) ? institutionAnaphor(s, head, SpeakerResolver.lower(head.lemma())) : null;
      Speaker owned = !body.isKnown() && named == null ? possessedInstitution(s, head, previous, previousAt) : null;
      return named != null ? named : owned != null ? owned : body.by("institution");
    }
    if (lexicon.descriptionHeads().contains(word) || Affiliations.get().isRole(word) && isDefinite(s, head)) {
      Speaker described = description(s, head);
      if (described != null) {
        return described.rule().isEmpty() ? described.by("title-description") : described;
      }
    }
    Speaker anaphor = definiteDescription(s, head, previous);
    if (anaphor == null) {
      anaphor = partyDescription(s, head, previous, previousAt);
      if (anaphor != null) {
        return anaphor;
      }
    }
    if (anaphor != null) {
      return anaphor.by("definite-description");
    }
    Speaker same = sameDescription(s, head, previous);
    if (same != null) {
      return same;
    }
    Speaker earlier = describedBefore(s, head);
    if (earlier != null) {
      return earlier;
    }
    Speaker voice = unnamedVoice(s, head, previous, previousAt);
    if (voice != null) {
      return voice;
    }
    String people = peopleOf(s, head);
    return people != null ? new Speaker(people, NounPhrases.of(s, head), people).by("place") : unnamed(s, head);
  }

  /**
   * "The Russians say …": a country's people as a bare plural demonym speak, in news text, for its
   * government. The country, or null.
   */
  private String peopleOf(Sentence s, Token head) {
    String word = head.word();
    if (!Character.isUpperCase(word.codePointAt(0)) || !word.endsWith("s") || !isBareThe(s, head)) {
      return null;
    }
    // the singular first: "Americans" is listed under "America", "American" means the United States
    String country = countries.countryOf(word.substring(0, word.length() - 1));
    return country != null ? country : countries.countryOf(word);
  }

  /**
   * Rule {@code unnamed-voice}: "Roe's team says …. The campaign also plans …, a spokesman said":
   * an unnamed body's voice ({@code body-role} in affiliations.tsv, with only an article before it)
   * right after an institution's or a country's quote in the same paragraph speaks for that body.
   * A person's quote before it leaves the voice unknown: a person has no spokesman of the paragraph.
   */
  private Speaker unnamedVoice(Sentence s, Token head, Speaker previous, int previousAt) {
    if (previous == null || !previous.isKnown() || persons.isPerson(previous.name())
        || !Affiliations.get().isBodyRole(SpeakerResolver.lower(head.word()))) {
      return null;
    }
    for (Token child : s.children(head.index())) {
      Token det = child.relation().equals("det") ? child : null;
      if (det == null || !(det.word().equalsIgnoreCase("a") || det.word().equalsIgnoreCase("an"))) {
        return null; // "a Kremlin spokesman", "a spokesman for the ministry": the words say whose
      }
    }
    Sentence before = previousAt > 0 ? doc.sentenceAt(previousAt - 1) : null;
    if (before == null || previousAt > before.end() || before.paragraph() != s.paragraph()) {
      return null;
    }
    return new Speaker(previous.name(), NounPhrases.of(s, head), previous.affiliation()).by("unnamed-voice");
  }

  /**
   * Rule {@code possessed-work}: "According to her account, …", "his memoir says …": a written work
   * ({@code work-word} in affiliations.tsv) with a possessor before it speaks for that possessor;
   * the mention stays the whole phrase. A possessor that resolves to no one leaves it to the other rules.
   */
  private Speaker possessedWork(Sentence s, Token head, String word, Speaker previous, int previousAt) {
    boolean body = Affiliations.get().isBodyPart(word);
    if (!Affiliations.get().isWorkWord(word) && !body) {
      return null;
    }
    Token owner = s.child(head.index(), "nmod:poss");
    if (owner == null && !body) {
      owner = namedCompound(s, head); // "the Acme Institute report", "a Roe tweet": the name before the work made it
    }
    if (body) {
      // body-possessor: "saying his left knee was sore": he speaks, never the knee
      Speaker named = owner == null || owner.index() > head.index() ? null
          : owner.pos().startsWith("PRP") ? pronoun(owner, previous, previousAt) : resolveMention(s, owner, previous, previousAt);
      return named != null && named.isKnown()
          ? new Speaker(named.name(), NounPhrases.of(s, head), named.affiliation()).by("body-possessor")
          : Speaker.unknown(NounPhrases.of(s, head)).by("unnamed");
    }
    Speaker maker = owner == null || owner.index() > head.index() ? maker(s, head, previous, previousAt) : null;
    if (maker != null) {
      return maker;
    }
    if (owner == null || owner.index() > head.index()) {
      Token det = s.child(head.index(), "det");
      return det != null && det.word().equalsIgnoreCase("the") ? author(s, head) : null;
    }
    Speaker named = owner.pos().startsWith("PRP") ? pronoun(owner, previous, previousAt) : resolveMention(s, owner, previous, previousAt);
    return named.isKnown() ? new Speaker(named.name(), NounPhrases.of(s, head), named.affiliation()).by("possessed-work") : null;
  }

  /**
   * "Even Brazil, its neighbour's only ally, said …": the parser took the name for an adverbial and the
   * apposition between commas for the subject. A common noun whose phrase stands between two commas
   * right after a name with no preposition of its own is that name's apposition: the name speaks.
   */
  private static Token nameBeforeApposition(Sentence s, Token head) {
    if (!head.isNoun() || head.isProperNoun()) {
      return head;
    }
    int[] range = s.subtreeRange(head.index());
    List<Token> tokens = s.tokens();
    if (range[0] < 2 || range[1] + 1 >= tokens.size() || !tokens.get(range[0] - 1).word().equals(",")
        || !tokens.get(range[1] + 1).word().equals(",")) {
      return head;
    }
    Token name = tokens.get(range[0] - 2);
    boolean named = name.isProperNoun() && !"O".equals(name.ner()) && s.child(name.index(), "case") == null
        && name.head() == head.head();
    return named ? name : head;
  }

  /**
   * "Norway's largest refiner Nordoil said", "Ruritania's leading opposition Acme Party (AP) called for …": the parser
   * made the description the subject and hung the name right after it on it (an apposition or a
   * dependent). The name speaks; the description only says what it is. Only a name of someone
   * ({@link #namesSomeone}), starting right after the description or its comma.
   */
  static Token nameAfterDescription(Sentence s, Token head) {
    if (!head.pos().equals("NN") && !head.pos().equals("NNS")) {
      return head;
    }
    for (Token child : s.children(head.index())) {
      boolean attached = child.relation().equals("appos") || child.relation().equals("dep");
      if (!attached || child.index() <= head.index() || !child.isProperNoun() || !namesSomeone(s, child)) {
        continue;
      }
      int start = s.subtreeRange(child.index())[0];
      if (start == head.index() + 1 || start == head.index() + 2 && s.tokens().get(head.index() + 1).word().equals(",")) {
        return child;
      }
    }
    Token titled = secondTitleOfName(s, head);
    return titled != null ? titled : head;
  }

  /**
   * "Norwegian engineer and harbour consultant Ann Roe said": a bare role, "and", and a second role before
   * a name are two titles of that one person, whom the parser coordinates with the first role. Null
   * otherwise ("the minister and Ann Roe" are two people).
   */
  private static Token secondTitleOfName(Sentence s, Token head) {
    if (s.child(head.index(), "det") != null || s.child(head.index(), "nmod:poss") != null
        || head.index() + 1 >= s.tokens().size() || !s.tokens().get(head.index() + 1).word().equalsIgnoreCase("and")) {
      return null;
    }
    for (Token child : s.children(head.index())) {
      int start = s.subtreeRange(child.index())[0]; // with or without the "and", which the parser may hang on either
      if (!child.relation().equals("conj") || !PersonIndex.isPerson(child) || start != head.index() + 1 && start != head.index() + 2) {
        continue;
      }
      for (int k = head.index() + 2; k < child.index(); k++) {
        Token t = s.tokens().get(k);
        if ("TITLE".equals(t.ner()) && t.head() == child.index()) {
          return child;
        }
      }
    }
    return null;
  }

  /**
   * NER tags the name a person or an organisation, or its phrase holds an organisation's tag (an
   * abbreviation in parentheses, "X Party (XP)", where a curly apostrophe kept NER off the name).
   */
  private static boolean namesSomeone(Sentence s, Token name) {
    if (isNamed(name)) {
      return true;
    }
    int[] range = s.subtreeRange(name.index());
    for (int k = range[0]; k <= range[1]; k++) {
      if ("ORGANIZATION".equals(s.tokens().get(k).ner())) {
        return true;
      }
    }
    return false;
  }

  /** NER tags the word a person's or an organisation's name. */
  private static boolean isNamed(Token t) {
    return "PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner());
  }

  /** A person's or an organisation's name compounded before {@code head}, its last word; null if none. */
  private static Token namedCompound(Sentence s, Token head) {
    Token named = null;
    for (Token child : s.children(head.index())) {
      if (child.index() < head.index() && child.relation().equals("compound") && child.isProperNoun() && isNamed(child)) {
        named = child;
      }
    }
    return named;
  }

  /**
   * "according to a speech Roe delivered in July", "a letter she wrote": the subject of the work's
   * own relative clause made it; null when there is none, it is a relative pronoun, or it names no one.
   */
  private Speaker maker(Sentence s, Token head, Speaker previous, int previousAt) {
    // the parser hangs a relative clause without "that" on the noun as acl:relcl, or as a bare dep
    Token clause = s.children(head.index()).stream()
        .filter(t -> t.index() > head.index() && t.isVerb() && (t.relation().equals("acl:relcl") || t.relation().equals("dep")))
        .findFirst().orElse(null);
    Token subject = clause == null ? null : s.child(clause.index(), "nsubj");
    if (subject == null || subject.pos().startsWith("W") || subject.index() < head.index()) {
      return null;
    }
    Speaker named = subject.pos().startsWith("PRP") ? pronoun(subject, previous, previousAt)
        : resolveMention(s, subject, previous, previousAt);
    return named != null && named.isKnown()
        ? new Speaker(named.name(), NounPhrases.of(s, head), named.affiliation()).by("possessed-work") : null;
  }

  /**
   * "Roe wrote a memoir about her time in office. … '…,' the book said.": the named subject of the
   * latest sentence within {@link #AUTHOR_SENTENCES} sentences before whose verb takes a written
   * work as its object; null when there is none or the subject names no one.
   */
  private Speaker author(Sentence s, Token head) {
    for (int i = s.index() - 1; i >= 0 && i >= s.index() - AUTHOR_SENTENCES; i--) {
      Sentence earlier = doc.sentences().get(i);
      for (Token work : earlier.tokens()) {
        if (!Affiliations.get().isWorkWord(SpeakerResolver.lower(work.word())) || work.head() < 0) {
          continue;
        }
        // "released a letter from Dr. Ann Roe": the work's own "from"/"by" names its author first
        PersonMention writer = null;
        List<Token> phrases = new ArrayList<>(earlier.children(work.index()));
        if (work.relation().equals("obj")) {
          // the parser often hangs the "from" phrase on the verb: "released a letter [from Dr. Roe]"
          earlier.children(work.head()).stream().filter(t -> t.index() > work.index()).forEach(phrases::add);
        }
        for (Token from : phrases) {
          Token preposition = earlier.child(from.index(), "case");
          boolean authorPhrase = (from.relation().startsWith("nmod") || from.relation().startsWith("obl")) && preposition != null
              && (preposition.word().equalsIgnoreCase("from") || preposition.word().equalsIgnoreCase("by"));
          writer = writer == null && authorPhrase ? persons.at(earlier.index(), from.index()) : writer;
        }
        // "Roe wrote a memoir", and, for the same kind of work, "Roe said in a written statement"
        boolean sameWork = SpeakerResolver.lower(work.lemma()).equals(SpeakerResolver.lower(head.lemma()));
        boolean taken = work.relation().equals("obj") || sameWork && work.relation().startsWith("obl");
        Token subject = writer == null && taken ? earlier.child(work.head(), "nsubj") : null;
        writer = writer != null ? writer : subject == null ? null : persons.at(earlier.index(), subject.index());
        Token named = subject == null || writer != null ? null : earlier.child(subject.index(), "appos");
        writer = named == null ? writer : persons.at(earlier.index(), named.index()); // "her physician, Dr. Roe, said in a statement"
        if (writer != null) {
          return new Speaker(persons.canonical(writer.name()), NounPhrases.of(s, head), "").by("possessed-work");
        }
        if (subject != null && sameWork && !subject.isPronoun()) {
          // "the harbour board said in a statement …": a body that speaks in the same kind of work
          Speaker body = resolveMention(earlier, subject, null, 0);
          if (body.isKnown() && !persons.isPerson(body.name())) {
            return new Speaker(body.name(), NounPhrases.of(s, head), body.affiliation()).by("possessed-work");
          }
        }
      }
    }
    return null;
  }

  private static final int AUTHOR_SENTENCES = 6;

  /** A sub-national place in a definite role ("the Indiana governor"); a country's word goes to definite-description. */
  private static final Set<String> DESCRIPTION_PLACE_NER = Set.of("STATE_OR_PROVINCE", "CITY", "LOCATION");

  /**
   * Rule {@code party-description}: "Donald Roe struck a softer tone. In a radio interview, the
   * Republican nominee said …": a definite role whose only capitalised word is a party's ("the
   * Republican nominee", "the Democratic presidential candidate") and which no titled person matches is the
   * person the narrative is about (the named main-clause subject of the sentences since the
   * previous cue, as for discourse-subject, else the previous quote's named speaker when no one else was
   * named since, else the one person named shortly before whom the role fits), unless the article gives
   * that person another party or another role. Rule
   * {@code place-description}: the same for a role whose only capitalised word is a sub-national place
   * ("the Indiana governor"), where the previous quote's speaker needs only that no other named person
   * is a main clause's subject since.
   */
  private Speaker partyDescription(Sentence s, Token head, Speaker previous, int previousAt) {
    Token det = s.child(head.index(), "det");
    // "The Republican is also urging …": a party's name for its member, alone, is the role
    String member = head.pos().startsWith("NN") && !head.pos().endsWith("S") && isBareThe(s, head)
        ? Affiliations.get().partyOf(head.word()) : null;
    if (member == null && (!head.pos().equals("NN") || det == null || !det.word().equalsIgnoreCase("the")
        || !lexicon.descriptionHeads().contains(SpeakerResolver.lower(head.word())))) {
      return null;
    }
    String party = member;
    boolean placed = false;
    for (Token child : member != null ? List.<Token>of() : s.children(head.index())) {
      if (child.index() > head.index() || child == det || child.relation().equals("punct")) {
        continue;
      }
      String p = Affiliations.get().partyOf(child.word());
      if (p == null && Character.isLowerCase(child.word().codePointAt(0)) && !child.isProperNoun()) {
        continue; // a lower-case qualifier of the role: "the Republican vice presidential nominee"
      }
      if (p == null && party == null && !placed && child.isProperNoun() && DESCRIPTION_PLACE_NER.contains(child.ner())
          && countries.countryOf(SpeakerResolver.lower(child.word())) == null) {
        placed = true; // rule place-description: "the Indiana governor", "the New York businessman"
        continue;
      }
      if (p == null || party != null) {
        return null;
      }
      party = p;
    }
    if (party == null && !placed) {
      return null;
    }
    PersonMention subject = discourseSubject(head, previousAt, null);
    String name;
    if (subject != null) {
      name = persons.canonical(subject.name());
    } else if (previous != null && persons.isPerson(previous.name()) && !(party == null
        ? otherSubjectBetween(previous.name(), previousAt, head)
        : persons.otherNamedBetween(persons.canonical(previous.name()), previousAt, head.begin()))) {
      name = previous.name(); // "Ann Roe says … \n The Republican nominee said …": the last quote's speaker
    } else {
      name = onlyFittingPersonBefore(s, head, party);
      if (name == null) {
        return null;
      }
    }
    List<String> roles = persons.roleDescriptorsOf(persons.canonical(name));
    if (member == null && !roles.isEmpty() && !roles.contains(SpeakerResolver.lower(head.word()))) {
      return null; // "Justice X" is not "the GOP nominee": the article gives the person another role
    }
    String theirs = persons.affiliationOf(name);
    if (party == null) {
      return new Speaker(name, NounPhrases.of(s, head), theirs).by("place-description");
    }
    return theirs.isEmpty() || theirs.equals(party)
        ? new Speaker(name, NounPhrases.of(s, head), party).by("party-description") : null;
  }

  /** How many paragraphs back (headings not counted) a role may stand from the only person named before it. */
  private static final int RECENT_PARAGRAPHS = 2;

  /**
   * "… a fault in Ann Roe's headset. \n The GOP nominee blamed his staff for it": the one person
   * named in this paragraph or the {@value #RECENT_PARAGRAPHS} before it, up to the role, that the role
   * fits (the article gives them no other party and no other role, and a his or her after the role,
   * outside quote marks, fits their sex), or of several the one named at least twice as often as each
   * other; null otherwise.
   */
  private String onlyFittingPersonBefore(Sentence s, Token head, String party) {
    int from = head.begin();
    for (Sentence earlier : doc.sentences()) {
      if (earlier.index() <= s.index() && paragraphsBetween(earlier.paragraph(), s.paragraph()) <= RECENT_PARAGRAPHS) {
        from = Math.min(from, earlier.begin());
      }
    }
    String gender = null;
    for (Token t : s.tokens().subList(head.index() + 1, s.tokens().size())) {
      if (t.pos().equals("``") || t.pos().equals("''")) {
        break; // a pronoun inside quote marks is the quoted speaker's, not the narrator's
      }
      if (t.pos().startsWith("PRP") && NameGenders.ofPronoun(t.word()) != null) {
        gender = NameGenders.ofPronoun(t.word());
        break;
      }
    }
    if (gender == null && head.relation().startsWith("nsubj") && head.head() >= 0 && s.tokens().get(head.head()).relation().equals("root")) {
      gender = nextSentencePronoun(s); // "The GOP nominee argued …. His ex-wife agreed": the next sentence goes on about the subject
    }
    List<String> fitting = new ArrayList<>();
    for (String name : persons.namedIn(from, head.begin())) {
      String theirs = persons.affiliationOf(name);
      List<String> roles = persons.roleDescriptorsOf(name);
      if (party != null && Affiliations.get().isPartyName(theirs) && !theirs.equals(party)
          || !roles.isEmpty() && !roles.contains(SpeakerResolver.lower(head.word())) || !fits(name, gender)) {
        continue;
      }
      fitting.add(name);
    }
    // several fit: the one the article is about, named at least twice as often as each other, else
    // the one the headline is about (its main clause's subject)
    fitting.sort(java.util.Comparator.comparingLong(persons::timesNamed).reversed());
    if (fitting.size() > 1 && persons.timesNamed(fitting.get(0)) < 2 * persons.timesNamed(fitting.get(1))) {
      String headlined = headlineSubject();
      return fitting.contains(headlined) ? headlined : null;
    }
    return fitting.isEmpty() ? null : fitting.get(0);
  }

  /**
   * The sex of a he/she/his/her that opens the sentence after {@code s} (its first word), outside
   * quote marks, when that sentence is in the same or the next paragraph; null otherwise.
   */
  private String nextSentencePronoun(Sentence s) {
    if (s.index() + 1 >= doc.sentences().size()) {
      return null;
    }
    Sentence next = doc.sentences().get(s.index() + 1);
    Token first = next.tokens().isEmpty() ? null : next.tokens().get(0);
    boolean near = next.paragraph() - s.paragraph() <= 1;
    return near && first != null && first.pos().startsWith("PRP") && !isQuoted(first.begin()) ? NameGenders.ofPronoun(first.word()) : null;
  }

  /** The person who is the main clause's subject of the headline (the first paragraph), or null. */
  private String headlineSubject() {
    for (Sentence first : doc.sentences()) {
      if (first.paragraph() > 0) {
        return null;
      }
      for (Token subject : mainSubjects(first)) {
        PersonMention m = isQuoted(subject.begin()) ? null : personFor(first, subject);
        if (m != null) {
          return persons.canonical(m.name());
        }
      }
    }
    return null;
  }

  /** The campaign of the person who owns this campaign word ("Clinton's team", "Trump's campaign"), or "". */
  private String possessedCampaign(Sentence s, Token head) {
    for (Token owner : s.children(head.index())) {
      PersonMention candidate = owner.index() < head.index() ? persons.at(s.index(), owner.index()) : null;
      String campaign = candidate == null ? "" : persons.campaignOf(persons.canonical(candidate.name()));
      if (!campaign.isEmpty() && candidate.possessor().isEmpty()) {
        return campaign;
      }
    }
    return "";
  }

  /** How many paragraphs back (headings not counted) a bare "the campaign" looks for whose it is. */
  private static final int CAMPAIGN_PARAGRAPHS = 3;

  /**
   * A bare "the campaign": the nearest campaign before it that a person owns ("a new ad from Roe's
   * campaign … ¶ The campaign says"), or the campaign of the nearest named main-clause subject ("Ann Roe
   * plans a speech. ¶ The campaign says"), within {@value #CAMPAIGN_PARAGRAPHS} paragraphs; "" when neither.
   */
  private String campaignInContext(Sentence s, Token head) {
    for (int index = s.index(); index >= 0; index--) {
      Sentence before = doc.sentences().get(index);
      if (paragraphsBetween(before.paragraph(), s.paragraph()) > CAMPAIGN_PARAGRAPHS) {
        return "";
      }
      for (int k = (index == s.index() ? head.index() : before.tokens().size()) - 1; k >= 0; k--) {
        Token t = before.tokens().get(k);
        String owned = Affiliations.get().isCampaignWord(SpeakerResolver.lower(t.word())) ? possessedCampaign(before, t) : "";
        if (!owned.isEmpty()) {
          return owned;
        }
      }
      if (index == s.index()) {
        continue;
      }
      for (Token subject : mainSubjects(before)) {
        PersonMention m = isQuoted(subject.begin()) ? null : personFor(before, subject);
        String theirs = m == null ? "" : persons.campaignOf(persons.canonical(m.name()));
        if (!theirs.isEmpty()) {
          return theirs;
        }
      }
    }
    return "";
  }

  /**
   * A speaker the article does not name stays unknown, but a nationality or country in the
   * description says whom they speak for: "Russian generals", "America's envoy" → that country.
   */
  private Speaker unnamed(Sentence s, Token head) {
    String mention = NounPhrases.of(s, head);
    String members = head.pos().endsWith("S") && s.children(head.index()).isEmpty() ? Affiliations.get().partyOf(head.word()) : null;
    if (members != null) {
      // rule party-group: "Democrats also said …": the party's members as a group speak for it
      return new Speaker(head.word(), mention, members).by("party-group");
    }
    String country = null;
    for (Token child : s.children(head.index())) {
      boolean modifier = child.relation().startsWith("amod") || child.relation().startsWith("compound")
          || child.relation().startsWith("nmod:poss");
      country = modifier && child.index() < head.index() && Character.isUpperCase(child.word().codePointAt(0))
          ? Affiliations.get().countryOf(child.word()) : null;
      if (country != null) {
        break;
      }
    }
    country = country != null ? country : placeOfOffice(s, head);
    String described = qualifiedDescription(s, head);
    if (described != null) {
      return new Speaker(described, mention, country != null ? country : describedAffiliation(s, head)).by("qualified-description");
    }
    if (country == null && isQuantifiedGroup(s, head)) {
      for (Token child : s.children(head.index())) {
        String party = child.index() < head.index() ? Affiliations.get().partyOf(child.word()) : null;
        country = party != null ? party : country; // "several Democratic strategists" speak for their party
      }
      String side = country == null ? describedAffiliation(s, head) : "";
      country = side.isEmpty() ? country : side; // "several former Kremlin aides"
    }
    return (country != null ? new Speaker(Speaker.UNKNOWN, mention, country) : Speaker.unknown(mention)).by("unnamed");
  }

  /**
   * Rule {@code place-of-office} for a description: "Vermont's tax commissioner", "the Ohio state
   * attorney general": a city or state modifying a state role is the government it speaks for;
   * null when there is none, or the office is past ("former").
   */
  private static String placeOfOffice(Sentence s, Token head) {
    Affiliations affiliations = Affiliations.get();
    Token before = head.index() > 0 ? s.tokens().get(head.index() - 1) : null;
    boolean stateRole = affiliations.isStateRole(head.lemma())
        || before != null && affiliations.isStateRole(before.word() + " " + head.word());
    if (!stateRole || s.children(head.index()).stream().anyMatch(c -> affiliations.isPastWord(c.word()))) {
      return null;
    }
    for (Token child : s.children(head.index())) {
      boolean modifier = child.relation().startsWith("compound") || child.relation().startsWith("nmod:poss");
      if (!modifier || child.index() > head.index() || !PersonIndex.PLACE_OF_OFFICE_NER.contains(child.ner())) {
        continue;
      }
      int first = child.index();
      while (first > 0 && s.tokens().get(first - 1).ner().equals(child.ner())) {
        first--;
      }
      int last = child.index();
      while (last + 1 < head.index() && s.tokens().get(last + 1).ner().equals(child.ner())) {
        last++;
      }
      StringBuilder place = new StringBuilder();
      for (int k = first; k <= last; k++) {
        place.append(k > first ? " " : "").append(s.tokens().get(k).word());
      }
      return PersonIndex.officeGovernment(place.toString());
    }
    return null;
  }

  /**
   * Rule {@code qualified-description}: a speaker the article never names but singles out by a
   * proper name, nationality or possessor ("senior Labour aides", "Russia's deputy defence
   * minister", "Cameron's official spokesman") is that description, as the stance guidelines ask;
   * a bare "officials" or "a spokesman" picks out no one and stays unknown, and so do anonymous
   * heads ("Turkish sources"). The description runs from its first modifier to the head.
   */
  private static final Set<String> FUNCTION_WORDS = Set.of("case", "fixed", "mark");

  private String qualifiedDescription(Sentence s, Token head) {
    if (!head.isNoun() || head.isProperNoun() || lexicon.anonymousHeads().contains(SpeakerResolver.lower(head.lemma()))
        || isQuantifiedGroup(s, head)) {
      return null;
    }
    int from = head.index();
    boolean qualified = false;
    for (int k = head.index() - 1; k >= 0 && s.dominates(head.index(), k); k--) {
      Token t = s.tokens().get(k);
      if (t.relation().equals("det") || t.relation().equals("punct") || t.pos().equals("PRP$") || t.pos().equals("CD")
          || FUNCTION_WORDS.contains(t.relation()) && !t.pos().equals("POS")) {
        break; // "according to | American officials": the preposition is not part of who they are
      }
      boolean proper = t.isProperNoun() || (Character.isUpperCase(t.word().codePointAt(0)) && !PLAIN_NER.contains(t.ner()))
          || (Character.isUpperCase(t.word().codePointAt(0)) && k > 0);
      qualified |= proper && !t.pos().equals("POS");
      from = k;
    }
    // "a senior customs official" with "official" tagged an adjective after "customs": the role ends the description
    Token after = head.index() + 1 < s.tokens().size() ? s.tokens().get(head.index() + 1) : null;
    boolean trailingRole = after != null && after.head() == head.index() && after.relation().startsWith("amod")
        && isPersonWord(SpeakerResolver.lower(after.word()));
    // "a new Roe-Lee poll", "a recent Reuters survey": a thing's name starts at its first capital
    while (qualified && from < head.index() && !isPersonWord(SpeakerResolver.lower(head.lemma()))
        && s.tokens().get(from).pos().startsWith("JJ") && Character.isLowerCase(s.tokens().get(from).word().codePointAt(0))) {
      from++;
    }
    return qualified ? SpeakerResolver.text(s, from, trailingRole ? after.index() : head.index()) : null;
  }

  /**
   * Rule {@code described-before}: "a new Roe-Lee poll found … The poll also showed …": a bare "the"
   * and a noun that is no person's role or title is the latest thing of that noun the article introduced
   * before, without "the", by a name ({@code qualified-description}), with its affiliation.
   */
  private Speaker describedBefore(Sentence s, Token head) {
    String lemma = SpeakerResolver.lower(head.lemma());
    if (!isBareThe(s, head) || !head.isNoun() || head.isProperNoun()
        || isPersonWord(lemma) || "TITLE".equals(head.ner()) || lexicon.anonymousHeads().contains(lemma)) {
      return null;
    }
    for (int index = s.index(); index >= 0; index--) {
      Sentence before = doc.sentences().get(index);
      for (int k = (index == s.index() ? head.index() : before.tokens().size()) - 1; k >= 0; k--) {
        Token t = before.tokens().get(k);
        if (!t.pos().equals(head.pos()) || !SpeakerResolver.lower(t.lemma()).equals(lemma) || "TITLE".equals(t.ner())
            || titlesAName(before, t) || hasThe(before, t)
            || qualifiedDescription(before, t) == null) {
          // "the campaigns" are not the one campaign; "actress Ann Roe" is Ann Roe's title; "the Lindholm
          // judge" is someone known already, not a thing the article introduces
          continue;
        }
        Speaker named = unnamed(before, t);
        return new Speaker(named.name(), NounPhrases.of(s, head), named.affiliation()).by("described-before");
      }
    }
    return null;
  }

  /** The noun has "the" as its determiner. */
  private static boolean hasThe(Sentence s, Token noun) {
    Token det = s.child(noun.index(), "det");
    return det != null && det.word().equalsIgnoreCase("the");
  }

  /** "the" and the noun alone: "the ministry", not "the Norwegian ministry". */
  private static boolean isBareThe(Sentence s, Token noun) {
    return hasThe(s, noun) && bareDefinite(s, noun);
  }

  /** The noun is a title of a person's name: right before it, or the name hangs on it ("the actress, Ann Roe,"). */
  private static boolean titlesAName(Sentence s, Token noun) {
    int next = noun.index() + 1;
    if (next < s.tokens().size() && PersonIndex.isPerson(s.tokens().get(next))) {
      return true;
    }
    return s.children(noun.index()).stream().anyMatch(PersonIndex::isPerson)
        || noun.head() >= 0 && PersonIndex.isPerson(s.tokens().get(noun.head()));
  }

  /** A noun that names a person by role ("spokesman", "governor"), which a description of a thing is not. */
  private boolean isPersonWord(String lemma) {
    return lexicon.descriptionHeads().contains(lemma) || Affiliations.get().isRole(lemma);
  }

  /**
   * Rule {@code unnamed} for groups: "several Democratic strategists", "two senior aides", "some
   * officials" count people without singling anyone out (a {@code quantifier} of affiliations.tsv or
   * a number before a plural head): the speaker is unknown, though the description may say whose
   * side they are on.
   */
  private static boolean isQuantifiedGroup(Sentence s, Token head) {
    if (!head.pos().equals("NNS")) {
      return false;
    }
    for (Token child : s.children(head.index())) {
      boolean quantifier = child.pos().equals("CD") || Affiliations.get().isQuantifier(child.word());
      if (child.index() < head.index() && quantifier) {
        return true;
      }
    }
    return false;
  }

  /** "Labour aides" speak for Labour; "Cameron's spokesman" for whom Cameron speaks for. */
  private String describedAffiliation(Sentence s, Token head) {
    for (Token child : s.children(head.index())) {
      if (child.index() > head.index()) {
        continue;
      }
      PersonMention owner = child.relation().startsWith("nmod:poss") ? persons.at(s.index(), child.index()) : null;
      if (owner != null) {
        return persons.affiliationOf(persons.canonical(owner.name()));
      }
      if (child.relation().startsWith("compound") && child.ner().equals("ORGANIZATION")) {
        // the organisation's whole name ("Democratic National Committee"), not its last word
        int from = child.index();
        while (from > 0 && s.tokens().get(from - 1).isProperNoun() && s.dominates(child.index(), from - 1)) {
          from--;
        }
        String organisation = SpeakerResolver.text(s, from, child.index());
        String party = Affiliations.get().partyOf(organisation);
        return party != null ? party : Affiliations.get().expandAlias(organisation); // "Labour aides": the Labour Party
      }
    }
    return "";
  }

  /**
   * "[Outlet] quoted [person] as saying …": the one quoted speaks, not the outlet that reports it.
   * The cue is "saying"; the parser makes the outlet its subject through "quoted".
   */
  private static Token quotedSource(Sentence s, Token head) {
    if (!head.relation().startsWith("nsubj") || head.head() < 0) {
      return head;
    }
    Token verb = s.tokens().get(head.head());
    Token object = verb.lemma().equalsIgnoreCase("quote") ? s.child(verb.index(), "obj") : null;
    return object != null && object.isNoun() ? object : head;
  }

  /**
   * A place the parser made the source although a person's name stands right before the cue:
   * "About why Norway does not close its port, Per Olsen said that …". A country does not
   * speak through a verb it is not the subject of; the name next to the cue does.
   */
  Token personBeforeCue(Sentence s, Token source, String cueLemma) {
    if (!PLACE_NER.contains(source.ner()) || cueLemma == null) {
      return source;
    }
    boolean subjectOfCue = source.head() >= 0 && s.tokens().get(source.head()).lemma().equalsIgnoreCase(cueLemma);
    if (subjectOfCue) {
      return source;
    }
    for (Token t : s.tokens()) {
      boolean cue = t.index() > 0 && t.isVerb() && t.lemma().equalsIgnoreCase(cueLemma);
      PersonMention before = cue ? persons.at(s.index(), t.index() - 1) : null;
      if (before != null && before.to() == t.index() - 1) {
        return s.tokens().get(before.to());
      }
    }
    return source;
  }

  /** The noun a relative pronoun stands for: "Mr. Obama, who sent a letter" → Obama; or null. */
  private static Token antecedent(Sentence s, Token head) {
    boolean relative = head.pos().equals("WP") || head.pos().equals("WDT");
    if (!relative || head.head() < 0) {
      return null;
    }
    Token clause = s.tokens().get(head.head());
    boolean relativeClause = clause.relation().equals("acl:relcl") && clause.head() >= 0;
    // the parser hung "…, who says" off the verb before it ("X endorses Trump, who says …"), or off a
    // common noun further back ("remarks by Senator X, who suggested …"): "who" stands for a person, so
    // for the name right before its comma
    int k = head.index() - 1;
    boolean nameBeforeComma = head.pos().equals("WP") && k >= 1 && s.tokens().get(k).word().equals(",")
        && s.tokens().get(k - 1).isProperNoun();
    if (relativeClause) {
      Token noun = s.tokens().get(clause.head());
      return nameBeforeComma && !noun.isProperNoun() && noun.index() < k - 1 ? s.tokens().get(k - 1) : noun;
    }
    return nameBeforeComma ? s.tokens().get(k - 1) : null;
  }

  /** "Rep. Ann Lee (R-Utah) said": the parser may make the parenthesis the subject. */
  private static Token outOfParentheses(Sentence s, Token head) {
    int k = head.index() - 1;
    while (k > 0 && head.index() - k <= 4 && !s.tokens().get(k).word().equals("(")) {
      k--;
    }
    boolean inside = k > 0 && s.tokens().get(k).word().equals("(");
    return inside && PersonIndex.isPerson(s.tokens().get(k - 1)) ? s.tokens().get(k - 1) : head;
  }

  /**
   * The person named by the head itself, its flat/compound parts or its apposition; not the
   * person an institution is named after ("the Obama administration", "the Trump campaign").
   */
  /**
   * Rule {@code title-conjunct}: "Deputy Customs and Trade Minister Jan Roe said": the parser makes
   * the first word of a title with "and" the subject and the person its conjunct. A person the
   * capitalised head is coordinated with, with no comma between, whose name follows a title word, is
   * who speaks. Null if not.
   */
  private PersonMention titleConjunct(Sentence s, Token head) {
    if (!Character.isUpperCase(head.word().codePointAt(0))) {
      return null;
    }
    for (Token child : s.children(head.index())) {
      PersonMention m = child.relation().startsWith("conj") ? persons.at(s.index(), child.index()) : null;
      if (m == null || m.from() <= head.index() + 1) {
        continue;
      }
      Token before = s.tokens().get(m.from() - 1);
      boolean title = lexicon.descriptionHeads().contains(SpeakerResolver.lower(before.word())) || "TITLE".equals(before.ner());
      boolean comma = false;
      for (int k = head.index() + 1; k < m.from(); k++) {
        comma |= s.tokens().get(k).word().equals(",");
      }
      if (title && !comma) {
        return m;
      }
    }
    return null;
  }

  private PersonMention personFor(Sentence s, Token head) {
    PersonMention direct = persons.at(s.index(), head.index());
    if (direct != null) {
      return direct;
    }
    PersonMention conjunct = titleConjunct(s, head);
    if (conjunct != null) {
      return conjunct;
    }
    if (lexicon.institutionHeads().contains(SpeakerResolver.lower(head.word()))) {
      return null;
    }
    // "Clinton supporters", "Trump aides": a name modifying a common noun is not who speaks,
    // unless the noun is the person's title ("President Obama" parsed with "President" as head)
    boolean commonNoun = head.pos().equals("NN") || head.pos().equals("NNS");
    boolean title = lexicon.descriptionHeads().contains(SpeakerResolver.lower(head.word()));
    List<Token> nameWords = new ArrayList<>(List.of(head));
    for (Token child : s.children(head.index())) {
      boolean compound = child.relation().startsWith("compound");
      // "vice presidential nominee Mike Roe, asked …": the parser may hang the name after a title as "dep"
      boolean titled = title && child.relation().equals("dep") && child.index() > head.index()
          && persons.at(s.index(), child.index()) != null && persons.at(s.index(), child.index()).from() == head.index() + 1;
      if (child.relation().startsWith("appos") || child.relation().startsWith("flat") || (compound && (!commonNoun || title)) || titled) {
        PersonMention m = persons.at(s.index(), child.index());
        if (m != null) {
          return m;
        }
        nameWords.add(child);
      }
    }
    PersonMention selfNamed = namedInRelativeClause(s, head);
    if (selfNamed != null) {
      return selfNamed;
    }
    PersonMention holder = title || "TITLE".equals(head.ner()) ? nameAfterPortfolio(s, head) : null;
    if (holder != null) {
      return holder;
    }
    if (title || "TITLE".equals(head.ner())) {
      PersonMention named = namedAfterItsBody(s, head);
      if (named != null) {
        return named;
      }
    }
    // a title-case headline may hide a name from NER ("Dahl Locks Horns With Olsen"): a word
    // that is the surname of a person the article names is that person
    for (Token word : nameWords) {
      PersonMention m = word.isProperNoun() && PLACE_NER.stream().noneMatch(word.ner()::equals)
          ? persons.bySurname(word.word()) : null;
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * "Deputy Minister for Trade and Industry Ann Roe said": the parser takes the name for the end of
   * the portfolio's phrase ("for … Ann Roe"). A title whose "for" phrase ends in a person's name with
   * other capitalised words before it in that phrase is the name's title; "a spokesman for Ann Roe",
   * where the phrase is the name alone, is someone else's.
   */
  private PersonMention nameAfterPortfolio(Sentence s, Token head) {
    for (Token child : s.children(head.index())) {
      if (!child.relation().startsWith("nmod") || child.index() < head.index()) {
        continue;
      }
      PersonMention m = persons.at(s.index(), child.index());
      int[] range = s.subtreeRange(child.index());
      if (m == null || m.to() != child.index() || range[1] != child.index()) {
        continue;
      }
      for (int k = range[0]; k < m.from(); k++) {
        Token t = s.tokens().get(k);
        if (capitalised(t) && !"PERSON".equals(t.ner()) && !t.relation().equals("det") && !t.relation().equals("case")) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Rule {@code self-named}: "a farmer, who would give only his first name, Tomas, said": a relative
   * clause on the description that names it (reporting.json's {@code namingWords}) gives the
   * person. Null if none.
   */
  private PersonMention namedInRelativeClause(Sentence s, Token head) {
    for (Token clause : s.children(head.index())) {
      if (!clause.relation().startsWith("acl")) {
        continue;
      }
      int[] range = s.subtreeRange(clause.index());
      boolean naming = false;
      for (int k = range[0]; k <= range[1]; k++) {
        naming |= lexicon.namingWords().contains(s.tokens().get(k).lemma().toLowerCase(Locale.ROOT));
        PersonMention m = naming ? persons.at(s.index(), k) : null;
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Rule {@code role-of-body-apposition}: "a spokeswoman for the State Department, Jane Roe, said",
   * "an attorney for Smith, John Doe, said": the parser hangs the name on the body or client the
   * role is for; the name after the comma is the role holder, not the body or the client.
   */
  private PersonMention namedAfterItsBody(Sentence s, Token head) {
    for (Token body : s.children(head.index())) {
      if (!body.relation().startsWith("nmod") || body.index() < head.index()) {
        continue;
      }
      for (Token appos : s.children(body.index())) {
        boolean afterComma = appos.index() > 1 && s.tokens().get(s.subtreeRange(appos.index())[0] - 1).word().equals(",");
        PersonMention m = appos.relation().startsWith("appos") && afterComma ? persons.at(s.index(), appos.index()) : null;
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * He/she: the person the sentences since the last quote's cue are about (rule {@code
   * discourse-subject}), else the speaker of the quotes around it, else the latest person named
   * before it.
   */
  private Speaker pronoun(Token head, Speaker previous, int previousAt) {
    String word = head.word();
    String gender = NameGenders.ofPronoun(word);
    // "he" and "she" are people: after an institution spoke, they continue the latest person
    boolean personal = gender != null;
    PersonMention subject = personal ? discourseSubject(head, previousAt, gender) : null;
    if (subject != null && (previous == null || !NameVariants.compatible(persons.canonical(subject.name()), previous.name()))) {
      return new Speaker(persons.canonical(subject.name()), word, "").by("discourse-subject");
    }
    // "they" is a group or a body: never one named person ("Mr X said … . They showed …")
    boolean plural = PLURAL_PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    Sentence own = plural ? doc.sentenceAt(head.begin()) : null;
    Token group = own == null ? null : pluralSubjectAbove(own, head);
    if (group != null) {
      Speaker named = resolveMention(own, group, previous, previousAt);
      return new Speaker(named.name(), word, named.affiliation()).by("clause-subject");
    }
    // "they" and "it" never continue one person, named ("Mr X") or described ("the FBI director")
    if (previous != null && fits(previous.name(), gender) && (!personal || persons.isPerson(previous.name())
        || (isDescribedPerson(previous) && !persons.namedBetween(previousAt, head.begin())))
        && !((plural || NEUTER_PRONOUNS.contains(word.toLowerCase(Locale.ROOT)))
            && (persons.isPerson(previous.name()) || isDescribedPerson(previous)))) {
      return new Speaker(previous.name(), word, previous.affiliation()).by("pronoun-continuation");
    }
    if (plural) {
      // after a person who speaks for an organisation (not a country), "they" is that organisation
      boolean body = previous != null && !previous.affiliation().isEmpty() && countries.countryOf(previous.affiliation()) == null
          && !previousAtFar(previousAt, head);
      return body ? new Speaker(previous.affiliation(), word, previous.affiliation()).by("pronoun-group") : Speaker.unknown(word).by("pronoun");
    }
    if (NEUTER_PRONOUNS.contains(word.toLowerCase(Locale.ROOT))) {
      return Speaker.unknown(word).by("pronoun"); // no body before it: a thing ("the ad", "the letter") the rules do not name
    }
    PersonMention latest = null;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (t.begin() >= head.begin()) {
          return latest == null ? Speaker.unknown(word).by("pronoun") : new Speaker(persons.canonical(latest.name()), word, "").by("pronoun");
        }
        PersonMention m = persons.at(s.index(), t.index());
        // a name inside quote marks is someone the speaker talks about, never the speaker
        if (m != null && fits(persons.canonical(m.name()), gender) && inMarks.stream().noneMatch(q -> t.begin() >= q[0] && t.begin() < q[1])) {
          latest = m;
        }
      }
    }
    return Speaker.unknown(word).by("pronoun");
  }

  /**
   * Rule {@code clause-subject}: "officials unveiled images that they said proved …": a "they" inside
   * the clause of a plural subject before it, in its own sentence and outside quote marks, is that
   * subject. Null when there is none.
   */
  private Token pluralSubjectAbove(Sentence s, Token pronoun) {
    for (int k = pronoun.index() - 1; k >= 0; k--) {
      Token t = s.tokens().get(k);
      boolean plural = t.pos().equals("NNS") || t.pos().equals("NNPS");
      if (t.relation().startsWith("nsubj") && plural && t.head() >= 0 && s.dominates(t.head(), pronoun.index())
          && !isQuoted(t.begin()) && !isQuoted(pronoun.begin())) {
        return t;
      }
    }
    return null;
  }

  /** A he or she may stand for the person: neither the first name nor a courtesy title ("Ms") says otherwise. */
  private boolean fits(String name, String gender) {
    String titled = persons.genderOf(name);
    return NameGenders.get().fits(name, gender) && (gender == null || titled == null || titled.equals(gender));
  }

  /** How many paragraphs back a discourse subject may stand from the pronoun. */
  private static final int SUBJECT_PARAGRAPHS = 1;

  /**
   * How many paragraphs after {@code from}, up to and with {@code to}, have a finite verb: a fragment
   * between ("Baiting the moderators.") is a heading, and does not put the subject before it further back.
   */
  private int paragraphsBetween(int from, int to) {
    if (verbalParagraphs == null) {
      verbalParagraphs = new java.util.BitSet();
      for (Sentence s : doc.sentences()) {
        if (s.tokens().stream().anyMatch(Token::isFiniteVerb)) {
          verbalParagraphs.set(s.paragraph());
        }
      }
    }
    return from + 1 > to ? 0 : verbalParagraphs.get(from + 1, to + 1).cardinality();
  }

  /** The paragraphs with a finite verb, found once per article. */
  private java.util.BitSet verbalParagraphs;

  /**
   * Rule {@code discourse-subject}: "Mr Erdogan hit back in a speech. 'If you …,' he said.": a
   * he or she continues the person the narrative is about: the subject of the main clause of the
   * sentences between the previous quote's cue and the pronoun's sentence (outside quotes, in the
   * pronoun's paragraph or the one before, a heading with no verb not counted), latest first. A named person whom the pronoun may
   * stand for is the speaker; a subject that is itself a pronoun or a description ("the admiral
   * chuckled") ends the search (the old rules decide); other subjects ("the influx") are passed
   * over. Null when no such sentence names a person.
   */
  private PersonMention discourseSubject(Token head, int previousAt, String gender) {
    Sentence own = null;
    for (Sentence s : doc.sentences()) {
      if (head.begin() >= s.begin() && head.begin() < s.end()) {
        own = s;
      }
    }
    PersonMention sameSentence = own == null ? null : subjectAbovePronoun(own, head, gender);
    if (sameSentence != null) {
      return sameSentence;
    }
    for (int index = own == null ? -1 : own.index() - 1; index >= 0; index--) {
      Sentence s = doc.sentences().get(index);
      if (s.end() <= previousAt || s.begin() < previousAt || paragraphsBetween(s.paragraph(), own.paragraph()) > SUBJECT_PARAGRAPHS) {
        return null;
      }
      // "The striking moment came when Deputy Minister Ann Roe turned to names": after the main
      // clause's subjects, the subject of its time clause, read last
      List<Token> subjects = new ArrayList<>(timeClauseSubjects(s));
      subjects.addAll(mainSubjects(s, true));
      for (int k = subjects.size() - 1; k >= 0; k--) {
        Token subject = subjects.get(k);
        if (isQuoted(subject.begin())) {
          continue;
        }
        PersonMention m = personFor(s, subject);
        if (m != null) {
          if (fits(persons.canonical(m.name()), gender)) {
            return m;
          }
          continue;
        }
        String word = SpeakerResolver.lower(subject.word());
        boolean described = "TITLE".equals(subject.ner()) || lexicon.descriptionHeads().contains(word)
            || Affiliations.get().isRole(word);
        if ((subject.isPronoun() || lexicon.pronouns().contains(word)) && gender != null && gender.equals(NameGenders.ofPronoun(word))) {
          continue; // "Lee kept quiet. At the rally, she spoke of trade. '…,' she said": the same person, named further back
        }
        if (subject.isPronoun() || lexicon.pronouns().contains(word) || described) {
          return null;
        }
        // "Ann Lee's answer was blunt. '…,' she said": the owner of what the sentence is about
        Token owner = s.child(subject.index(), "nmod:poss");
        PersonMention possessor = owner == null ? null : persons.at(s.index(), owner.index());
        if (possessor != null && fits(persons.canonical(possessor.name()), gender)) {
          return possessor;
        }
      }
    }
    return null;
  }

  /**
   * Some other person than {@code name} is the main-clause subject of a sentence after {@code from} and
   * before {@code head}'s sentence: "X says … ¶ The nominee was speaking hours after Y shamed Z. ¶ The
   * governor said …" names Y and Z only in other roles, so the narrative is still about X.
   */
  private boolean otherSubjectBetween(String name, int from, Token head) {
    for (Sentence s : doc.sentences()) {
      if (s.end() <= from || s.begin() > head.begin()) {
        continue;
      }
      if (head.begin() < s.end()) {
        break; // the description's own sentence
      }
      for (Token subject : mainSubjects(s)) {
        if (subject.begin() < from || isQuoted(subject.begin())) {
          continue;
        }
        PersonMention m = personFor(s, subject);
        if (m != null && !NameVariants.compatible(persons.canonical(m.name()), persons.canonical(name))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "General Ann Roe led the visitors past four depots which she said served the ports": a
   * pronoun inside a clause of a sentence whose main subject, before it, is a named person who fits
   * it stands for that person. Null otherwise.
   */
  private PersonMention subjectAbovePronoun(Sentence s, Token pronoun, String gender) {
    for (Token subject : mainSubjects(s)) {
      if (subject.begin() >= pronoun.begin() || subject.index() == pronoun.index() || isQuoted(subject.begin())) {
        continue;
      }
      PersonMention m = personFor(s, subject);
      if (m != null && fits(persons.canonical(m.name()), gender)) {
        return m;
      }
    }
    return null;
  }

  /** Subjects of the adverbial clauses of the main verb ("came when X turned to …"), in order. */
  private static List<Token> timeClauseSubjects(Sentence s) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!t.relation().startsWith("nsubj") || t.head() < 0) {
        continue;
      }
      Token verb = s.tokens().get(t.head());
      if (verb.relation().startsWith("advcl") && verb.head() >= 0 && s.tokens().get(verb.head()).relation().equals("root")) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Rule {@code introduced-speaker}: a quote without a cue right after "Sam Ortiz, a nurse from the
   * valley, remembers it differently." is the words of the person that sentence is about: the named
   * main-clause subject of the latest sentence of the quote's paragraph before it (outside quotes,
   * after the previous quote's cue). Null when that sentence's subject is no named person.
   */
  PersonMention introducer(int quoteStart, int quoteSentence, int previousAt) {
    Sentence own = doc.sentences().get(quoteSentence);
    for (int index = quoteSentence; index >= 0; index--) {
      Sentence s = doc.sentences().get(index);
      if (s.paragraph() != own.paragraph() || s.begin() < previousAt) {
        return null;
      }
      List<Token> subjects = mainSubjects(s).stream().filter(t -> t.begin() < quoteStart && !isQuoted(t.begin())).toList();
      if (subjects.isEmpty()) {
        continue;
      }
      PersonMention m = personFor(s, subjects.get(subjects.size() - 1));
      return m;
    }
    return null;
  }

  /**
   * Rule {@code name-beside-cue} for a cue the parser gave no subject ("In a memo …, the
   * campaign manager Lee Park wrote that …"): the person named right before the cue verb.
   */
  PersonMention nameBeforeCue(int sentence, String cueLemma) {
    if (cueLemma == null || cueLemma.isEmpty() || sentence < 0) {
      return null;
    }
    Sentence s = doc.sentences().get(sentence);
    for (Token t : s.tokens()) {
      if (t.index() > 0 && t.isVerb() && t.lemma().equalsIgnoreCase(cueLemma) && s.child(t.index(), "nsubj", "nsubj:pass") == null) {
        PersonMention before = persons.at(s.index(), t.index() - 1);
        if (before != null && before.to() == t.index() - 1) {
          return before;
        }
      }
    }
    return null;
  }

  /**
   * Rule {@code name-beside-cue} where the parser made a word inside the quote the cue's subject
   * ("… They watched it," said Roe): the person named right after the cue verb, else right before
   * it, outside the quote. Null when no name stands there.
   */
  PersonMention nameBesideCueOutside(int sentence, String cueLemma, int quoteStart, int quoteEnd) {
    if (cueLemma == null || cueLemma.isEmpty() || sentence < 0) {
      return null;
    }
    Sentence s = doc.sentences().get(sentence);
    for (Token t : s.tokens()) {
      boolean outside = t.end() <= quoteStart || t.begin() >= quoteEnd;
      if (!outside || !t.isVerb() || !t.lemma().equalsIgnoreCase(cueLemma)) {
        continue;
      }
      PersonMention after = t.index() + 1 < s.tokens().size() ? persons.at(s.index(), t.index() + 1) : null;
      if (after != null && after.from() == t.index() + 1 && !isQuoted(s.tokens().get(after.from()).begin())) {
        return after;
      }
      PersonMention before = t.index() > 0 ? persons.at(s.index(), t.index() - 1) : null;
      if (before != null && before.to() == t.index() - 1 && !isQuoted(s.tokens().get(before.from()).begin())) {
        return before;
      }
    }
    return null;
  }

  /** Subjects of the sentence's main clause and of clauses coordinated with it, in order. */
  private static List<Token> mainSubjects(Sentence s) {
    return mainSubjects(s, false);
  }

  /** With {@code parataxis}, also the subject of a clause the parser hung on a mistaken root (for he/she). */
  private static List<Token> mainSubjects(Sentence s, boolean parataxis) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.relation().equals("root") && t.isProperNoun() && s.child(t.index(), "nsubj") == null) {
        out.add(t); // "X, a senator who sits for a farm state, sounded warier": the parser made the name the root
        continue;
      }
      if (!t.relation().startsWith("nsubj") || t.head() < 0) {
        continue;
      }
      Token verb = s.tokens().get(t.head());
      // a clause coordinated with the root, or hung on a root the parser mistook ("In X, opposite
      // Y, truck driver Z remembers …" with "Y" as the root)
      boolean coordinated = (verb.relation().equals("conj") || parataxis && verb.relation().equals("parataxis") && !verb.isNoun())
          && verb.head() >= 0 && s.tokens().get(verb.head()).relation().equals("root");
      if (verb.relation().equals("root") || coordinated) {
        out.add(t);
      }
    }
    return out;
  }

  private static final Set<String> PLURAL_PRONOUNS = Set.of("they");
  /** "it" is a body or a thing, never a named person. */
  private static final Set<String> NEUTER_PRONOUNS = Set.of("it", "its");

  /** More than one paragraph lies between the previous quote's cue and the pronoun. */
  private boolean previousAtFar(int previousAt, Token head) {
    Sentence from = doc.sentenceAt(previousAt - 1);
    if (from == null || from.begin() > previousAt - 1) {
      return true;
    }
    return doc.sentenceAt(head.begin()).paragraph() - from.paragraph() > 1;
  }

  private boolean isQuoted(int offset) {
    return quoted.stream().anyMatch(q -> offset >= q[0] && offset < q[1]);
  }

  /**
   * Rule {@code headline-description}: a headline names people by description ("Norwegian PM
   * slams …") before the article names them: a country description in the headline is the first
   * person the article places in that country, wherever it names them.
   */
  private Speaker headlineDescription(Sentence s, Token head) {
    if (!head.isNoun() || PLACE_NER.contains(head.ner()) || "PERSON".equals(head.ner())) {
      return null;
    }
    String country = null;
    for (Token child : s.children(head.index())) {
      boolean modifier = child.relation().startsWith("amod") || child.relation().startsWith("compound");
      if (modifier && child.index() < head.index() && Character.isUpperCase(child.word().codePointAt(0))) {
        String c = countries.countryOf(SpeakerResolver.lower(child.word()));
        if (c == null) {
          return headlineRole(s, head); // another modifier: someone else ("Norwegian oil firm")
        }
        country = c;
      }
    }
    PersonMention first = country == null ? null : persons.firstOf(country, known::affiliationOf);
    return first == null ? headlineRole(s, head)
        : new Speaker(persons.canonical(first.name()), NounPhrases.of(s, head), country).by(HEADLINE_DESCRIPTION);
  }

  /**
   * "Former Palace Doctor Says …" in the headline: the one person the next paragraphs describe with
   * that role ("Dr. X, the palace physician"), as for described-later; null when none or several.
   */
  private Speaker headlineRole(Sentence s, Token head) {
    String role = SpeakerResolver.lower(head.word());
    boolean titleCase = Character.isUpperCase(head.word().codePointAt(0)); // a headline's, not "her doctor" in a lede
    // headlinese drops the article ("…, spokesman says"); a lede writes "the spokesman"
    boolean bare = s.child(head.index(), "det") == null && head.pos().equals("NN");
    if (!(titleCase || bare) || s.child(head.index(), "nmod:poss") != null
        || (!lexicon.descriptionHeads().contains(role) && !Affiliations.get().isRole(role))) {
      return null;
    }
    PersonMention later = persons.firstDescribedAfter(head.end(), s.paragraph() + 1 + DESCRIBED_LATER_PARAGRAPHS, List.of(role));
    return later == null ? null
        : new Speaker(persons.canonical(later.name()), NounPhrases.of(s, head), "").by(HEADLINE_DESCRIPTION);
  }

  /**
   * Rule {@code same-description}: "A senior Greek official said … 'the official said'": "the" and the head
   * of the description that spoke last, with no name for it in the article, is that speaker again.
   */
  private Speaker sameDescription(Sentence s, Token head, Speaker previous) {
    if (previous == null || !previous.isKnown() || persons.isPerson(previous.name()) || !isBareThe(s, head)) {
      return null;
    }
    boolean sameHead = SpeakerResolver.lower(head.word()).equals(descriptionHead(previous.name()));
    return sameHead ? new Speaker(previous.name(), NounPhrases.of(s, head), previous.affiliation()).by("same-description") : null;
  }

  /**
   * Rule {@code definite-description}: "the Norwegian premier" is the latest person the article
   * places in Turkey (not "the Turkish report", nor "the top British journal": another modifier
   * makes it a new referent); a bare "the diplomat" or "the senator" whom no title in the article matches
   * is the person whose quotes surround it. Only a singular head with "the": "a diplomat" and
   * "the diplomats" introduce someone else.
   */
  private Speaker definiteDescription(Sentence s, Token head, Speaker previous) {
    Token det = s.child(head.index(), "det");
    // "The Turkish President": a capitalised role is still a role, not a name
    boolean singularRole = head.pos().equals("NN") || head.pos().equals("NNP") && !"PERSON".equals(head.ner())
        && lexicon.descriptionHeads().contains(SpeakerResolver.lower(head.word()));
    if (!singularRole || det == null || !det.word().equalsIgnoreCase("the")) {
      return null;
    }
    String country = null;
    boolean otherModifiers = false;
    for (Token child : s.children(head.index())) {
      if (child.index() > head.index() || child == det || child.relation().equals("punct")) {
        continue;
      }
      String c = Character.isUpperCase(child.word().codePointAt(0)) ? countries.countryOf(SpeakerResolver.lower(child.word())) : null;
      if (c != null && country == null) {
        country = c;
      } else {
        otherModifiers = true;
      }
    }
    String mention = NounPhrases.of(s, head);
    String word = SpeakerResolver.lower(head.word());
    boolean thing = lexicon.sourceNouns().contains(word) && !lexicon.descriptionHeads().contains(word);
    if (country != null && !otherModifiers && !thing) {
      PersonMention m = persons.latestOf(head.begin(), country, known::affiliationOf);
      if (m != null) {
        return new Speaker(persons.canonical(m.name()), mention, country);
      }
      // nobody is placed in that country yet: the person speaking around it, if the article places
      // them nowhere else ("President X said … The Norwegian strongman denied …")
      boolean institution = lexicon.institutionHeads().contains(word) || lexicon.anonymousHeads().contains(word);
      boolean compatible = previous != null && persons.isPerson(previous.name())
          && (previous.affiliation().isEmpty() || previous.affiliation().equals(country))
          && persons.affiliationOf(previous.name()).isEmpty();
      return compatible && !institution ? new Speaker(previous.name(), mention, country) : null;
    }
    boolean role = lexicon.descriptionHeads().contains(SpeakerResolver.lower(head.word()));
    if (role && !otherModifiers && previous != null && persons.isPerson(previous.name())) {
      return new Speaker(previous.name(), mention, previous.affiliation());
    }
    return null;
  }

  /** A speaker named by a qualified description whose head is one person's role ("Cameron's spokesman"). */
  private boolean isDescribedPerson(Speaker speaker) {
    String last = descriptionHead(speaker.name());
    // "Defence Ministry" is a body, never a he or a she
    return last != null && lexicon.descriptionHeads().contains(last) && !lexicon.institutionHeads().contains(last);
  }

  /** The last of two or more words, lower case (a description's head noun), or null for one word. */
  private static String descriptionHead(String name) {
    String[] words = name.split("\\s+");
    return words.length > 1 ? SpeakerResolver.lower(words[words.length - 1]) : null;
  }

  /** "The Turkish minister": the latest person before it with those titles. */
  private Speaker description(Sentence s, Token head) {
    Token article = s.child(head.index(), "det");
    if (article != null && (article.word().equalsIgnoreCase("a") || article.word().equalsIgnoreCase("an"))) {
      return null; // "a spokesman for the prime minister said": an indefinite brings someone new, not the last spokesman
    }
    List<String> required = new ArrayList<>();
    String country = null;
    for (Token child : s.children(head.index())) {
      if (child.index() < head.index() && !child.relation().equals("det") && !child.relation().equals("punct")) {
        String w = child.word().toLowerCase(Locale.ROOT);
        if (countries.countryOf(w) != null && Character.isUpperCase(child.word().charAt(0))) {
          country = countries.countryOf(w);
          required.add(w);
        }
      }
    }
    String headWord = head.word().toLowerCase(Locale.ROOT);
    List<String> withHead = new ArrayList<>(required);
    withHead.add(headWord);
    PersonMention m = persons.latestDescribedBy(head.begin(), withHead);
    for (String same : Affiliations.get().sameRole(headWord)) {
      // "Roe's lawyer" after "an attorney for Roe, X": a role-synonym in affiliations.tsv names the same role
      List<String> withSynonym = new ArrayList<>(required);
      withSynonym.add(same);
      m = m != null ? m : persons.latestDescribedBy(head.begin(), withSynonym);
    }
    if (m == null && !required.isEmpty()) {
      m = persons.latestDescribedBy(head.begin(), required);
    }
    if (m == null && country != null) {
      // "the Russian general" after "Lt-Gen X" whose title gave no country: the latest general
      // the article does not place in another country
      PersonMention byRole = persons.latestDescribedBy(head.begin(), List.of(headWord));
      String theirs = byRole == null ? "" : persons.affiliationOf(persons.canonical(byRole.name()));
      // the claim file may place them where the text does not ("the Turkish president" is not the American one)
      theirs = byRole != null && theirs.isEmpty() ? known.affiliationOf(persons.canonical(byRole.name())) : theirs;
      m = byRole != null && (theirs.isEmpty() || theirs.equals(country)) ? byRole : null;
    }
    String party = null;
    for (Token child : s.children(head.index())) {
      party = child.index() < head.index() && party == null ? Affiliations.get().partyOf(child.word()) : party;
    }
    if (m != null && !ofParty(m, party)) {
      m = null; // "the Democratic presidential nominee" is not the Republican the article called "presidential nominee"
    }
    String mention = NounPhrases.of(s, head);
    if (m != null && ownedBy(s, head, m)) {
      return new Speaker(persons.canonical(m.name()), mention, country == null ? "" : country);
    }
    // "her doctor disclosed …" before "Dr. Ann Roe, her internist,": the one person the next
    // paragraphs name with that role
    PersonMention later = isDefinite(s, head)
        ? persons.firstDescribedAfter(head.end(), s.paragraph() + DESCRIBED_LATER_PARAGRAPHS, withHead) : null;
    later = later != null && ownedBy(s, head, later) && ofParty(later, party) ? later : null;
    return later == null ? null
        : new Speaker(persons.canonical(later.name()), mention, country == null ? "" : country).by("described-later");
  }

  /** The article gives the person no party other than {@code party} (true when {@code party} is null). */
  private boolean ofParty(PersonMention m, String party) {
    String theirs = party == null ? "" : persons.affiliationOf(persons.canonical(m.name()));
    return !Affiliations.get().isPartyName(theirs) || theirs.equals(party);
  }

  /**
   * "his lawyer", "Roe's doctor": the person a possessed role stands for must be described as that
   * possessor's ("Roe's lawyer, Ann Lee", "Ann Lee, Roe's longtime internist"); true for a role
   * without a possessor, and for one whose possessor is no person ("the agency's spokesman").
   */
  private boolean ownedBy(Sentence s, Token head, PersonMention candidate) {
    Token owner = s.child(head.index(), "nmod:poss");
    if (owner == null) {
      return true;
    }
    PersonMention named = persons.at(s.index(), owner.index());
    String ownerName;
    if (named != null) {
      ownerName = persons.canonical(named.name());
    } else if (NameGenders.ofPronoun(owner.word()) != null) {
      Speaker byPronoun = pronoun(owner, null, 0);
      ownerName = byPronoun.isKnown() ? byPronoun.name() : "";
    } else {
      return true;
    }
    // the people the candidate's titles make them the aide of: "Roe's lawyer X", "X, Roe's internist"
    List<String> theirs = new ArrayList<>();
    String canonical = persons.canonical(candidate.name());
    if (!persons.possessorOf(canonical).isEmpty()) {
      theirs.add(persons.possessorOf(canonical));
    }
    for (String w : persons.descriptorsOf(canonical)) {
      String bare = w.replaceAll("['’]s$", "");
      if (!bare.equals(w) && persons.isPerson(bare)) {
        theirs.add(bare);
      }
    }
    List<String> ownerWords = NameVariants.tokens(ownerName);
    String surname = ownerWords.isEmpty() ? "" : ownerWords.get(ownerWords.size() - 1);
    return theirs.isEmpty() || theirs.stream().anyMatch(p -> NameVariants.tokens(p).contains(surname));
  }

  /** How many paragraphs after a description the person it stands for may be named. */
  private static final int DESCRIBED_LATER_PARAGRAPHS = 1;

  /** A singular noun with "the" or a possessor: "the doctor", "her doctor", "Roe's doctor". */
  private static boolean isDefinite(Sentence s, Token head) {
    if (!head.pos().equals("NN")) {
      return false;
    }
    Token det = s.child(head.index(), "det");
    return det != null && det.word().equalsIgnoreCase("the") || s.child(head.index(), "nmod:poss") != null;
  }

  /**
   * Where an institution's name starts: the words before its head up to a preposition, conjunction
   * or comma. The parser sometimes hangs a whole phrase under the name ("… in 2018 and the first two
   * months of 2019, according to The Baltic Times"); only the run of words next to the head names it.
   */
  static int nameStart(Sentence s, Token head) {
    int start = head.index();
    for (int k = head.index() - 1; k >= s.subtreeRange(head.index())[0]; k--) {
      Token t = s.tokens().get(k);
      boolean possessive = t.pos().equals("POS") || t.word().matches("['’]s?");
      // "Citizenship and Immigration Services": a conjunction between capitalised words is in the name
      boolean inName = k > 0 && capitalised(s.tokens().get(k - 1)) && capitalised(s.tokens().get(k + 1));
      if (!s.dominates(head.index(), k) || t.pos().equals("CC") && !inName || t.pos().equals("IN") || t.pos().equals("TO")
          || (t.relation().equals("punct") || t.relation().equals("case") || t.relation().equals("fixed")) && !possessive) {
        break;
      }
      start = k;
    }
    return start;
  }

  /** A capitalised word that is not a determiner ("The" opening a sentence). */
  private boolean nameWord(Token t) {
    return capitalised(t) && !t.relation().equals("det");
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.word().codePointAt(0));
  }

  /** "Russia's Defense Ministry" → "Russian Defense Ministry", affiliated with Russia. */
  private Speaker institution(Sentence s, Token head) {
    int from = head.index();
    String country = null;
    StringBuilder name = new StringBuilder();
    int start = nameStart(s, head);
    Token owner = s.child(head.index(), "nmod:poss");
    if (owner != null && owner.index() > start && !owner.ner().equals("O")) {
      // "On Wednesday Norway's defence ministry": the name starts with its owner's, not with a word the parser hung on it
      int first = owner.index();
      while (first > start && s.tokens().get(first - 1).ner().equals(owner.ner())) {
        first--;
      }
      start = first;
    }
    // "the leading opposition Acme Party": lower-case words before a proper name describe it
    // (the parser may tag a capitalised organisation's head a common noun: "the nonpartisan Commission on …")
    boolean named = head.isProperNoun() || capitalised(head) && head.ner().equals("ORGANIZATION");
    // the name may start at the head when it goes on after it ("Commission on Presidential Debates")
    int nameEnd = NounPhrases.properEnd(s, head) > head.index() ? head.index() + 1 : head.index();
    while (named && start < head.index() && (!capitalised(s.tokens().get(start))
        || s.tokens().get(start).relation().equals("det")) && s.tokens().subList(start, nameEnd).stream().anyMatch(this::nameWord)) {
      start++;
    }
    for (int k = start; k <= head.index(); k++) { // every word from there on is under the head
      Token t = s.tokens().get(k);
      if (t.relation().equals("det") || t.relation().equals("case") || t.relation().equals("punct") || t.pos().equals("PRP$")) {
        continue;
      }
      String c = Character.isUpperCase(t.word().charAt(0)) ? place(t.word()) : null;
      String word = t.word();
      if (c != null) {
        country = c;
        word = t.relation().startsWith("nmod:poss") ? countries.adjectiveOf(c) : word;
      }
      name.append(name.length() == 0 ? "" : " ").append(word);
      from = Math.min(from, k);
    }
    int to = NounPhrases.properEnd(s, head);
    String canonical = name + (to > head.index() ? " " + SpeakerResolver.text(s, head.index() + 1, to) : "");
    if (!Character.isUpperCase(canonical.charAt(0)) && country == null) {
      return Speaker.unknown(NounPhrases.of(s, head));
    }
    String mention = SpeakerResolver.text(s, from, to);
    if (country == null) {
      // "the Kremlin" speaks for Russia; a named organisation that is no government's speaks for itself
      Affiliations affiliations = Affiliations.get();
      String listed = affiliations.expandAlias(canonical);
      String seat = affiliations.seatCountryIn(List.of(listed.split("\\s+")));
      String party = affiliations.partyOf(listed);
      String own = party != null ? party : head.ner().equals("ORGANIZATION") ? listed : ""; // "Labour said": the Labour Party
      return new Speaker(listed, mention, seat != null ? seat : own);
    }
    return new Speaker(canonical, mention, country); // a body's spelling is settled once, in SpeakerResolver
  }

  /**
   * Rule {@code possessed-institution}: "her campaign said", "his office said": the institution of
   * the person the pronoun stands for, named as "Roe campaign" like "Roe's campaign" is. Null when
   * the pronoun finds no named person.
   */
  private Speaker possessedInstitution(Sentence s, Token head, Speaker previous, int previousAt) {
    Token owner = s.child(head.index(), "nmod:poss");
    if (owner == null || !owner.pos().startsWith("PRP") || NameGenders.ofPronoun(owner.word()) == null) {
      return null;
    }
    Speaker person = pronoun(owner, previous, previousAt);
    if (!person.isKnown() || !persons.isPerson(person.name())) {
      return null;
    }
    String[] words = person.name().split("\\s+");
    return new Speaker(words[words.length - 1] + " " + SpeakerResolver.lower(head.word()), NounPhrases.of(s, head), "")
        .by("possessed-institution");
  }

  /**
   * Rule {@code body-voice}: "Nato has kept out of the row. Spokeswoman Jane Roe said …", "Norway's
   * ministry answered within hours. Its spokesman, John Doe, said …": a person whose title is only a
   * body's voice ({@code body-role} in affiliations.tsv, or "its"/"their" before the role) and names
   * no country or organisation speaks for the institution or country that is the main-clause
   * subject of the sentence before (in the same paragraph or the one before): its country, else its
   * name. "" when there is none.
   */
  /** The token is inside an adverbial clause ("after the ministry repeated its charge, …"). */
  private static boolean inAdverbialClause(Sentence s, Token t) {
    for (Token up = t; up.head() >= 0; up = s.tokens().get(up.head())) {
      if (up.relation().startsWith("advcl")) {
        return true;
      }
    }
    return false;
  }

  String bodyVoice(String canonical) {
    for (PersonMention m : persons.mentionsOf(canonical)) {
      boolean voice = m.hasRole() && m.organisations().isEmpty() && m.apposition().isEmpty()
          && m.descriptors().stream().anyMatch(w -> Affiliations.get().isBodyRole(w) || w.equals("its") || w.equals("their"))
          && m.descriptors().stream().noneMatch(w -> Affiliations.get().countryOf(w) != null);
      if (!voice) {
        continue;
      }
      Sentence own = doc.sentences().get(m.sentence());
      // the subject of its own sentence before the name ("Roe's campaign said …, spokesman X said"),
      // else of the sentence before, not a headline
      List<Sentence> candidates = new ArrayList<>(List.of(own));
      int previousIndex = m.sentence() - 1;
      if (previousIndex >= 0 && PersonIndex.isDatelineSentence(doc.sentences().get(previousIndex))) {
        previousIndex--; // "OSLO - Spokeswoman X said": the dateline is no sentence the voice continues
      }
      Sentence previous = previousIndex >= 0 ? doc.sentences().get(previousIndex) : null;
      if (previous != null && previous.paragraph() > 0 && own.paragraph() - previous.paragraph() <= 1) {
        candidates.add(previous);
      }
      for (Sentence before : candidates) {
      // in its own sentence any subject before the name: "Roe's campaign said that it …, spokesman X said"
      List<Token> subjects = before == own
          ? before.tokens().stream().filter(t -> t.relation().startsWith("nsubj") && t.index() < m.from()).toList()
          : mainSubjects(before);
      for (Token subject : subjects) {
        if (before == own && (subject.index() >= m.from() || inAdverbialClause(before, subject))) {
          continue; // "A day after Norway's ministry spoke, spokesman X said …": the clause only sets the time
        }
        if (inMarks.stream().anyMatch(q -> subject.begin() >= q[0] && subject.begin() < q[1])) {
          continue; // a subject inside the quote is what the voice talks about ("'… the harbour board is …,' spokesman X")
        }
        String lemma = SpeakerResolver.lower(subject.lemma());
        if (PLACE_NER.contains(subject.ner()) && !hasNounModifiers(before, subject)) {
          String country = place(subject.word());
          if (country != null) {
            return country;
          }
        }
        if (lexicon.institutionHeads().contains(lemma) || "ORGANIZATION".equals(subject.ner())) {
          for (Token owner : before.children(subject.index())) {
            PersonMention person = owner.index() < subject.index() ? persons.at(before.index(), owner.index()) : null;
            String campaign = person == null ? "" : persons.campaignOf(persons.canonical(person.name()));
            if (!campaign.isEmpty()) {
              return campaign; // "Hillary Clinton's campaign" is spelled as campaign-of spells it
            }
          }
          Speaker body = institution(before, subject);
          // "In Oslo, the trade ministry answered …": a body of no country in a sentence set in a capital is that country's
          boolean noCountry = body.affiliation().isEmpty() || body.affiliation().equals(body.name());
          String seat = body.isKnown() && noCountry ? capitalLead(before) : null;
          if (body.isKnown() && !body.name().equalsIgnoreCase(subject.word())) {
            return seat != null ? seat : body.affiliation().isEmpty() ? body.name() : body.affiliation();
          }
          if (body.isKnown() && "ORGANIZATION".equals(subject.ner())) {
            return seat != null ? seat : body.affiliation().isEmpty() ? body.name() : body.affiliation();
          }
        }
      }
      }
    }
    return "";
  }

  /** The country of the capital a sentence opens with ("In Ankara, …"), or null. */
  private String capitalLead(Sentence s) {
    List<Token> t = s.tokens();
    if (t.size() < 3 || !t.get(0).word().equalsIgnoreCase("in")) {
      return null;
    }
    StringBuilder place = new StringBuilder();
    for (int k = 1; k < t.size() && !t.get(k).word().equals(","); k++) {
      if (!PLACE_NER.contains(t.get(k).ner())) {
        return null;
      }
      place.append(place.length() == 0 ? "" : " ").append(t.get(k).word());
    }
    return place.length() == 0 ? null : countries.countryOfCapital(place.toString());
  }

  /** How many sentences back an institution anaphor looks for its antecedent. */
  private static final int ANAPHOR_SENTENCES = 3;

  /**
   * Rule {@code institution-anaphor}: "it said", "the ministry said" after "Norway's foreign ministry
   * summoned the envoy": the nearest institution named before it, in its sentence or the few before
   * (for "the ministry", one with the same head), with its country or name. Null when none is named.
   */
  /** "the ministry", also as a possessor ("the ministry's claim"): a determiner and nothing that says which. */
  private static boolean bareDefinite(Sentence s, Token head) {
    int words = 0;
    for (Token child : s.children(head.index())) {
      if (!child.relation().equals("case") && !child.relation().equals("punct")) {
        words++;
      }
    }
    return words == 1;
  }

  private Speaker institutionAnaphor(Sentence s, Token head, String sameHead) {
    Speaker near = institutionAnaphor(s, head, sameHead, ANAPHOR_SENTENCES);
    if (near != null || sameHead == null) {
      return near;
    }
    // "the ministry" paragraphs after "the Norwegian Defence Ministry": the one body of that head the
    // article has named so far, however far back; none when it named two ("Clinton's campaign",
    // "Trump's campaign")
    Speaker far = null;
    for (int index = s.index(); index >= 0; index--) {
      Sentence before = doc.sentences().get(index);
      for (Token t : before.tokens()) {
        if (index == s.index() && t.index() >= head.index() || !t.isNoun() || !SpeakerResolver.lower(t.lemma()).equals(sameHead)
            || before.child(t.index(), "det") != null && bareDefinite(before, t)) {
          continue;
        }
        Speaker body = institution(before, t);
        if (!body.isKnown()) {
          continue;
        }
        if (far != null && !NameVariants.tokens(far.name()).equals(NameVariants.tokens(body.name()))) {
          return null;
        }
        far = body;
      }
    }
    return far == null ? null : new Speaker(far.name(), head.word(), far.affiliation()).by("institution-anaphor");
  }

  private Speaker institutionAnaphor(Sentence s, Token head, String sameHead, int reach) {
    for (int back = 0; back <= reach && s.index() - back >= 0; back++) {
      Sentence before = doc.sentences().get(s.index() - back);
      if (s.paragraph() - before.paragraph() > 1) {
        return null;
      }
      for (int k = before.tokens().size() - 1; k >= 0; k--) {
        Token t = before.tokens().get(k);
        if (back == 0 && t.index() >= head.index() || !t.isNoun()) {
          continue;
        }
        String lemma = SpeakerResolver.lower(t.lemma());
        // (a noun the parser made the root of its own sentence, the verb hung under it, is its subject too)
        boolean subject = t.relation().startsWith("nsubj") || back == 0 && t.relation().equals("root");
        if (sameHead == null && !subject) {
          continue; // "it" is the latest subject, and only when that subject is an institution
        }
        boolean institution = lexicon.institutionHeads().contains(lemma) || "ORGANIZATION".equals(t.ner());
        boolean candidate = sameHead != null ? lemma.equals(sameHead) : institution;
        if (sameHead == null && !candidate) {
          return null;
        }
        boolean bare = before.child(t.index(), "det") != null && bareDefinite(before, t);
        if (sameHead == null && candidate && bare) {
          // "the ministry then showed photographs which, it said, …": "it" is that bare "the ministry",
          // which stands for the one body of that head the article named
          Speaker body = institutionAnaphor(before, t, lemma);
          return body == null ? null : new Speaker(body.name(), head.word(), body.affiliation()).by("institution-anaphor");
        }
        if (!candidate || bare) {
          continue;
        }
        String campaign = Affiliations.get().isCampaignWord(lemma) ? possessedCampaign(before, t) : "";
        Speaker body = campaign.isEmpty() ? institution(before, t) : new Speaker(campaign, head.word(), campaign);
        if (body.isKnown()) {
          return new Speaker(body.name(), head.word(), body.affiliation()).by("institution-anaphor");
        }
      }
    }
    return null;
  }


  private String place(String word) {
    String capital = countries.countryOfCapital(word);
    return capital != null ? capital : countries.countryOf(word);
  }

  /** The place name a head and its compounds of the same entity class spell, when it has such compounds, or null. */
  private static String placeName(Sentence s, Token head) {
    List<Token> words = new ArrayList<>();
    for (Token c : s.children(head.index())) {
      if (c.relation().startsWith("compound") && c.ner().equals(head.ner()) && c.index() < head.index()) {
        words.add(c);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    words.add(head);
    words.sort(java.util.Comparator.comparingInt(Token::index));
    return String.join(" ", words.stream().map(Token::word).toList());
  }

  private static boolean hasNounModifiers(Sentence s, Token head) {
    return s.children(head.index()).stream().anyMatch(c -> c.relation().startsWith("compound") && c.isNoun());
  }

}

