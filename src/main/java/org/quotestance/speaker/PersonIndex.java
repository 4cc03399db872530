package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * Every person named in an article, in order, with the titles before each name; the canonical
 * name of a person is the fullest name of theirs the article uses.
 */
final class PersonIndex {
  private static final Set<String> DESCRIPTOR_NER = Set.of("TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION", "LOCATION", "CITY");
  private static final int MAX_DESCRIPTOR_TOKENS = 6;
  private final List<PersonMention> mentions = new ArrayList<>();

  PersonIndex(ParsedText doc) {
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (!isPerson(tokens.get(i))) {
          continue;
        }
        int j = i;
        while (j + 1 < tokens.size() && isPerson(tokens.get(j + 1))) {
          j++;
        }
        String name = join(tokens, i, j);
        mentions.add(new PersonMention(name, s.index(), i, j, tokens.get(i).begin(), descriptors(tokens, i)));
        i = j;
      }
    }
  }

  static boolean isPerson(Token t) {
    // not a verb: title-case headlines tag "Christie Calls Hillary Clinton" as one person
    return t.ner().equals("PERSON") && Character.isUpperCase(t.word().charAt(0)) && !t.isVerb();
  }

  /** The mention whose tokens include {@code token} of {@code sentence}, or null. */
  PersonMention at(int sentence, int token) {
    for (PersonMention m : mentions) {
      if (m.sentence() == sentence && token >= m.from() && token <= m.to()) {
        return m;
      }
    }
    return null;
  }

  /** The fullest name in the article compatible with {@code name}. */
  String canonical(String name) {
    String best = name;
    for (PersonMention m : mentions) {
      if (NameVariants.compatible(m.name(), best) && NameVariants.tokens(m.name()).size() > NameVariants.tokens(best).size()) {
        best = m.name();
      }
    }
    return best;
  }

  /** Descriptor words of every mention of this person, nearest first. */
  List<String> descriptorsOf(String canonical) {
    List<String> out = new ArrayList<>();
    for (PersonMention m : mentions) {
      if (NameVariants.compatible(m.name(), canonical)) {
        out.addAll(m.descriptors());
      }
    }
    return out;
  }

  /** The latest person before {@code offset} whose titles include all of {@code required}. */
  PersonMention latestDescribedBy(int offset, List<String> required) {
    PersonMention found = null;
    for (PersonMention m : mentions) {
      if (m.begin() >= offset) {
        break;
      }
      List<String> words = descriptorsOf(canonical(m.name()));
      if (words.containsAll(required)) {
        found = m;
      }
    }
    return found;
  }

  /** Title words just before a name: "Turkish Foreign Minister", "his Russian counterpart". */
  private static List<String> descriptors(List<Token> tokens, int nameStart) {
    List<String> out = new ArrayList<>();
    for (int k = nameStart - 1; k >= 0 && nameStart - k <= MAX_DESCRIPTOR_TOKENS; k--) {
      Token t = tokens.get(k);
      boolean titleLike = DESCRIPTOR_NER.contains(t.ner()) || t.isNoun() || t.pos().equals("JJ")
          || (t.word().equals(",") && k == nameStart - 1);
      if (!titleLike || isPerson(t)) {
        break;
      }
      if (!t.word().equals(",")) {
        out.add(t.word().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static String join(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).word());
    }
    return sb.toString();
  }
}
