package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
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

  /** {@code roleNouns}: nouns that name a role in a title ("minister", "nominee", "counterpart"). */
  PersonIndex(ParsedText doc, Set<String> roleNouns) {
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
        mentions.add(new PersonMention(name, s.index(), i, j, tokens.get(i).begin(), descriptors(tokens, i),
            organisations(tokens, i), hasRole(tokens, i, roleNouns)));
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

  /** The first person of two or more words whose surname is {@code word}, or null. */
  PersonMention bySurname(String word) {
    String surname = NameVariants.tokens(word).stream().findFirst().orElse("");
    for (PersonMention m : mentions) {
      List<String> tokens = NameVariants.tokens(m.name());
      if (tokens.size() > 1 && tokens.get(tokens.size() - 1).equals(surname)) {
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
    return collect(canonical, false, PersonMention::descriptors);
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

  /** Organisations in the role titles of this person's mentions, nearest first. */
  List<String> organisationsOf(String canonical) {
    return collect(canonical, true, PersonMention::organisations);
  }

  /** Descriptor words of this person's mentions whose title names a role: where affiliations come from. */
  List<String> roleDescriptorsOf(String canonical) {
    return collect(canonical, true, PersonMention::descriptors);
  }

  private List<String> collect(String canonical, boolean rolesOnly, Function<PersonMention, List<String>> field) {
    List<String> out = new ArrayList<>();
    for (PersonMention m : mentions) {
      if ((!rolesOnly || m.hasRole()) && NameVariants.compatible(m.name(), canonical)) {
        out.addAll(field.apply(m));
      }
    }
    return out;
  }

  private static boolean hasRole(List<Token> tokens, int nameStart, Set<String> roleNouns) {
    for (int k = titleStart(tokens, nameStart); k < nameStart; k++) {
      Token t = tokens.get(k);
      if (t.ner().equals("TITLE") || roleNouns.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Runs of organisation names inside the title before a name: "NATO Secretary General". */
  private static List<String> organisations(List<Token> tokens, int nameStart) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int k = titleStart(tokens, nameStart); k < nameStart; k++) {
      Token t = tokens.get(k);
      if (t.ner().equals("ORGANIZATION") && Character.isUpperCase(t.word().codePointAt(0))) {
        run.append(run.length() == 0 ? "" : " ").append(t.word());
      } else if (run.length() > 0) {
        out.add(run.toString());
        run.setLength(0);
      }
    }
    if (run.length() > 0) {
      out.add(run.toString());
    }
    return out;
  }

  /** Title words just before a name: "Turkish Foreign Minister", "his Russian counterpart". */
  private static List<String> descriptors(List<Token> tokens, int nameStart) {
    List<String> out = new ArrayList<>();
    for (int k = nameStart - 1; k >= titleStart(tokens, nameStart); k--) {
      if (!tokens.get(k).word().equals(",")) {
        out.add(tokens.get(k).word().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Where the title in front of a name begins (the name's own start when it has none). */
  private static int titleStart(List<Token> tokens, int nameStart) {
    int start = nameStart;
    for (int k = nameStart - 1; k >= 0 && nameStart - k <= MAX_DESCRIPTOR_TOKENS; k--) {
      Token t = tokens.get(k);
      boolean titleLike = DESCRIPTOR_NER.contains(t.ner()) || t.isNoun() || t.pos().equals("JJ")
          || (t.word().equals(",") && k == nameStart - 1);
      if (!titleLike || isPerson(t)) {
        break;
      }
      start = k;
    }
    return start;
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
