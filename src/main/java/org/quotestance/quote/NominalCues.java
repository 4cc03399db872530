package org.quotestance.quote;

import java.util.List;
import java.util.Locale;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/** Reports without a reporting verb: "according to X, …" and reporting nouns ("X's claim that …"). */
final class NominalCues {
  /** "According to MSNBC, basically": a word or two is no report. */
  private static final int MIN_ACCORDING_TOKENS = 3;
  private final ReportingLexicon lexicon;
  /** The phrases' words, split once: tried at every token of every article. */
  private final List<List<String>> accordingTo;

  NominalCues(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
    this.accordingTo = lexicon.accordingToWords();
  }

  /**
   * The phrase of reporting.json's {@code accordingTo} that starts at {@code t} ("according to"),
   * compared word by word ignoring case, or null.
   */
  String accordingPhrase(List<Token> tokens, Token t) {
    for (List<String> phrase : accordingTo) {
      boolean match = t.index() + phrase.size() <= tokens.size();
      for (int i = 0; match && i < phrase.size(); i++) {
        match = tokens.get(t.index() + i).word().equalsIgnoreCase(phrase.get(i));
      }
      if (match) {
        return String.join(" ", phrase);
      }
    }
    return null;
  }

  /** "According to X, clause": X is the source, the clause X modifies is the content. */
  Cue accordingTo(Sentence s, Token according, String phrase) {
    int source = according.head();
    if (source < 0) {
      return new Cue(s.index(), according.index(), phrase, phrase, -1, -1, -1, Cue.ACCORDING_TO);
    }
    int[] sourceRange = s.subtreeRange(source);
    int clause = s.tokens().get(source).head();
    int[] range = clause >= 0 ? s.subtreeRange(clause) : new int[] {0, s.tokens().size() - 1};
    // The clause is on whichever side of "according to X" has more of it.
    int[] after = sourceRange[1] + 1 <= range[1] ? CueFinder.trimPunctuation(s, new int[] {sourceRange[1] + 1, range[1]}) : null;
    int[] before = range[0] <= sourceRange[0] - 1 ? CueFinder.trimPunctuation(s, new int[] {range[0], sourceRange[0] - 1}) : null;
    int[] content = after == null ? before : before == null ? after
        : (after[1] - after[0] >= before[1] - before[0] ? after : before);
    if (content == null || content[1] - content[0] + 1 < MIN_ACCORDING_TOKENS) {
      return new Cue(s.index(), according.index(), phrase, phrase, source, -1, -1, Cue.ACCORDING_TO);
    }
    return new Cue(s.index(), according.index(), phrase, phrase, source,
        CueFinder.charStart(s, content[0], content[1]), CueFinder.charEnd(s, content[0], content[1]), Cue.ACCORDING_TO);
  }

  /**
   * "Erdogan denied Putin's accusations that …": the accusations are the object of a verb whose
   * object is what it reports, so the whole noun phrase is the denier's report (the verb's cue
   * covers it), not a second report by the possessor.
   */
  private boolean isRejectedObject(Sentence s, Token noun) {
    if (noun.head() < 0) {
      return false;
    }
    PhrasalVerbs.Match phrasal = PhrasalVerbs.find(s, s.tokens().get(noun.head()), lexicon);
    if (phrasal != null && phrasal.object().index() == noun.index()) {
      return true; // "hit back at Moscow's allegations that …"
    }
    if (!noun.relation().equals("obj")) {
      return false;
    }
    Token verb = s.tokens().get(noun.head());
    return lexicon.objectContentVerbs().contains(verb.lemma().toLowerCase(Locale.ROOT)) && s.child(verb.index(), "nsubj") != null;
  }

  /** A nationality adjective on the report noun ("Russian claims"), or null. */
  private static Token nationalityHolder(Sentence s, Token noun) {
    for (Token child : s.children(noun.index())) {
      if (child.relation().startsWith("amod") && "NATIONALITY".equals(child.ner())) {
        return child;
      }
    }
    return null;
  }

  /**
   * The subject of a voicing verb ({@code voicingVerbs} in reporting.json) whose object, or "in"
   * phrase, the noun is: "X made the argument that …", "X persisted in arguments that …". Null if none.
   */
  private Token voicer(Sentence s, Token noun) {
    if (noun.head() < 0) {
      return null;
    }
    Token verb = s.tokens().get(noun.head());
    boolean object = noun.relation().equals("obj")
        || noun.relation().startsWith("obl") && s.child(noun.index(), "case") != null
            && s.child(noun.index(), "case").word().equalsIgnoreCase("in");
    if (!object || !verb.isVerb() || !lexicon.voicingVerbs().contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return s.child(verb.index(), "nsubj");
  }

  /** "X's allegations that …": the possessor speaks, the that-clause is what they said. */
  Cue nounCue(Sentence s, Token noun) {
    if (isRejectedObject(s, noun)) {
      return null;
    }
    Token owner = s.child(noun.index(), "nmod:poss");
    if (owner == null) {
      owner = nationalityHolder(s, noun); // "Russian allegations that …": the nation alleges
    }
    // "Democrats persisted in arguments that …": the subject voices them; "the ministry repeated
    // its accusation that …": "its" is the subject's own
    Token voicer = voicer(s, noun);
    if (owner == null || owner.pos().equals("PRP$") && !Speakers.canSpeak(owner, lexicon) && voicer != null) {
      owner = voicer;
    }
    boolean speaks = owner != null && Speakers.canSpeak(owner, lexicon);
    Token clause = null;
    Token topic = null;
    for (Token child : s.children(noun.index())) {
      boolean thatClause = (child.relation().startsWith("acl") || child.relation().equals("ccomp"))
          && child.index() > noun.index() && s.child(child.index(), "mark") != null
          && s.child(child.index(), "mark").word().equalsIgnoreCase("that");
      if (thatClause) {
        clause = child;
      }
      Token preposition = s.child(child.index(), "case");
      if (child.relation().startsWith("nmod") && child.index() > noun.index() && preposition != null
          && lexicon.introducesTopic(preposition.word().toLowerCase(Locale.ROOT), noun.lemma().toLowerCase(Locale.ROOT))) {
        topic = child;
      }
    }
    int[] content;
    if (clause != null) {
      content = CueFinder.withoutMarker(s, s.subtreeRange(clause.index())); // "(Putin's) allegations that …"
    } else if (topic != null && speaks) {
      int[] range = s.subtreeRange(topic.index()); // "Clinton's comments on the shooting"
      content = CueFinder.trimPunctuation(s, new int[] {range[0] + 1, range[1]});
    } else {
      return null;
    }
    if (content == null) {
      return null;
    }
    return new Cue(s.index(), noun.index(), noun.word(), noun.lemma().toLowerCase(Locale.ROOT), speaks ? owner.index() : -1,
        CueFinder.charStart(s, content[0], content[1]), CueFinder.charEnd(s, content[0], content[1]), Cue.NOMINAL);
  }
}
