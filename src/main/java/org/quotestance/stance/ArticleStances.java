package org.quotestance.stance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.speaker.Echoes;
import org.quotestance.speaker.Speaker;
import org.quotestance.stance.Stance.Label;

/**
 * Stance of every quote of an article: each quote with its reporting frame, then context: a quote
 * that says nothing about the claim by itself takes the side its speaker takes in the same
 * paragraph (a rhetorical question right after a challenge to prove the allegations).
 */
public final class ArticleStances implements Serializable {
  private static final double INHERITED_CONFIDENCE = 0.6;
  /** A side the speaker takes this surely elsewhere may be lent to a quote that names no proposition. */
  private static final double SIDE_CONFIDENCE = 0.7;
  static final String SPEAKER_SIDE = "speaker-side";
  /** A speaker who asserts the claim this surely in the article's own words is on the side that makes it. */
  private static final double ACCUSER_CONFIDENCE = 0.7;
  private static final Set<String> PARTY_NER = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY", "CITY",
      "STATE_OR_PROVINCE", "LOCATION", "MISC", "IDEOLOGY", "RELIGION");
  /** Confidence of "unrelated" in an article that names the claim's target or object but is not about the claim. */
  static final double NAMES_CLAIM_UNRELATED_CONFIDENCE = 0.7;
  static final String CONTINUATION = "continuation";
  static final String TOPIC_WORDS = "topic-words";
  static final String ANSWERS_QUESTION = "answers-question";
  /** A quote that only names the claim's matter discusses it, less surely than one that names the claim. */
  private static final double TOPIC_CONFIDENCE = 0.55;
  /** A side taken at least this surely is carried on by the same speaker's next quote. */
  private static final double CONTINUED_CONFIDENCE = 0.65;
  private final StanceClassifier classifier;
  private final Set<String> continuationCues;
  private final Set<String> contrastMarks;
  private final Set<String> appealCues;
  private final Set<String> pluralPronouns;
  private final Set<String> askingVerbs;
  private final Set<String> contrastExceptions;

  public ArticleStances(StanceClassifier classifier) {
    this.classifier = classifier;
    this.continuationCues = classifier.language().continuationCues();
    this.appealCues = classifier.language().appealCues();
    this.contrastMarks = classifier.language().contrastMarks();
    this.pluralPronouns = classifier.language().pluralThirdPersons();
    this.askingVerbs = classifier.language().askingVerbs();
    this.contrastExceptions = classifier.language().contrastExceptions();
  }

  public List<Stance> classify(ParsedText doc, List<QuoteSpan> quotes, List<Speaker> speakers) {
    // about the claim: some sentence names its target and its object together; both somewhere in a
    // long article (the target in one paragraph, a word for the object in an unrelated sense in another) is not enough
    // or it names the target and, in one sentence, the object with the goods the claim says it trades
    boolean about = false;
    boolean objectWithGoods = false;
    for (Sentence s : doc.sentences()) {
      String sentence = doc.text().substring(s.begin(), s.end());
      about |= classifier.isAbout(sentence);
      objectWithGoods |= classifier.namesObjectWithGoods(sentence);
      about |= classifier.namesGoodsWithDescribedObject(sentence);
    }
    about |= objectWithGoods && classifier.namesTarget(doc.text());
    boolean namesObject = classifier.namesObject(doc.text());
    boolean namesTargetOrObject = classifier.mentionsTargetOrObject(doc.text());
    List<Stance> own = new ArrayList<>();
    List<ClaimReader.Context> contexts = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      QuoteSpan q = quotes.get(i);
      String quote = doc.text().substring(q.start(), q.end());
      ClaimReader.Context context = new ClaimReader.Context(doc, q, speakers.get(i), about, namesObject);
      contexts.add(context);
      own.add(classifier.classify(context, new StanceInput(quote, frame(doc, q), q.cueLemma(), about)));
    }
    Set<String> accusers = accusers(speakers, own);
    List<Stance> result = new ArrayList<>(own);
    for (int i = 0; i < quotes.size(); i++) {
      if (opensNoSide(own.get(i)) || own.get(i).evidence().startsWith(StanceClassifier.REPORTED_CHALLENGE)) {
        Stance evidence = classifier.evidence(contexts.get(i), isAccuser(speakers.get(i), accusers));
        if (evidence != null) {
          result.set(i, evidence);
          continue;
        }
      }
      String quoteText = doc.text().substring(quotes.get(i).start(), quotes.get(i).end());
      String pronoun = about && opensNoSide(own.get(i)) && !opensWithContrast(quoteText) ? unboundPronoun(doc, quotes.get(i)) : null;
      boolean forTarget = pronoun != null && classifier.speaksForTarget(contexts.get(i));
      if (pronoun != null && !forTarget && isAccuser(speakers.get(i), accusers)) {
        result.set(i, new Stance(Label.SUPPORT, INHERITED_CONFIDENCE, ACCUSERS_THEY + ": '" + pronoun + "' in the words of "
            + "the side that makes the allegation in this article stands for those it accuses"));
        continue;
      }
      if (forTarget && deniesElsewhere(speakers, own, i) && !opensQuestion(quoteText)) {
        result.set(i, new Stance(Label.DENY, INHERITED_CONFIDENCE, ACCUSED_THEY + ": '" + pronoun + "' in the words of "
            + "the target's side, which denies the allegation in this article, stands for its accusers"));
        continue;
      }
      Stance echoed = opensNoSide(own.get(i)) ? echoed(doc, quotes, speakers, own, i) : null;
      if (echoed != null) {
        result.set(i, echoed);
        continue;
      }
      String cue = cueOf(quotes.get(i));
      // "But that is another matter …": a quote that opens with a contrast sets itself against the
      // speaker's other words, so it borrows no side from them
      boolean contrasting = opensWithContrast(quoteText);
      // what makes a quote with no proposition speak of the claim: its own words, or the question it answers
      boolean noSide = about && opensNoSide(own.get(i));
      String claimWord = noSide ? classifier.claimWord(quoteText) : null;
      String asked = noSide && claimWord == null ? askedAboutClaim(doc, quotes.get(i)) : null;
      // "urged both sides to talk": what a speaker demands is no statement of the side they take
      if (opensNoSide(own.get(i)) && !result.get(i).takesSide() && speakers.get(i).isKnown() && !appealCues.contains(cue)
          && !contrasting) {
        Stance inherited = fromSameParagraph(doc, quotes, speakers, own, i);
        if (inherited != null) {
          result.set(i, inherited);
        }
      }
      if (about && result.get(i).label() != Label.SUPPORT && result.get(i).label() != Label.DENY
          && speakers.get(i).isKnown() && opensNoSide(own.get(i)) && !contrasting) {
        String word = claimWord != null ? claimWord : asked; // "Asked about the allegations, the minister said: '…'"
        Stance side = word == null || namesAnotherParty(doc, quotes.get(i)) ? null : speakersSide(doc, quotes, speakers, own, i);
        if (side != null) {
          result.set(i, new Stance(side.label(), INHERITED_CONFIDENCE, SPEAKER_SIDE + ": '" + word
              + "' speaks of the claim without its proposition; the speaker's other quotes in the article: " + side.evidence()));
        }
      }
      if (about && !result.get(i).takesSide() && opensNoSide(own.get(i)) && !contrasting && continues(cue, speakers, own, i)) {
        Stance before = own.get(i - 1);
        result.set(i, new Stance(before.label(), INHERITED_CONFIDENCE, CONTINUATION + ": the speaker's previous quote, "
            + "which this one continues: " + before.evidence()));
      }
      if (about && result.get(i).label() == Label.UNRELATED && opensNoSide(own.get(i))) {
        // "more than 500 tanker trucks have been destroyed": the claim's matter without its target or a
        // side, in an article about the claim, is talk about it; a quote about another named party is not
        if (claimWord != null && !namesAnotherParty(doc, quotes.get(i))) {
          result.set(i, new Stance(Label.DISCUSS, TOPIC_CONFIDENCE, TOPIC_WORDS + ": '" + claimWord
              + "' speaks of the claim's matter, in an article about the claim, and takes no side"));
        } else if (asked != null) {
          result.set(i, new Stance(Label.DISCUSS, TOPIC_CONFIDENCE, ANSWERS_QUESTION + ": the quote answers a question "
              + "about the claim ('" + asked + "') and takes no side"));
        }
      }
      Stance r = result.get(i);
      if (!about && r.label() == Label.UNRELATED && r.confidence() > NAMES_CLAIM_UNRELATED_CONFIDENCE && namesTargetOrObject) {
        // an article that names the target or the object may still refer to the claim in words the rules do not read
        result.set(i, new Stance(r.label(), NAMES_CLAIM_UNRELATED_CONFIDENCE, r.evidence() + "; the article names "
            + "the claim's target or object, so less sure"));
      }
    }
    return result;
  }

  /**
   * The side that makes the allegation in this article: the speakers, and their affiliations, whose own
   * words assert the claim with confidence (a reading of the proposition, not one lent by context).
   */
  private Set<String> accusers(List<Speaker> speakers, List<Stance> own) {
    Set<String> out = new java.util.HashSet<>();
    for (int j = 0; j < own.size(); j++) {
      Stance o = own.get(j);
      Speaker sp = speakers.get(j);
      if (o.label() != Label.SUPPORT || o.confidence() < ACCUSER_CONFIDENCE || !sp.isKnown()) {
        continue;
      }
      out.add(sp.name());
      if (sp.affiliation() != null && !sp.affiliation().isBlank() && !classifier.namesTarget(sp.affiliation())) {
        out.add(sp.affiliation());
      }
    }
    return out;
  }

  private boolean isAccuser(Speaker sp, Set<String> accusers) {
    return sp.isKnown() && (accusers.contains(sp.name())
        || sp.affiliation() != null && accusers.contains(sp.affiliation()) && !classifier.namesTarget(sp.affiliation()));
  }

  /**
   * A person, organisation or place in the quote that is neither the claim's target nor its object:
   * the quote is about that party ("some speculated about [another politician's] health").
   */
  private boolean namesAnotherParty(ParsedText doc, QuoteSpan q) {
    return quoteTokens(doc, q).stream().anyMatch(t -> PARTY_NER.contains(t.ner()) && !classifier.mentionsTargetOrObject(t.word()));
  }

  /** The tokens inside the quote, in order. */
  private static List<Token> quoteTokens(ParsedText doc, QuoteSpan q) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.end() <= q.start() || s.begin() >= q.end()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.begin() >= q.start() && t.end() <= q.end()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /**
   * Rule {@code echo}: a headline or crosshead that repeats words of a quote in the body (speaker rule
   * {@code headline-echo} or {@code crosshead-echo}) takes the side that quote takes: they are the same
   * words, read where their context is. Null when there is no such quote or it takes no side.
   */
  private static Stance echoed(ParsedText doc, List<QuoteSpan> quotes, List<Speaker> speakers, List<Stance> own, int i) {
    if (!Echoes.isEcho(speakers.get(i).rule())) {
      return null;
    }
    String words = Echoes.words(doc.text().substring(quotes.get(i).start(), quotes.get(i).end()));
    if (Echoes.count(words) < ECHO_MIN_WORDS) {
      return null; // a scare-quoted word ("'evidence'") repeats a word, not a statement
    }
    for (int j = 0; j < quotes.size(); j++) {
      QuoteSpan other = quotes.get(j);
      if (j == i || !own.get(j).takesSide() || !speakers.get(j).name().equals(speakers.get(i).name())
          || paragraphOf(doc, other) == paragraphOf(doc, quotes.get(i))
          || !Echoes.holds(doc.text().substring(other.start(), other.end()), words)) {
        continue;
      }
      Stance o = own.get(j);
      return new Stance(o.label(), INHERITED_CONFIDENCE, ECHO + ": the words repeat the speaker's quote in the body: " + o.evidence());
    }
    return null;
  }

  static final String ACCUSERS_THEY = "accusers-they";
  static final String ACCUSED_THEY = "accused-they";

  /**
   * A plural pronoun (stance.json pluralThirdPersons) in a quote that names no person, organisation
   * or place, the target included: nothing in the quote is its antecedent ("Oslo and Bergen will
   * deepen their ties" is theirs). Null otherwise.
   */
  private String unboundPronoun(ParsedText doc, QuoteSpan q) {
    List<Token> tokens = quoteTokens(doc, q);
    if (tokens.stream().anyMatch(t -> PARTY_NER.contains(t.ner())) || classifier.namesTarget(doc.text().substring(q.start(), q.end()))) {
      return null;
    }
    return tokens.stream().map(Token::word).filter(w -> pluralPronouns.contains(w.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
  }

  /** The speaker's side denies the claim with confidence in another quote of the article, and never supports it. */
  private static boolean deniesElsewhere(List<Speaker> speakers, List<Stance> own, int i) {
    boolean denies = false;
    for (int j = 0; j < own.size(); j++) {
      Stance o = own.get(j);
      boolean same = speakers.get(j).name().equals(speakers.get(i).name())
          || !speakers.get(i).affiliation().isBlank() && speakers.get(i).affiliation().equals(speakers.get(j).affiliation());
      if (j == i || !same || o.confidence() < ACCUSER_CONFIDENCE) {
        continue;
      }
      if (o.label() == Label.SUPPORT) {
        return false;
      }
      denies |= o.label() == Label.DENY;
    }
    return denies;
  }

  static final String ECHO = "echo";
  private static final int ECHO_MIN_WORDS = 2;

  /**
   * Only quotes that found no proposition at all take their speaker's side: "unrelated" for want of
   * the target, or "topic-only"; never a reading the parse made (a hypothetical, a report of another).
   */
  private static boolean opensNoSide(Stance s) {
    return s.readNoProposition();
  }

  /**
   * The side the speaker takes in the article's other quotes (headlines aside), when every one of
   * them that takes a side with confidence takes the same one; null otherwise.
   */
  private static Stance speakersSide(ParsedText doc, List<QuoteSpan> quotes, List<Speaker> speakers, List<Stance> own, int i) {
    Stance side = null;
    for (int j = 0; j < own.size(); j++) {
      Stance o = own.get(j);
      if (j == i || !o.takesSide() || o.confidence() < SIDE_CONFIDENCE || !speakers.get(j).name().equals(speakers.get(i).name())
          || paragraphOf(doc, quotes.get(j)) == 0) {
        continue; // a headline is the outlet's summary, not the speaker's own words: it lends no side
      }
      if (side != null && side.label() != o.label()) {
        return null; // a speaker on both sides gives no side to lend
      }
      if (side == null) {
        side = o;
      }
    }
    return side;
  }

  /**
   * Rule {@code continuation}: the quote goes on from the one just before it, by the same known
   * speaker, which takes a side with confidence: it has no cue of its own or a cue of going on
   * ({@code continuationCues} in stance.json: "he added").
   */
  private boolean continues(String cue, List<Speaker> speakers, List<Stance> own, int i) {
    if (i == 0 || !speakers.get(i).isKnown() || !speakers.get(i).name().equals(speakers.get(i - 1).name())) {
      return false;
    }
    Stance before = own.get(i - 1);
    boolean goesOn = cue.isBlank() || continuationCues.contains(cue);
    return goesOn && before.takesSide() && before.confidence() >= CONTINUED_CONFIDENCE;
  }

  /**
   * The quote's first word is a contrast mark (contrastMarks in stance.json: "But", "However"), not
   * a contrastExceptions phrase ("yet to").
   */
  private boolean opensWithContrast(String quote) {
    java.util.regex.Matcher m = FIRST_WORDS.matcher(quote);
    if (!m.find()) {
      return false;
    }
    String first = m.group(1).toLowerCase(Locale.ROOT);
    String phrase = (first + " " + m.group(2)).toLowerCase(Locale.ROOT);
    return contrastMarks.contains(first) && !contrastExceptions.contains(phrase);
  }

  private static final java.util.regex.Pattern FIRST_WORDS = java.util.regex.Pattern.compile("^\\W*(\\p{L}+)\\W*(\\p{L}*)");

  /** The quote opens as an embedded question ("whether the two sides could …"): it asks, it says nothing. */
  private boolean opensQuestion(String quote) {
    java.util.regex.Matcher m = FIRST_WORDS.matcher(quote);
    return m.find() && classifier.language().openQuestionMarks().contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /** The quote's cue lemma in lower case, "" for a quote without a cue. */
  private static String cueOf(QuoteSpan q) {
    return q.cueLemma() == null ? "" : q.cueLemma().toLowerCase(Locale.ROOT);
  }

  private static Stance fromSameParagraph(ParsedText doc, List<QuoteSpan> quotes, List<Speaker> speakers,
      List<Stance> own, int i) {
    int paragraph = paragraphOf(doc, quotes.get(i));
    Stance best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int j = 0; j < quotes.size(); j++) {
      boolean sameTurn = j != i && own.get(j).takesSide() && speakers.get(j).name().equals(speakers.get(i).name())
          && paragraphOf(doc, quotes.get(j)) == paragraph;
      if (sameTurn && Math.abs(j - i) < bestDistance) {
        best = own.get(j);
        bestDistance = Math.abs(j - i);
      }
    }
    return best == null ? null : new Stance(best.label(), INHERITED_CONFIDENCE,
        "same speaker, same paragraph: " + best.evidence());
  }

  private static int paragraphOf(ParsedText doc, QuoteSpan q) {
    return doc.sentences().get(q.sentence()).paragraph();
  }

  /**
   * Rule {@code answers-question}: the quote answers a question put to its speaker about the claim
   * ("Asked about the oil allegations, the minister said …", "Asked whether Ankara bought the crude,
   * he did not hesitate. '…'"): a participle of {@code askingVerbs} with no subject, before the quote,
   * in its cue's or its own sentence or, for a quote that opens its sentence, in the sentence before
   * it in the paragraph. The word that makes the question one about the claim, or null.
   */
  String askedAboutClaim(ParsedText doc, QuoteSpan q) {
    List<Sentence> sentences = doc.sentences();
    Set<Integer> candidates = new TreeSet<>();
    if (q.sourceSentence() >= 0) {
      candidates.add(q.sourceSentence());
    }
    candidates.add(q.sentence());
    Sentence own = sentences.get(q.sentence());
    boolean opensSentence = own.tokens().stream().noneMatch(t -> t.end() <= q.start() && Character.isLetterOrDigit(t.word().charAt(0)));
    if (opensSentence && q.sentence() > 0 && sentences.get(q.sentence() - 1).paragraph() == own.paragraph()) {
      candidates.add(q.sentence() - 1);
    }
    for (int index : candidates) {
      Sentence s = sentences.get(index);
      for (Token t : s.tokens()) {
        if (!t.pos().equals("VBN") || !askingVerbs.contains(t.lemma().toLowerCase(Locale.ROOT))
            || s.child(t.index(), "nsubj", "nsubj:pass") != null || t.end() > q.start()) {
          continue;
        }
        int[] range = s.subtreeRange(t.index());
        int end = s.tokens().get(range[1]).end();
        if (end > q.start()) {
          continue; // the parse hangs the quote under the participle: no question of its own
        }
        String topic = classifier.questionTopic(doc.text().substring(t.begin(), end));
        if (topic != null) {
          return topic;
        }
      }
    }
    return null;
  }

  /** The sentences around the quote, without the quote: the speaker, the cue, what they did. */
  static String frame(ParsedText doc, QuoteSpan q) {
    int from = q.start();
    int to = q.end();
    for (Sentence s : doc.sentences()) {
      if (s.end() > q.start() && s.begin() < q.end()) {
        from = Math.min(from, s.begin());
        to = Math.max(to, s.end());
      }
    }
    return doc.text().substring(from, q.start()) + " … " + doc.text().substring(q.end(), to);
  }
}
