package org.quotestance.speaker;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.quote.ReportingLexicon;
import org.quotestance.quote.TranscriptLabel;

/**
 * Links each quote to its speaker: the named source, a pronoun or description resolved to the
 * person it refers to, an institution, a capital standing for its country, or the speaker of the
 * surrounding quotes for a quote without a cue. Says "unknown" rather than guess.
 */
public final class SpeakerResolver implements Serializable {
  /** A cue-less quote continues a turn that started at most this many paragraphs earlier. */
  private static final int TURN_PARAGRAPHS = 2;
  private final ReportingLexicon lexicon;
  private final Countries countries;
  private final KnownSpeakers known;

  public SpeakerResolver(ReportingLexicon lexicon, Countries countries, KnownSpeakers known) {
    this.lexicon = lexicon;
    this.countries = countries;
    this.known = known;
  }

  /** One speaker per quote, in the order of {@code quotes} (which is document order). */
  public List<Speaker> resolve(ParsedText doc, List<QuoteSpan> quotes) {
    PersonIndex persons = new PersonIndex(doc, lexicon.descriptionHeads());
    MentionResolver mentions = new MentionResolver(doc, persons, lexicon, countries, known, quotes);
    List<Speaker> speakers = new ArrayList<>();
    Speaker previous = null;
    int previousParagraph = -10;
    int previousAt = 0;
    for (QuoteSpan q : quotes) {
      int paragraph = doc.sentences().get(q.sentence()).paragraph();
      Speaker speaker;
      String label = TranscriptLabel.of(doc.text(), q.start());
      if (label != null && q.hasSource() && !persons.isPerson(persons.canonical(label))) {
        label = null; // '"Collapse: How Societies Fail," he recalled': a title with a colon, and a cue that names the speaker
      }
      String signature = DashSignature.after(doc.text(), q.end());
      Speaker question = q.hasSource() ? null : questioner(doc.text(), q.start());
      if (label != null) {
        speaker = new Speaker(persons.canonical(label), label, "").by("transcript-label");
      } else if (signature != null) {
        speaker = new Speaker(persons.canonical(signature), signature, "").by("dash-signature");
      } else if (question != null) {
        speaker = question;
      } else if (!q.hasSource() && TranscriptLabel.ofLine(doc.text(), q.start()) != null
          && labelled(TranscriptLabel.ofLine(doc.text(), q.start()), persons) != null) {
        speaker = labelled(TranscriptLabel.ofLine(doc.text(), q.start()), persons);
      } else if (q.hasSource() && sourceInside(doc, q)
          && mentions.nameBesideCueOutside(q.sourceSentence(), q.cueLemma(), q.start(), q.end()) != null) {
        // the parser made a word of the quote the cue's subject ("… They watched it," said Roe): the name beside the cue
        PersonMention named = mentions.nameBesideCueOutside(q.sourceSentence(), q.cueLemma(), q.start(), q.end());
        speaker = new Speaker(persons.canonical(named.name()), named.name(), "").by("name-beside-cue");
      } else if (q.hasSource()) {
        Sentence s = doc.sentences().get(q.sourceSentence());
        speaker = mentions.resolve(s, mentions.personBeforeCue(s, s.tokens().get(q.sourceToken()), q.cueLemma()), previous, previousAt);
      } else if (mentions.nameBeforeCue(q.sentence(), q.cueLemma()) != null) {
        PersonMention named = mentions.nameBeforeCue(q.sentence(), q.cueLemma());
        speaker = new Speaker(persons.canonical(named.name()), named.name(), "").by("name-beside-cue");
      } else if ((q.cueLemma() == null || q.cueLemma().isEmpty()) && mentions.introducer(q.start(), q.sentence(), previousAt) != null) {
        PersonMention named = mentions.introducer(q.start(), q.sentence(), previousAt);
        speaker = new Speaker(persons.canonical(named.name()), named.name(), "").by("introduced-speaker");
      } else if (previous != null && paragraph - previousParagraph <= TURN_PARAGRAPHS) {
        // in the same paragraph, the cue that introduced the turn ("…," he said. "…") names it
        String mention = paragraph == previousParagraph ? previous.mention() : "";
        speaker = new Speaker(previous.name(), mention, previous.affiliation()).by("turn-continuation");
      } else {
        speaker = Speaker.unknown("").by("no-source");
      }
      speaker = withAffiliation(speaker, persons, mentions);
      speakers.add(speaker);
      if (speaker.isKnown()) {
        previous = speaker;
        previousParagraph = paragraph;
        previousAt = doc.sentences().get(q.hasSource() ? q.sourceSentence() : q.sentence()).end();
      }
    }
    return withCrossheadEchoes(doc, quotes,
        withHeadlineEchoes(doc, quotes, withEpithetsResolved(withLedeDescriptionsNamed(doc, quotes, speakers, persons), persons)));
  }

  /**
   * Rule {@code crosshead-echo}: a paragraph that is nothing but a quote ("'Nobody asked questions'"
   * between two sections) is a crosshead lifting words from a quote of the section it heads; that
   * quote's speaker said them, not whoever spoke last before it. The quote below it first, then above.
   */
  private static List<Speaker> withCrossheadEchoes(ParsedText doc, List<QuoteSpan> quotes, List<Speaker> speakers) {
    List<Speaker> out = new ArrayList<>(speakers);
    String text = doc.text();
    for (int i = 0; i < quotes.size(); i++) {
      QuoteSpan q = quotes.get(i);
      int lineStart = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
      int lineEnd = text.indexOf('\n', q.end());
      String words = Echoes.words(text.substring(q.start(), q.end()));
      if (doc.sentences().get(q.sentence()).paragraph() == 0 || Echoes.count(words) < CROSSHEAD_MIN_WORDS
          || !Echoes.words(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd)).equals(words)) {
        continue;
      }
      Speaker echoed = null;
      for (int step : new int[] {1, -1}) {
        for (int j = i + step; echoed == null && j >= 0 && j < quotes.size(); j += step) {
          QuoteSpan other = quotes.get(j);
          if (out.get(j).isKnown() && !Echoes.CROSSHEAD_ECHO.equals(out.get(j).rule())
              && doc.sentences().get(other.sentence()).paragraph() != doc.sentences().get(q.sentence()).paragraph()
              && Echoes.holds(text.substring(other.start(), other.end()), words)) {
            echoed = out.get(j);
          }
        }
      }
      if (echoed != null) {
        out.set(i, new Speaker(echoed.name(), out.get(i).mention(), echoed.affiliation()).by(Echoes.CROSSHEAD_ECHO));
      }
    }
    return out;
  }

  /** A word or two ("'Proof'") may be in anyone's quote; a crosshead of three words or more is one quote's. */
  private static final int CROSSHEAD_MIN_WORDS = 3;

  /** The token the quote names as its source lies inside the quote's own words. */
  private static boolean sourceInside(ParsedText doc, QuoteSpan q) {
    Token source = doc.sentences().get(q.sourceSentence()).tokens().get(q.sourceToken());
    return source.begin() >= q.start() && source.end() <= q.end();
  }

  private static final java.util.regex.Pattern QUESTION_LINE =
      java.util.regex.Pattern.compile("^(\\p{L}+)\\.?(?:\\s*\\(([^()]{2,60})\\))?:\\s*[\"“‘'«]?$");

  /**
   * Rule {@code question-label}: "Question (RIA Novosti): '…'" on a briefing's transcript is a
   * reporter's question: the speaker is unknown, the outlet in parentheses its affiliation; null
   * when the quote's line opens with no such label ({@code question-label} in affiliations.tsv).
   */
  private static Speaker questioner(String text, int quoteStart) {
    int lineStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
    if (quoteStart - lineStart > 80) {
      return null;
    }
    java.util.regex.Matcher m = QUESTION_LINE.matcher(text.substring(lineStart, quoteStart).strip());
    if (!m.matches() || !Affiliations.get().isQuestionLabel(m.group(1))) {
      return null;
    }
    String outlet = m.group(2) == null ? "" : m.group(2).strip();
    return new Speaker(Speaker.UNKNOWN, m.group(1), outlet).by("question-label");
  }

  /**
   * Rule {@code line-label}: "Russia: 'We have the pictures'", a line that is only a label and the
   * quote: the label speaks; a country's name (or its short form) is its government, under the country's name.
   */
  private Speaker labelled(String label, PersonIndex persons) {
    String country = countries.countryOf(lower(label));
    if (country != null) {
      return new Speaker(country, label, country).by("line-label");
    }
    // "Spokeswoman Ann Roe: '…'": the role before the name is not part of it
    String name = label;
    while (name.indexOf(' ') > 0 && isRoleWord(lower(name.substring(0, name.indexOf(' '))))) {
      name = name.substring(name.indexOf(' ') + 1);
    }
    String canonical = persons.canonical(name);
    return persons.isPerson(canonical) ? new Speaker(canonical, label, "").by("line-label") : null; // "Related: '…'" names no one
  }

  private boolean isRoleWord(String word) {
    return lexicon.descriptionHeads().contains(word) || Affiliations.get().isRole(word) || Affiliations.get().isBodyRole(word);
  }

  /** The lede is the first paragraph after the headline with a sentence this long (not a date or byline line). */
  private static final int LEDE_MIN_TOKENS = 8;

  /** The first paragraph after the headline that holds a sentence of {@link #LEDE_MIN_TOKENS} tokens, or 1. */
  private static int firstBodyParagraph(ParsedText doc) {
    for (Sentence s : doc.sentences()) {
      // a byline or a timestamp ("Updated 2118 GMT December 4, 2015") has no finite verb: no lede
      boolean finite = s.tokens().stream().anyMatch(t -> Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos()));
      if (s.paragraph() > 0 && s.tokens().size() >= LEDE_MIN_TOKENS && finite) {
        return s.paragraph();
      }
    }
    return 1;
  }

  /** The article names the person before {@code offset} outside the headline (the headline may name the lede's speaker). */
  private static boolean namedInBodyBefore(ParsedText doc, PersonIndex persons, String name, int offset) {
    return persons.mentionsOf(persons.canonical(name)).stream()
        .anyMatch(m -> m.begin() < offset && doc.sentences().get(m.sentence()).paragraph() > 0);
  }

  /** Even one word: a headline quotes a word the body quotes ("Slander", "pouring"). */
  private static final int ECHO_MIN_WORDS = 1;

  /**
   * Rule {@code headline-echo}: "Industry in 'worst turmoil in decades', says boss" quotes words
   * the body attributes ("… the worst turmoil in decades, said chief executive Ann Roe"): a headline
   * quote the article gives no speaker is the speaker's of the first body quote that holds its words.
   */
  private static List<Speaker> withHeadlineEchoes(ParsedText doc, List<QuoteSpan> quotes, List<Speaker> speakers) {
    List<Speaker> out = new ArrayList<>(speakers);
    for (int i = 0; i < quotes.size(); i++) {
      QuoteSpan q = quotes.get(i);
      String words = Echoes.words(doc.text().substring(q.start(), q.end()));
      // a description in the headline ("…, Turkish official says") may fit several people; the body's words name one
      boolean described = MentionResolver.HEADLINE_DESCRIPTION.equals(out.get(i).rule());
      if (out.get(i).isKnown() && !described || doc.sentences().get(q.sentence()).paragraph() != 0
          || Echoes.count(words) < ECHO_MIN_WORDS) {
        continue;
      }
      for (int j = i + 1; j < quotes.size(); j++) {
        QuoteSpan body = quotes.get(j);
        if (out.get(j).isKnown() && doc.sentences().get(body.sentence()).paragraph() > 0
            && Echoes.holds(doc.text().substring(body.start(), body.end()), words)) {
          Speaker echoed = out.get(j);
          out.set(i, new Speaker(echoed.name(), out.get(i).mention(), echoed.affiliation()).by(Echoes.HEADLINE_ECHO));
          break;
        }
      }
    }
    return out;
  }

  /** The country the first country word or demonym of a name stands for, or null. */
  private static String countryNamedIn(String name) {
    for (String word : name.split("[\\s’']+")) {
      String country = word.isEmpty() ? null : Affiliations.get().countryOf(word);
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  /** A lede description names its person within this many paragraphs. */
  private static final int LEDE_NAMING_PARAGRAPHS = 2;

  /**
   * Rule {@code lede-description}: news introduces a speaker by role in the lede and names them
   * after it ("Norway's deputy foreign minister said on Monday … / 'We …,' Kari Holm told
   * reporters"). A description speaker in the first body paragraph with a role head is the next
   * person the article names, within two paragraphs, if that person also speaks, was not named
   * before, and has no title of another role nor another country; the person's quotes without an
   * affiliation take the description's.
   */
  private List<Speaker> withLedeDescriptionsNamed(ParsedText doc, List<QuoteSpan> quotes, List<Speaker> speakers,
      PersonIndex persons) {
    List<Speaker> out = new ArrayList<>(speakers);
    int first = firstBodyParagraph(doc);
    // a caption or a standfirst before the lede ("This image released by … shows …") quotes no one: the lede is the next paragraph
    boolean quoteInFirst = quotes.stream().anyMatch(q -> doc.sentences().get(q.sentence()).paragraph() == first);
    int lede = quoteInFirst ? first : first + 1;
    for (int i = 0; i < quotes.size(); i++) {
      Speaker d = speakers.get(i);
      QuoteSpan q = quotes.get(i);
      // an unnamed role ("Turkey's prime minister") is a description too
      boolean unnamed = !d.isKnown() && "unnamed".equals(d.rule()) && !d.mention().isBlank();
      if (!unnamed && (!d.isKnown() || persons.isPerson(d.name())) || !q.hasSource()) {
        continue;
      }
      Sentence at = doc.sentences().get(q.sourceSentence());
      String head = roleHeadOf(lower(unnamed ? d.mention() : d.name()));
      if (at.paragraph() != lede || !isRoleHead(head)) {
        continue;
      }
      PersonMention next = persons.firstNamedAfter(at.end());
      if (next == null || doc.sentences().get(next.sentence()).paragraph() > at.paragraph() + LEDE_NAMING_PARAGRAPHS
          || namedInBodyBefore(doc, persons, next.name(), at.begin())) {
        continue;
      }
      String name = persons.canonical(next.name());
      String own = persons.affiliationOf(name);
      boolean sameRole = !next.hasRole() || Affiliations.get().isGenericRole(head)
          || Affiliations.get().sameRole(head).stream().anyMatch(next.descriptors()::contains);
      // "a member of the Chilean Senate's committee" is on Chile's side as "a senior Chilean lawmaker" is
      boolean sameSide = own.isEmpty() || d.affiliation().isEmpty() || own.equals(d.affiliation())
          || d.affiliation().equals(countryNamedIn(own));
      boolean speaks = speakers.stream().anyMatch(o -> o.name().equals(name));
      if (!sameRole || !sameSide || !speaks) {
        continue;
      }
      // a city or state the description names ("the Dover mayor") is not carried to a person the
      // article never places there: the link is a guess, and a place is easy to get wrong
      boolean placeOfOffice = own.isEmpty() && d.mention().contains(d.affiliation())
          && Affiliations.get().countryOf(d.affiliation()) == null && Affiliations.get().partyOf(d.affiliation()) == null;
      String affiliation = own.isEmpty() && !placeOfOffice ? d.affiliation() : own;
      out.set(i, new Speaker(name, d.mention(), affiliation).by("lede-description"));
      for (int j = 0; j < out.size(); j++) {
        Speaker o = out.get(j);
        if (o.name().equals(name) && o.affiliation().isEmpty() && !affiliation.isEmpty()) {
          out.set(j, new Speaker(o.name(), o.mention(), affiliation, o.rule()));
        }
      }
    }
    return out;
  }

  /**
   * Rule {@code epithet}: a description the article uses as an epithet ("the mayor's former campaign
   * strategist said", "a former party chairman says") stands for the article's protagonist: the
   * person who speaks most often in it (two quotes or more; of equals, the one named first), when
   * the description does not name them.
   */
  private List<Speaker> withEpithetsResolved(List<Speaker> speakers, PersonIndex persons) {
    Map<String, Integer> quotesBy = new TreeMap<>();
    for (Speaker s : speakers) {
      if (s.isKnown() && persons.isPerson(s.name())) {
        quotesBy.merge(s.name(), 1, Integer::sum);
      }
    }
    // of those who speak most, the one the article names first (its headline's subject, usually)
    String protagonist = null;
    int most = 1;
    for (Map.Entry<String, Integer> e : quotesBy.entrySet()) {
      boolean more = e.getValue() > most;
      boolean earlier = e.getValue() == most && protagonist != null
          && persons.firstNamed(e.getKey()) < persons.firstNamed(protagonist);
      if (more || earlier) {
        protagonist = e.getKey();
        most = e.getValue();
      }
    }
    if (protagonist == null) {
      return speakers;
    }
    // the protagonist's own affiliation, not the description's guess
    String affiliation = "";
    for (Speaker s : speakers) {
      if (s.name().equals(protagonist) && !s.affiliation().isEmpty() && affiliation.isEmpty()) {
        affiliation = s.affiliation();
      }
    }
    List<Speaker> out = new ArrayList<>();
    for (Speaker s : speakers) {
      out.add(isEpithet(s, persons, protagonist)
          ? new Speaker(protagonist, s.mention(), affiliation.isEmpty() ? s.affiliation() : affiliation).by("epithet") : s);
    }
    return out;
  }

  /**
   * The head of a description: its last word, or the last before a post-modifier (reporting.json
   * postModifierOpeners: "a senior adviser to the council" is an adviser, "a lawmaker from the Green
   * party (GP)" a lawmaker).
   */
  private String roleHeadOf(String description) {
    String[] words = description.split("[\\s’']+");
    String head = words[words.length - 1];
    for (int k = 1; k < words.length; k++) {
      if (lexicon.postModifierOpeners().contains(words[k]) || words[k].startsWith("(") || words[k].startsWith(",")) {
        return words[k - 1].replaceAll("\\W+$", "");
      }
    }
    return head;
  }

  /** A noun that names a role: a description head of the reporting lexicon, or a role in affiliations.tsv. */
  private boolean isRoleHead(String word) {
    return lexicon.descriptionHeads().contains(word) || Affiliations.get().isRole(word);
  }

  private boolean isEpithet(Speaker s, PersonIndex persons, String protagonist) {
    if (!s.isKnown() || persons.isPerson(s.name())) {
      return false;
    }
    List<String> words = List.of(lower(s.name()).split("[\\s’']+"));
    String head = words.get(words.size() - 1);
    boolean role = isRoleHead(head);
    boolean marked = words.stream().anyMatch(lexicon.epithetMarkers()::contains);
    String[] names = lower(protagonist).split("\\s+");
    return role && marked && !words.contains(names[names.length - 1]);
  }


  /**
   * The affiliation the article states for the speaker (the person record, or a seat of government
   * or alias for an institution); the claim file's known speakers add what the text never says.
   */
  private Speaker withAffiliation(Speaker speaker, PersonIndex persons, MentionResolver mentions) {
    String body = speaker.isKnown() && !persons.isPerson(speaker.name()) ? nationalBody(speaker.name()) : null;
    if (body != null) {
      speaker = new Speaker(body, speaker.mention(), speaker.affiliation(), speaker.rule());
    }
    if (!speaker.isKnown() || !speaker.affiliation().isEmpty()) {
      return speaker;
    }
    boolean person = persons.isPerson(speaker.name());
    String affiliation = persons.affiliationOf(speaker.name());
    // "Foreign Minister X" in an article that names another country's foreign ministry: the portfolio
    // only guesses the country, and the claim file's known speaker says it
    String claimFileSide = person ? known.affiliationOf(speaker.name()) : "";
    if (!claimFileSide.isEmpty() && affiliation.equals(persons.portfolioCountryOf(speaker.name()))) {
      affiliation = claimFileSide;
    }
    // "CHINA - Foreign Ministry spokesman X said": a body with no country is the dateline country's
    boolean bareBody = !affiliation.isEmpty() && Affiliations.get().bodyName(affiliation) != null
        && Affiliations.get().seatCountryIn(List.of(affiliation.split("\\s+"))) == null;
    String dateline = person && (affiliation.isEmpty() || bareBody)
        ? persons.datelineCountryOf(speaker.name()) : "";
    if (bareBody && !dateline.isEmpty()) {
      // "Foreign Minister X" under another country's dateline: the claim file's known speaker says whose minister
      affiliation = claimFileSide.isEmpty() ? dateline : claimFileSide;
    }
    if (affiliation.isEmpty() && !person) {
      String seat = Affiliations.get().seatCountryIn(List.of(speaker.name().split("\\s+")));
      affiliation = seat != null ? seat : "";
    }
    if (affiliation.isEmpty() && person) {
      affiliation = mentions.bodyVoice(speaker.name());
    }
    if (affiliation.isEmpty()) {
      affiliation = known.affiliationOf(speaker.name());
    }
    if (affiliation.isEmpty() && person) {
      affiliation = persons.campaignOf(speaker.name());
    }
    if (affiliation.isEmpty() && person && !persons.possessorOf(speaker.name()).isEmpty()) {
      // rule possessor-voice: "Roe spokeswoman X" speaks for whom Roe speaks for, where only the claim file says it
      affiliation = known.affiliationOf(persons.canonical(persons.possessorOf(speaker.name())));
    }
    if (affiliation.isEmpty() && person) {
      affiliation = persons.partyEpithetOf(speaker.name());
    }
    if (affiliation.isEmpty() && person) {
      affiliation = persons.placeOfOfficeOf(speaker.name()); // a state or city government: before the dateline's country
    }
    if (affiliation.isEmpty()) {
      affiliation = dateline;
    }
    if (affiliation.isEmpty() && !person) {
      affiliation = possessorsAffiliation(speaker.name(), persons, mentions);
    }
    return new Speaker(known.canonical(speaker.name()), speaker.mention(), affiliation, speaker.rule());
  }

  /**
   * Rule {@code possessor-voice} for a description: "Roe's official spokesman" speaks for whom the
   * article's person Roe speaks for, by every rule that places Roe; "" when the description has no
   * person's possessive first.
   */
  private String possessorsAffiliation(String description, PersonIndex persons, MentionResolver mentions) {
    java.util.regex.Matcher m = POSSESSED.matcher(description);
    if (!m.matches()) {
      return "";
    }
    // only a voice speaks for its owner ("Roe's spokesman", "Roe's advisers"), not "Roe's lawyer" or
    // "Roe's former strategist"
    List<String> words = List.of(lower(description).split("\\s+"));
    String head = words.get(words.size() - 1);
    boolean voice = lexicon.descriptionHeads().contains(head) || lexicon.descriptionHeads().contains(head.replaceAll("s$", ""))
        || Affiliations.get().isBodyRole(head);
    if (!voice || words.stream().anyMatch(lexicon.epithetMarkers()::contains)) {
      return "";
    }
    String owner = persons.canonical(m.group(1));
    if (!persons.isPerson(owner)) {
      return "";
    }
    return withAffiliation(new Speaker(owner, m.group(1), ""), persons, mentions).affiliation();
  }

  private static final java.util.regex.Pattern POSSESSED = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,2})['’]s \\p{Ll}.*");

  /**
   * A country's body, spelled one way: "Norwegian MoD", "Danish foreign ministry" (its first word is
   * a country's, its head a body's); null for others ("Norwegian generals" is a description).
   */
  private static String nationalBody(String name) {
    String[] words = name.split("\\s+");
    boolean national = words.length >= 2 && Character.isUpperCase(words[0].codePointAt(0))
        && Affiliations.get().countryOf(words[0]) != null;
    return national ? Affiliations.get().bodyName(name) : null;
  }


  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Tokens of a sentence as text, {@code from..to} inclusive. */
  static String text(Sentence s, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      Token t = s.tokens().get(k);
      if (k > from && t.begin() > s.tokens().get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    return sb.toString();
  }
}
