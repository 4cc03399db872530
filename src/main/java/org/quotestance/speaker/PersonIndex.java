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
  private static final int MAX_DESCRIPTOR_TOKENS = 8;
  private final List<PersonMention> mentions = new ArrayList<>();

  /** An apposition after a name that gives the person's role: "X, Norway's envoy to the UN,". */
  private static final int MAX_APPOSITION_TOKENS = 16;
  private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,6}");
  private static final java.util.regex.Pattern PARTY_LABEL = java.util.regex.Pattern.compile("(\\p{Lu})-\\p{Lu}[\\p{L}.]*");
  private final Affiliations affiliations = Affiliations.get();
  private final ParsedText doc;
  private final java.util.Map<String, java.util.Optional<String>> countryByPortfolio = new java.util.HashMap<>();

  /** {@code roleNouns}: nouns that name a role in a title ("minister", "nominee", "counterpart"). */
  PersonIndex(ParsedText doc, Set<String> roleNouns) {
    this.doc = doc;
    Set<String> roles = new java.util.HashSet<>(roleNouns);
    roles.addAll(affiliations.roles());
    roleNouns = roles;
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        int titled = titledNameEnd(tokens, i, affiliations);
        if (titled < 0 && !isPerson(tokens.get(i))) {
          titled = appositiveNameEnd(tokens, i, roleNouns);
        }
        if (!isPerson(tokens.get(i)) && titled < 0) {
          continue;
        }
        int j = Math.max(i, titled);
        while (j + 1 < tokens.size() && isPerson(tokens.get(j + 1))) {
          j++;
        }
        String name = affiliations.withoutTitles(join(tokens, i, j));
        List<String> apposition = apposition(tokens, j, roleNouns);
        List<String> organisations = new ArrayList<>(organisations(tokens, titleStart(tokens, i), i));
        String party = apposition.isEmpty() ? partyLabel(tokens, j) : null;
        if (!apposition.isEmpty()) {
          organisations.addAll(organisations(tokens, j + 2, j + 2 + apposition.size()));
          int[] led = organisations.isEmpty() ? ledOrganisation(s, appositionHead(s, j)) : null;
          if (led != null) { // "X, a former official who runs Y,"
            organisations.add(doc.text().substring(tokens.get(led[0]).begin(), tokens.get(led[1]).end()));
          }
        } else if (party != null) {
          apposition = List.of(party);
        } else {
          // the first of these that applies gives the role's words: "X of the Y Institute", "a
          // spokeswoman for Y, X,", "X, who served as chairman of Y,"
          int[] role = ofOrganisation(tokens, j);
          role = role != null ? role : roleBefore(s, j, roleNouns);
          role = role != null ? role : frontedRole(tokens, i, roleNouns);
          role = role != null ? role : copularRole(s, j, roleNouns);
          role = role != null ? role : relativeRole(s, j, roleNouns);
          int[] led = role != null ? null : ledOrganisation(s, j);
          led = role != null || led != null ? led : ledOrganisation(s, appositionHead(s, j));
          if (led != null) {
            apposition = words(tokens, led[0], led[1]);
            organisations.add(doc.text().substring(tokens.get(led[0]).begin(), tokens.get(led[1]).end()));
          } else if (role != null) {
            apposition = words(tokens, role[0], role[1]);
            organisations.addAll(organisations(tokens, role[0], role[1] + 1));
          }
        }
        List<String> descriptors = new ArrayList<>(descriptors(tokens, i));
        for (int k = i; k <= j && affiliations.isTitle(tokens.get(k).word()); k++) {
          descriptors.add(0, tokens.get(k).word().toLowerCase(Locale.ROOT)); // "Capt" tagged as part of the name
        }
        for (String title : List.copyOf(descriptors)) {
          String role = affiliations.roleOfTitle(title);
          if (role != null) {
            descriptors.add(role); // "the general" after "Lt-Gen X"
          }
        }
        // "Retired Air Force Gen. X": a military or academic title inside the name is a role too
        boolean titledRole = affiliations.roleOfTitle(tokens.get(i).word()) != null;
        mentions.add(new PersonMention(name, s.index(), i, j, tokens.get(i).begin(), descriptors,
            organisations, titledRole || hasRole(tokens, i, roleNouns), apposition, possessor(tokens, i)));
        i = j;
      }
    }
  }

  /** How many capitalised words an untagged name may have ("Gulbahar Tarhan", "Abu Omar al-Halabi"). */
  private static final int MAX_UNTAGGED_NAME = 3;

  private static final Set<String> UNTAGGED_NAME_NER = Set.of("O", "MISC", "LOCATION", "CITY");

  /**
   * "Gulbahar Tarhan, a district secretary of the party, says …": two or three capitalised proper
   * nouns that NER left untagged, right before an apposition that gives a person's role, are a
   * person's name. No word of it may be a place, a people, an organisation's, a title or a role.
   * The last token of the name, or -1.
   */
  private int appositiveNameEnd(List<Token> tokens, int i, Set<String> roleNouns) {
    if (i > 0 && tokens.get(i - 1).pos().startsWith("NNP")) {
      return -1; // the name starts here, not inside a longer proper noun
    }
    int j = i;
    while (j < tokens.size() && j - i < MAX_UNTAGGED_NAME && untaggedNameWord(tokens.get(j), roleNouns)) {
      j++;
    }
    int end = j - 1;
    if (end - i + 1 < 2 || j >= tokens.size() || !tokens.get(j).word().equals(",")) {
      return -1;
    }
    return apposition(tokens, end, roleNouns).isEmpty() ? -1 : end;
  }

  private boolean untaggedNameWord(Token t, Set<String> roleNouns) {
    String lower = t.word().toLowerCase(Locale.ROOT);
    // NER takes many a foreign name for a place ("Gulbahar Tarhan" as a city); a role in apposition says otherwise
    return t.pos().equals("NNP") && Character.isUpperCase(t.word().charAt(0)) && UNTAGGED_NAME_NER.contains(t.ner())
        && !roleNouns.contains(lower) && !affiliations.isTitle(t.word()) && Countries.get().countryOf(lower) == null
        && Countries.get().countryOfCapital(lower) == null;
  }

  /**
   * "Col Dana Brill", "Capt Ilse Moor": a title written before capitalised names makes them a
   * person's name, whatever NER made of them (it often tags a title-led name as an organisation).
   * The last token of the name, or -1 when token {@code i} opens no such name.
   */
  static int titledNameEnd(List<Token> tokens, int i, Affiliations affiliations) {
    if (!tokens.get(i).isProperNoun() || !affiliations.isTitle(tokens.get(i).word())) {
      return -1;
    }
    int j = i;
    while (j + 1 < tokens.size() && tokens.get(j + 1).isProperNoun() && Character.isUpperCase(tokens.get(j + 1).word().charAt(0))
        && !PLACE_NER.contains(tokens.get(j + 1).ner()) && !affiliations.isTitle(tokens.get(j + 1).word())) {
      j++;
    }
    return j >= i + 2 ? j : -1; // a title and at least two names: "Col Brill" alone may be anything
  }

  /** NER classes of places and peoples: never part of a person's name, never a person speaking. */
  static final Set<String> PLACE_NER = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "NATIONALITY");

  /** "al-Rubaie", "d'Estaing": a lower-case particle joined to a capitalised name is a name. */
  private static final java.util.regex.Pattern PARTICLE_NAME = java.util.regex.Pattern.compile("\\p{Ll}{1,4}[-'’]\\p{Lu}.*");

  static boolean isPerson(Token t) {
    // not a verb: title-case headlines tag "Christie Calls Hillary Clinton" as one person
    return t.ner().equals("PERSON") && !t.isVerb()
        && (Character.isUpperCase(t.word().charAt(0)) || PARTICLE_NAME.matcher(t.word()).matches());
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
    // asked for again and again while an article's quotes are resolved; the mentions never change
    return canonicalByName.computeIfAbsent(name, n -> {
      String best = fullest(n);
      return best.equals(n) ? byLeadingName(n) : best;
    });
  }

  private final java.util.Map<String, String> canonicalByName = new java.util.HashMap<>();
  private final java.util.Map<String, List<String>> descriptorsByName = new java.util.HashMap<>();

  private String fullest(String name) {
    String best = name;
    for (PersonMention m : mentions) {
      if (NameVariants.compatible(m.name(), best) && NameVariants.tokens(m.name()).size() > NameVariants.tokens(best).size()) {
        best = m.name();
      }
    }
    return best;
  }

  /** Whether {@link #canonical} names {@code name}'s person by rule {@code leading-name}. */
  boolean namedByLeadingName(String name) {
    return fullest(name).equals(name) && !byLeadingName(name).equals(name);
  }

  /**
   * Rule {@code leading-name}: a one-word name that is no one's surname but the first word of
   * exactly one fuller name is that person: a family name written first ("Hua" after "Hua
   * Chunying"), or a first name the article uses alone.
   */
  private String byLeadingName(String name) {
    List<String> word = NameVariants.tokens(name);
    if (word.size() != 1) {
      return name;
    }
    String match = null;
    for (PersonMention m : mentions) {
      List<String> tokens = NameVariants.tokens(m.name());
      if (tokens.size() > 1 && tokens.get(0).equals(word.get(0))) {
        if (match != null && !NameVariants.compatible(match, m.name())) {
          return name;
        }
        match = match == null || NameVariants.tokens(m.name()).size() > NameVariants.tokens(match).size() ? m.name() : match;
      }
    }
    return match != null ? match : name;
  }

  /**
   * Descriptor words of every mention of this person, nearest first, then the words of their role
   * appositions in lower case ("Ann Roe, a former mayor of Fresno," is "the former Fresno mayor").
   */
  List<String> descriptorsOf(String canonical) {
    return descriptorsByName.computeIfAbsent(canonical, c -> {
      List<String> out = collect(c, false, PersonMention::descriptors);
      for (String word : collect(c, false, PersonMention::apposition)) {
        out.add(word.toLowerCase(Locale.ROOT));
      }
      return List.copyOf(out);
    });
  }

  /**
   * Rule {@code described-later}: the first person named after {@code offset}, up to paragraph
   * {@code lastParagraph}, whose titles include all of {@code required}, when no other person
   * named there has them too; else null.
   */
  PersonMention firstDescribedAfter(int offset, int lastParagraph, List<String> required) {
    PersonMention found = null;
    for (PersonMention m : mentions) {
      if (m.begin() < offset || doc.sentences().get(m.sentence()).paragraph() > lastParagraph
          || !descriptorsOf(canonical(m.name())).containsAll(required)) {
        continue;
      }
      if (found != null && !NameVariants.compatible(canonical(found.name()), canonical(m.name()))) {
        return null;
      }
      found = found == null ? m : found;
    }
    return found;
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

  /**
   * The latest person named before {@code offset} whom the article places in {@code country}
   * (or, where it places them nowhere, the claim file does), or null.
   */
  PersonMention latestOf(int offset, String country, java.util.function.UnaryOperator<String> claimAffiliation) {
    PersonMention found = null;
    for (PersonMention m : mentions) {
      if (m.begin() >= offset) {
        break;
      }
      if (placedIn(m, country, claimAffiliation)) {
        found = m;
      }
    }
    return found;
  }

  /** The first person the article places in {@code country}, anywhere in it, or null. */
  PersonMention firstOf(String country, java.util.function.UnaryOperator<String> claimAffiliation) {
    return mentions.stream().filter(m -> placedIn(m, country, claimAffiliation)).findFirst().orElse(null);
  }

  /** The article places the person in {@code country} (or, where it places them nowhere, the claim file does). */
  private boolean placedIn(PersonMention m, String country, java.util.function.UnaryOperator<String> claimAffiliation) {
    String own = affiliationOf(canonical(m.name()));
    return country.equals(own.isEmpty() ? claimAffiliation.apply(canonical(m.name())) : own);
  }

  /** The first mention of a person that begins at or after {@code offset}, or null. */
  PersonMention firstNamedAfter(int offset) {
    return mentions.stream().filter(m -> m.begin() >= offset).findFirst().orElse(null);
  }

  /** Some person other than {@code canonical} is named at or after {@code from} and before {@code to}. */
  boolean otherNamedBetween(String canonical, int from, int to) {
    return mentions.stream().anyMatch(m -> m.begin() >= from && m.begin() < to && !NameVariants.compatible(canonical(m.name()), canonical));
  }

  /** The canonical names of the persons named at or after {@code from} and before {@code to} (char offsets), in order. */
  List<String> namedIn(int from, int to) {
    return mentions.stream().filter(m -> m.begin() >= from && m.begin() < to).map(m -> canonical(m.name())).distinct().toList();
  }

  /** How many times the article names this person. */
  long timesNamed(String canonical) {
    return mentions.stream().filter(m -> canonical(m.name()).equals(canonical)).count();
  }

  /** Some person is named at or after {@code from} and before {@code to} (char offsets). */
  boolean namedBetween(int from, int to) {
    return mentions.stream().anyMatch(m -> m.begin() >= from && m.begin() < to);
  }

  /** The person whose aide or relative the titles make this person ("Putin's press secretary X"), or "". */
  String possessorOf(String canonical) {
    return mentions.stream().filter(m -> NameVariants.compatible(m.name(), canonical) && !m.possessor().isEmpty())
        .map(PersonMention::possessor).findFirst().orElse("");
  }

  /**
   * Rule {@code campaign-of}: the campaign the article names after this person ("the Clinton
   * campaign", "Trump's presidential campaign") as "Surname campaign", or the campaign of the
   * person whose aide the titles make them ("Trump adviser X", "Clinton's press secretary X"), or
   * for a campaign role that names no one ("the campaign's communications director X") the one
   * campaign the article names; "" when the article names no such campaign.
   */
  String campaignOf(String canonical) {
    String own = namedCampaign(canonical);
    if (!own.isEmpty()) {
      return own;
    }
    String possessor = possessorOf(canonical);
    String theirs = possessor.isEmpty() ? "" : namedCampaign(canonical(possessor));
    return theirs.isEmpty() && possessor.isEmpty() && inUnnamedCampaign(canonical) ? onlyNamedCampaign() : theirs;
  }

  /** "the campaign's communications director X", "Campaign spokeswoman X": a campaign role that names no one. */
  private boolean inUnnamedCampaign(String canonical) {
    for (PersonMention m : mentions) {
      if (!NameVariants.compatible(m.name(), canonical)) {
        continue;
      }
      boolean inTitle = m.hasRole() && m.descriptors().contains("campaign");
      boolean inApposition = m.apposition().stream().anyMatch(w -> w.equalsIgnoreCase("campaign"))
          && m.apposition().stream().noneMatch(w -> isPerson(w.replaceAll("['’]s$", "")));
      if (inTitle || inApposition) {
        return true;
      }
    }
    return false;
  }

  /** The one campaign the article names after a person ("the Roe campaign"), or "" when it names none or several. */
  private String onlyNamedCampaign() {
    java.util.Set<String> named = new java.util.TreeSet<>();
    for (String owner : campaignOwners()) {
      named.add(owner.replaceAll("['’]s$", ""));
    }
    return named.size() == 1 ? named.iterator().next() + " campaign" : "";
  }

  private String namedCampaign(String canonical) {
    List<String> name = NameVariants.tokens(canonical);
    if (name.isEmpty()) {
      return "";
    }
    String surname = name.get(name.size() - 1);
    for (String owner : campaignOwners()) {
      if (NameVariants.tokens(owner).contains(surname)) {
        return owner.replaceAll("['’]s$", "") + " campaign";
      }
    }
    return "";
  }

  /** The person's word before each "campaign" of the text, in order; scanned once per article. */
  private List<String> campaignOwners;

  /** The name right before "campaign", or before a possessive and an adjective: "Clinton('s) (presidential) campaign". */
  private List<String> campaignOwners() {
    if (campaignOwners == null) {
      List<String> owners = new ArrayList<>();
      for (Sentence s : doc.sentences()) {
        List<Token> tokens = s.tokens();
        for (int k = 1; k < tokens.size(); k++) {
          if (!tokens.get(k).lemma().equalsIgnoreCase("campaign")) {
            continue;
          }
          for (int b = k - 1; b >= Math.max(0, k - 3); b--) {
            Token t = tokens.get(b);
            if (isPerson(t)) {
              owners.add(t.word());
              break;
            }
            if (!t.pos().equals("POS") && !t.pos().startsWith("JJ")) {
              break;
            }
          }
        }
      }
      campaignOwners = owners;
    }
    return campaignOwners;
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
  private List<String> organisations(List<Token> tokens, int from, int to) {
    List<String> out = new ArrayList<>();
    int first = -1;
    int last = -1;
    int end = Math.min(to, tokens.size());
    for (int k = from; k < end; k++) {
      Token t = tokens.get(k);
      boolean named = t.ner().equals("ORGANIZATION") && Character.isUpperCase(t.word().codePointAt(0));
      // "Justice and Development Party", "People's Party": a small word inside the name continues it
      boolean inner = first >= 0 && t.ner().equals("ORGANIZATION") && k + 1 < end
          && tokens.get(k + 1).ner().equals("ORGANIZATION") && Character.isUpperCase(tokens.get(k + 1).word().codePointAt(0));
      if (named || inner) {
        // "Peoples' Democratic Party": a capitalised word with a possessive mark starts the name
        boolean possessiveStart = first < 0 && k >= from + 2 && isPossessiveMark(tokens.get(k - 1))
            && capitalised(tokens.get(k - 2)) && !isPerson(tokens.get(k - 2)) && !PLACE_NER.contains(tokens.get(k - 2).ner())
            && affiliations.countryOf(tokens.get(k - 2).word()) == null; // not "Norway's Defence Ministry"
        first = first < 0 ? (possessiveStart ? k - 2 : k) : first;
        last = k;
      } else if (first >= 0) {
        out.add(doc.text().substring(tokens.get(first).begin(), tokens.get(last).end()));
        first = -1;
      }
    }
    if (first >= 0) {
      out.add(doc.text().substring(tokens.get(first).begin(), tokens.get(last).end()));
    }
    if (out.isEmpty()) {
      out.addAll(institutionsByHead(tokens, from, end));
    }
    for (int k = from; out.isEmpty() && k + 1 < end; k++) {
      // "NYPD Commissioner X": an acronym NER left untagged, right before a role, is the
      // organisation's (a country's or a party's is read before organisations are)
      Token t = tokens.get(k);
      Token next = tokens.get(k + 1);
      boolean role = next.ner().equals("TITLE") || affiliations.roles().contains(next.lemma().toLowerCase(Locale.ROOT));
      if (t.ner().equals("O") && t.pos().equals("NNP") && ACRONYM.matcher(t.word()).matches() && role
          && !affiliations.roles().contains(t.word().toLowerCase(Locale.ROOT))) {
        out.add(t.word());
      }
    }
    return out;
  }

  /**
   * "a surgeon at Lindholm General Hospital": NER may call it a place; a run of capitalised words
   * that ends in an organisation's head noun ({@code organisation-head} in affiliations.tsv) is the
   * organisation, also as "Head of Name" ("the University of Lindholm").
   */
  private List<String> institutionsByHead(List<Token> tokens, int from, int end) {
    List<String> out = new ArrayList<>();
    int k = from;
    while (k < end) {
      if (!capitalised(tokens.get(k)) || isPerson(tokens.get(k)) || !Character.isLetter(tokens.get(k).word().codePointAt(0))) {
        k++;
        continue;
      }
      int first = k;
      while (k + 1 < end && capitalised(tokens.get(k + 1)) && !isPerson(tokens.get(k + 1))) {
        k++;
      }
      int last = k;
      if (affiliations.isOrganisationHead(tokens.get(last).word()) && last > first) {
        out.add(doc.text().substring(tokens.get(first).begin(), tokens.get(last).end()));
      } else if (affiliations.isOrganisationHead(tokens.get(last).word()) && last + 2 < end
          && tokens.get(last + 1).word().equals("of") && capitalised(tokens.get(last + 2))) {
        int tail = last + 2;
        while (tail + 1 < end && capitalised(tokens.get(tail + 1))) {
          tail++;
        }
        out.add(doc.text().substring(tokens.get(first).begin(), tokens.get(tail).end()));
        k = tail;
      }
      k++;
    }
    return out;
  }

  private static boolean isPossessiveMark(Token t) {
    return t.word().equals("'") || t.word().equals("’") || t.pos().equals("POS");
  }

  /**
   * Title words just before a name: "Turkish Foreign Minister", "his Russian counterpart"; not the
   * place a title is to ("Russia's Ambassador to India" is Russia's).
   */
  private static List<String> descriptors(List<Token> tokens, int nameStart) {
    List<String> out = new ArrayList<>();
    int start = titleStart(tokens, nameStart);
    int to = nameStart;
    for (int k = start; k < nameStart; k++) {
      if (tokens.get(k).word().equals("to")) {
        to = k;
        break;
      }
    }
    for (int k = nameStart - 1; k >= start; k--) {
      if (!tokens.get(k).word().equals(",") && k < to) {
        out.add(tokens.get(k).word().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.word().codePointAt(0));
  }

  /** Where the title in front of a name begins (the name's own start when it has none). */
  private static int titleStart(List<Token> tokens, int nameStart) {
    int start = nameStart;
    for (int k = nameStart - 1; k >= 0 && nameStart - k <= MAX_DESCRIPTOR_TOKENS; k--) {
      Token t = tokens.get(k);
      boolean between = k > 0 && k + 1 < nameStart;
      // "Culture and Tourism Minister", "Clinton's traveling press secretary", "Russia's Ambassador to India,"
      // but not "Republican Ann Roe and Democrat Ed Lee": a name before "and" is another person
      boolean inner = between && t.word().equals("and") && capitalised(tokens.get(k - 1)) && capitalised(tokens.get(k + 1))
          && !isPerson(tokens.get(k - 1));
      boolean participle = between && (t.pos().equals("VBG") || t.pos().equals("VBN")) && tokens.get(k + 1).isNoun()
          && (tokens.get(k - 1).pos().equals("POS") || tokens.get(k - 1).pos().equals("DT") || tokens.get(k - 1).pos().startsWith("JJ"));
      // not "According to Iraqi lawmaker X": the word before "to" is the title's noun
      boolean destination = between && t.word().equals("to") && capitalised(tokens.get(k + 1)) && capitalised(tokens.get(k - 1))
          && tokens.get(k - 1).isNoun();
      boolean titleLike = DESCRIPTOR_NER.contains(t.ner()) || t.isNoun() || t.pos().equals("JJ") || t.pos().equals("POS")
          || (t.word().equals(",") && k == nameStart - 1) || inner || participle || destination;
      if (!titleLike || isPerson(t)) {
        break;
      }
      start = k;
    }
    return start;
  }

  /**
   * The words of an apposition right after a name when it names a role ("Vitaly Churkin, Russia's
   * ambassador to the UN, said"), else empty: a clause after a comma says nothing of the person.
   */
  private static List<String> apposition(List<Token> tokens, int nameEnd, Set<String> roleNouns) {
    if (nameEnd + 2 >= tokens.size() || !tokens.get(nameEnd + 1).word().equals(",")) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    boolean role = false;
    int firstRoleEnd = -1;
    int firstOrganisationEnd = -1;
    boolean cut = false;
    for (int k = nameEnd + 2; k < tokens.size() && k - nameEnd <= (cut ? 2 * MAX_APPOSITION_TOKENS : MAX_APPOSITION_TOKENS); k++) {
      Token t = tokens.get(k);
      // "a spokesman for the ruling party": a participle before a noun is an adjective, not a clause
      boolean prenominal = (t.pos().equals("VBG") || t.pos().equals("VBN")) && k > nameEnd + 2
          && (tokens.get(k - 1).pos().equals("DT") || tokens.get(k - 1).pos().startsWith("JJ") || tokens.get(k - 1).pos().equals("POS"));
      // "X, a Republican consultant who has worked for …,": the role ends where its relative clause begins
      if ((t.pos().equals("WP") || t.pos().equals("WDT")) && role) {
        return words;
      }
      // "one of Trump's surrogates": a person's name as a possessor is part of the role, another name ends it
      // (so is a name before "campaign" or a campaign-role: "an adviser to the Lindqvist campaign", "a Lindqvist surrogate")
      boolean possessor = isPerson(t) && k + 1 < tokens.size()
          && (tokens.get(k + 1).pos().equals("POS") || tokens.get(k + 1).word().equalsIgnoreCase("campaign")
              || Affiliations.get().isCampaignRole(tokens.get(k + 1).word()));
      if (t.word().equals(",") || t.word().equals(".") || t.isVerb() && !prenominal || isPerson(t) && !possessor) {
        if (!role || !t.word().equals(",") && !t.word().equals(".")) {
          return List.of();
        }
        // rule long-apposition: of two roles too long to read whole, the first is the one held now;
        // of one, the words up to its first organisation ("a deputy in parliament for the Y Party from …")
        return k - nameEnd <= MAX_APPOSITION_TOKENS ? words : firstRoleEnd >= 0 ? words.subList(0, firstRoleEnd) : words.subList(0, firstOrganisationEnd);
      }
      if (role && firstOrganisationEnd < 0 && k > nameEnd + 2 && tokens.get(k - 1).ner().equals("ORGANIZATION") && !t.ner().equals("ORGANIZATION")
          && !t.pos().equals("POS")) {
        firstOrganisationEnd = words.size();
      }
      // "a research fellow with the Lindholm Trust and a onetime envoy to …": a second role begins
      if (role && firstRoleEnd < 0 && t.pos().equals("CC") && k + 1 < tokens.size() && tokens.get(k + 1).pos().equals("DT")) {
        firstRoleEnd = words.size();
      }
      cut = firstRoleEnd >= 0 || firstOrganisationEnd >= 0;
      // "Lee, the top Republican on the panel,": a party member's party is a role
      role |= t.ner().equals("TITLE") || roleNouns.contains(t.lemma().toLowerCase(Locale.ROOT))
          || Affiliations.get().isCampaignRole(t.word())
          || Affiliations.get().partyOf(t.word()) != null || worksAt(tokens, k);
      words.add(t.word());
    }
    return List.of();
  }

  /** "a cardiologist at the Harbour Clinic": a noun whose "at" phrase names an organisation is a job there. */
  private static boolean worksAt(List<Token> tokens, int k) {
    if (!tokens.get(k).isNoun() || k + 2 >= tokens.size() || !tokens.get(k + 1).word().equals("at")) {
      return false;
    }
    int first = tokens.get(k + 2).pos().equals("DT") ? k + 3 : k + 2;
    return first < tokens.size() && tokens.get(first).ner().equals("ORGANIZATION");
  }

  /**
   * Rule {@code name-of-organisation}: "Paul Dahl of Oslo University said": an organisation in an
   * "of" or "at" phrase right after the name is the one the person speaks for (a place is not: "Rep. X of
   * Utah"). The range from the preposition to the organisation's last word, or null.
   */
  private static int[] ofOrganisation(List<Token> tokens, int nameEnd) {
    int k = nameEnd + 1;
    if (k + 1 < tokens.size() && tokens.get(k).word().equals(",") && tokens.get(k + 1).word().equals("of")) {
      k++; // "X, of the Centre for Y, says"
    }
    // "Dan Roe at the National Review agreed": "at" names the workplace as "of" does, after the
    // clause's subject only ("a mentor to Ann Roe at Harvard" says where, not for whom)
    boolean at = k < tokens.size() && tokens.get(k).word().equals("at") && tokens.get(nameEnd).relation().startsWith("nsubj");
    if (k >= tokens.size() || !tokens.get(k).word().equals("of") && !at) {
      return null;
    }
    int first = k + 1;
    if (first < tokens.size() && tokens.get(first).pos().equals("DT")) {
      first++;
    }
    if (first < tokens.size() && tokens.get(first).word().endsWith("-based")) {
      first++; // "of the Oslo-based Centre for …"
    }
    int last = first - 1;
    while (last + 1 < tokens.size() && tokens.get(last + 1).ner().equals("ORGANIZATION")) {
      last++;
    }
    if (last < first && first < tokens.size() && Character.isUpperCase(tokens.get(first).word().codePointAt(0))
        && Affiliations.get().countryOf(tokens.get(first).word()) != null && "NATIONALITY".equals(tokens.get(first).ner())) {
      // "Lt Gen X of the Norwegian general staff": a nation's body, named by its adjective and nouns
      last = first;
      while (last + 1 < tokens.size() && (tokens.get(last + 1).isNoun() || tokens.get(last + 1).pos().startsWith("JJ"))
          && !isPerson(tokens.get(last + 1))) {
        last++;
      }
      return last > first && tokens.get(last).isNoun() ? new int[] {k, last} : null;
    }
    return last >= first && Character.isUpperCase(tokens.get(first).word().codePointAt(0)) ? new int[] {k, last} : null;
  }

  /**
   * Rule {@code role-of-body-apposition}: "a spokeswoman for the State Department, Jane Roe,": the
   * role and its body come before the name, which the parser hangs on the body. Returns the
   * range from the role noun to the body, or null.
   */
  private static int[] roleBefore(Sentence s, int nameEnd, Set<String> roleNouns) {
    Token name = s.tokens().get(nameEnd);
    int start = s.subtreeRange(nameEnd)[0];
    if (!name.relation().startsWith("appos") || name.head() < 0 || start == 0 || !s.tokens().get(start - 1).word().equals(",")) {
      return null;
    }
    Token body = s.tokens().get(name.head());
    if (!body.relation().startsWith("nmod") || body.head() < 0 || body.index() > nameEnd) {
      return null;
    }
    Token role = s.tokens().get(body.head());
    boolean isRole = role.ner().equals("TITLE") || roleNouns.contains(role.lemma().toLowerCase(Locale.ROOT));
    return isRole && body.index() - role.index() < MAX_APPOSITION_TOKENS ? new int[] {role.index(), body.index()} : null;
  }

  /**
   * Rule {@code fronted-role}: "Now the chief prosecutor of Norway, Kari Dahl rose …": a sentence
   * that opens (after an adverb at most) with a noun phrase naming a role, then a comma and the
   * name, says what the name is. Returns the phrase's token range, or null: no role noun, a verb,
   * a preposition first ("In Oslo, Dahl said") or another person's name in it.
   */
  private static int[] frontedRole(List<Token> tokens, int nameStart, Set<String> roleNouns) {
    int first = !tokens.isEmpty() && tokens.get(0).pos().startsWith("RB") ? 1 : 0;
    int last = nameStart - 2;
    if (last < first || !tokens.get(nameStart - 1).word().equals(",") || last - first >= MAX_APPOSITION_TOKENS
        || !(tokens.get(first).pos().equals("DT") || tokens.get(first).pos().startsWith("JJ")
            || tokens.get(first).pos().startsWith("NN"))) {
      return null;
    }
    boolean role = false;
    for (int k = first; k <= last; k++) {
      Token t = tokens.get(k);
      boolean prenominal = (t.pos().equals("VBN") || t.pos().equals("VBG")) && k > first;
      if (t.isVerb() && !prenominal || isPerson(t) || t.word().equals(",")) {
        return null;
      }
      role |= t.ner().equals("TITLE") || roleNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
    return role ? new int[] {first, last} : null;
  }

  /**
   * Rule {@code copular-role}: "Mr. Roe is now the chairman of the Lee campaign.": the name is the
   * subject of a present "is" whose predicate is a role noun; returns the role's words after the
   * copula, or null ("was the chairman" is a past role, which speaks for no one now).
   */
  private static int[] copularRole(Sentence s, int nameEnd, Set<String> roleNouns) {
    Token name = s.tokens().get(nameEnd);
    if (!name.relation().startsWith("nsubj") || name.head() < 0) {
      return null;
    }
    Token role = s.tokens().get(name.head());
    Token copula = s.child(role.index(), "cop");
    boolean isRole = role.isNoun() && (role.ner().equals("TITLE") || roleNouns.contains(role.lemma().toLowerCase(Locale.ROOT)));
    if (!isRole || copula == null || !(copula.pos().equals("VBZ") || copula.pos().equals("VBP")) || copula.index() < nameEnd) {
      return null;
    }
    int[] range = s.subtreeRange(role.index());
    int from = copula.index() + 1;
    int to = range[1];
    while (to > role.index() && !Character.isLetterOrDigit(s.tokens().get(to).word().codePointAt(0))) {
      to--; // the sentence's own full stop hangs on the predicate
    }
    return to - from < MAX_APPOSITION_TOKENS ? new int[] {from, to} : null;
  }

  /**
   * Rule {@code relative-role}: "X, who served as deputy treasurer of the RNC," or "X, who is
   * the party's treasurer," gives X's role in a relative clause: the role noun (a title or a
   * role noun) is the clause's predicate or its "as" phrase. Returns its token range, or null.
   */
  private static int[] relativeRole(Sentence s, int nameEnd, Set<String> roleNouns) {
    for (Token clause : s.children(nameEnd)) {
      if (!clause.relation().equals("acl:relcl")) {
        continue;
      }
      List<Token> candidates = new ArrayList<>();
      if (clause.isNoun() && s.child(clause.index(), "cop") != null) {
        candidates.add(clause);
      }
      for (Token g : s.children(clause.index())) {
        Token preposition = s.child(g.index(), "case");
        boolean asPhrase = (g.relation().equals("obl") || g.relation().equals("xcomp")) && preposition != null
            && preposition.index() < g.index();
        if (clause.isVerb() && g.isNoun() && (asPhrase || g.relation().equals("xcomp"))) {
          candidates.add(g);
        }
      }
      for (Token role : candidates) {
        boolean isRole = role.ner().equals("TITLE") || roleNouns.contains(role.lemma().toLowerCase(Locale.ROOT));
        int[] range = s.subtreeRange(role.index());
        if (isRole && range[1] - range[0] < MAX_APPOSITION_TOKENS) {
          Token first = s.tokens().get(range[0]);
          return new int[] {first.relation().equals("case") ? range[0] + 1 : range[0], range[1]};
        }
      }
    }
    return null;
  }

  /**
   * Rule {@code leads-organisation}: "X, who heads the Y Institute," or "X, a former official who
   * runs Y,": a relative clause on {@code noun} whose verb makes its subject the head of an
   * organisation ({@code leading-verb} in affiliations.tsv) names the organisation the person
   * speaks for. The range of the organisation's name, or null.
   */
  private int[] ledOrganisation(Sentence s, int noun) {
    if (noun < 0) {
      return null;
    }
    for (Token clause : s.children(noun)) {
      if (!clause.relation().equals("acl:relcl") || !clause.isVerb() || !affiliations.isLeadingVerb(clause.lemma())) {
        continue;
      }
      Token object = s.child(clause.index(), "obj");
      if (object == null) {
        continue;
      }
      int[] range = s.subtreeRange(object.index());
      for (int k = range[0]; k <= range[1]; k++) {
        if (organisationWord(s.tokens().get(k))) {
          int last = k;
          while (last + 1 <= range[1] && organisationWord(s.tokens().get(last + 1))) {
            last++;
          }
          return new int[] {k, last};
        }
      }
    }
    return null;
  }

  /** A word of an organisation's name: tagged so, or a proper noun NER leaves untagged ("runs Crosscut Strategies"). */
  private static boolean organisationWord(Token t) {
    return t.ner().equals("ORGANIZATION") || t.isProperNoun() && t.ner().equals("O");
  }

  /** The noun an apposition after the name hangs on it ("X, a former official, …" → official), or -1. */
  private static int appositionHead(Sentence s, int nameEnd) {
    for (Token child : s.children(nameEnd)) {
      if (child.relation().equals("appos") && child.index() > nameEnd) {
        return child.index();
      }
    }
    return -1;
  }

  /**
   * Rule {@code party-label}: "Jason Chaffetz (R-Utah)": a party's letter, a hyphen and a place in
   * parentheses right after the name, or the letter alone ("(R)"); the party it names, or null.
   */
  private String partyLabel(List<Token> tokens, int nameEnd) {
    if (nameEnd + 2 >= tokens.size() || !tokens.get(nameEnd + 1).word().equals("(")) {
      return null;
    }
    String word = tokens.get(nameEnd + 2).word();
    java.util.regex.Matcher label = PARTY_LABEL.matcher(word);
    if (label.matches()) {
      return affiliations.partyOfInitial(label.group(1));
    }
    // "Gov. Pat Roe (R)": the letter alone
    boolean closed = nameEnd + 3 < tokens.size() && tokens.get(nameEnd + 3).word().equals(")");
    return closed && word.length() == 1 ? affiliations.partyOfInitial(word) : null;
  }

  private static List<String> words(List<Token> tokens, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int k = from; k <= to; k++) {
      out.add(tokens.get(k).word());
    }
    return out;
  }

  /** The person whose role the title is defined by: "Vladimir Putin's press secretary X" → Vladimir Putin. */
  private static String possessor(List<Token> tokens, int nameStart) {
    int start = titleStart(tokens, nameStart);
    // "Putin's press secretary X", and without the possessive: "Trump adviser X", "Clinton campaign manager X"
    if (start == nameStart || start == 0 || !isPerson(tokens.get(start - 1))) {
      return "";
    }
    int from = start - 1;
    while (from > 0 && isPerson(tokens.get(from - 1))) {
      from--;
    }
    return join(tokens, from, start - 1);
  }

  /**
   * The country or organisation this person speaks for, as the article states it: a nationality
   * or country in a role title or role apposition ("Israeli Defence Minister", "X, Russia's
   * envoy"), or a possessive country right before the name ("Russia's X"); a seat of government
   * in the title ("Kremlin spokesman"); the affiliation of the person whose aide or relative
   * they are ("Putin's press secretary"); an organisation in the title. Empty when it says none.
   */
  String affiliationOf(String canonical) {
    return affiliationOf(canonical, true);
  }

  /**
   * The country rule {@code portfolio-ministry} gives the person ("Foreign Minister X" in an article
   * that names one country's foreign ministry), or null: an inference from another mention, not
   * something the text says of the person.
   */
  String portfolioCountryOf(String canonical) {
    for (PersonMention m : mentionsOf(canonical)) {
      String country = m.hasRole() ? countryOfPortfolio(m.descriptors()) : null;
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  private String affiliationOf(String canonical, boolean followPossessor) {
    List<PersonMention> own = mentions.stream().filter(m -> NameVariants.compatible(m.name(), canonical)).toList();
    for (PersonMention m : own) {
      List<String> words = new ArrayList<>();
      if (m.hasRole()) {
        words.addAll(m.descriptors());
      } else if (m.descriptors().size() >= 2 && m.descriptors().get(0).matches("['’]s")) {
        words.add(m.descriptors().get(1));
      } else if (m.descriptors().size() == 1 && affiliations.partyOf(m.descriptors().get(0)) != null) {
        words.add(m.descriptors().get(0)); // "Democrat Ann Roe": a party's name for its member, right before the name
      }
      words.addAll(m.apposition());
      // "an opposition lawmaker in Norway", "former U.S. Sen. X": no voice of that state (now)
      boolean stateRole = words.stream().noneMatch(w -> affiliations.isNonState(w) || affiliations.isPastWord(w));
      for (int w = 0; w < words.size(); w++) {
        String word = words.get(w);
        // "the United States", "New Zealand": a country's name of two words, not inside an
        // organisation's longer name ("the Centre for United States Law")
        String pair = w + 1 < words.size() && Character.isUpperCase(word.codePointAt(0)) ? word + " " + words.get(w + 1) : null;
        String country = pair != null && !insideLongerName(pair, m.organisations()) ? affiliations.countryOf(pair) : null;
        country = country != null || insideLongerName(word, m.organisations()) ? country : affiliations.countryOf(word);
        country = stateRole ? country : null;
        if (country != null) {
          return country;
        }
        String party = affiliations.partyOf(word);
        if (party != null && !insideLongerName(word, m.organisations()) && !afterNamePart(word, m.apposition())) {
          return party;
        }
      }
    }
    for (PersonMention m : own) {
      if (m.hasRole() || !m.apposition().isEmpty()) {
        List<String> title = new ArrayList<>(m.descriptors());
        java.util.Collections.reverse(title); // descriptors run nearest first
        title.addAll(m.apposition());
        String seat = affiliations.seatCountryIn(title);
        if (seat != null) {
          return seat;
        }
      }
    }
    for (PersonMention m : own) {
      String country = m.hasRole() ? countryOfPortfolio(m.descriptors()) : null;
      if (country != null) {
        return country;
      }
    }
    if (followPossessor) {
      for (PersonMention m : own) {
        if (!m.possessor().isEmpty()) {
          String theirs = affiliationOf(canonical(m.possessor()), false);
          if (!theirs.isEmpty()) {
            return theirs;
          }
        }
      }
    }
    for (PersonMention m : own) {
      // "NBC's Dan Roe": an organisation's possessive right before the name is the one they work for
      boolean possessed = !m.descriptors().isEmpty() && m.descriptors().get(0).matches("['’]s");
      if (m.hasRole() || !m.apposition().isEmpty() || possessed) {
        for (String organisation : m.organisations()) {
          if (isPortfolio(organisation, m.descriptors())) {
            continue; // "Foreign Affairs Minister X": the minister's portfolio, not a body
          }
          if (!organisation.contains(" ") && isPerson(organisation)) {
            continue; // "a Roe surrogate" with Roe tagged an organisation here: a person elsewhere in the article
          }
          String country = affiliations.bodyName(organisation) != null ? onlyCountryIn(m.sentence()) : null;
          // "Foreign Ministry spokesperson X said China …": a body without its country speaks for the
          // one country its sentence names
          return country != null ? country : affiliations.expandAlias(organisation);
        }
      }
    }
    for (PersonMention m : own) {
      // "X, a senior adviser to the Lee campaign," or "Lee campaign spokeswoman X"
      List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
      // the title stops at a person's name, so the name before "campaign" is read from just before it
      List<String> title = words(tokens, Math.max(0, titleStart(tokens, m.from()) - 3), m.from() - 1);
      // only words that are the name's title: not "Roe surrogate says Lee" in a headline
      String before = m.from() > 0 ? tokens.get(m.from() - 1).word() : "";
      boolean titled = m.hasRole() || before.equalsIgnoreCase("campaign") || affiliations.isCampaignRole(before);
      String campaign = campaignInRole(m.apposition());
      campaign = campaign.isEmpty() && titled ? campaignInRole(title) : campaign;
      if (!campaign.isEmpty()) {
        return campaign;
      }
    }
    return "";
  }

  /**
   * Rule {@code party-epithet}: "The Democratic senator also pressed …": a definite description of a
   * party and a role ("the" + party word + role noun, no name after it) stands for the one person
   * the article titles with that role ("Sen. X"), who belongs to that party. "" when the person has
   * no such role, another person has it too, or the article's epithets for it name two parties.
   */
  String partyEpithetOf(String canonical) {
    for (java.util.Map.Entry<String, Set<String>> epithet : partyEpithets().entrySet()) {
      Set<String> holders = new java.util.TreeSet<>();
      for (PersonMention m : mentions) {
        if (m.hasRole() && m.descriptors().contains(epithet.getKey())) {
          holders.add(canonical(m.name()));
        }
      }
      if (epithet.getValue().size() == 1 && holders.size() == 1 && NameVariants.compatible(holders.iterator().next(), canonical)) {
        return epithet.getValue().iterator().next();
      }
    }
    return "";
  }

  /** The article's party epithets, role noun to the parties named with it; computed once. */
  private java.util.Map<String, Set<String>> partyEpithets;

  private java.util.Map<String, Set<String>> partyEpithets() {
    if (partyEpithets != null) {
      return partyEpithets;
    }
    java.util.Map<String, Set<String>> partiesByRole = new java.util.TreeMap<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int k = 0; k + 2 < tokens.size(); k++) {
        String party = affiliations.partyOf(tokens.get(k + 1).word());
        Token role = tokens.get(k + 2);
        boolean named = k + 3 < tokens.size() && (isPerson(tokens.get(k + 3)) || affiliations.isTitle(tokens.get(k + 3).word()));
        if (tokens.get(k).lemma().equalsIgnoreCase("the") && party != null && role.isNoun() && !role.isProperNoun() && !named) {
          partiesByRole.computeIfAbsent(role.lemma().toLowerCase(Locale.ROOT), r -> new java.util.TreeSet<>()).add(party);
        }
      }
    }
    partyEpithets = partiesByRole;
    return partyEpithets;
  }

  /** Rule {@code place-of-office} for a person: the first of their titles that has one, or "". */
  String placeOfOfficeOf(String canonical) {
    for (PersonMention m : mentions) {
      String place = m.hasRole() && NameVariants.compatible(m.name(), canonical)
          ? placeOfOffice(doc.sentences().get(m.sentence()).tokens(), m.from()) : "";
      if (!place.isEmpty()) {
        return place;
      }
    }
    return "";
  }

  /** The entity classes of a place whose government an office serves ("Vermont Gov.", "Dover Mayor"). */
  static final Set<String> PLACE_OF_OFFICE_NER = Set.of("CITY", "STATE_OR_PROVINCE");

  /** The government an office of {@code place} serves: a capital's is its country's ("Oslo Mayor" → Norway). */
  static String officeGovernment(String place) {
    String capitalOf = Countries.get().countryOfCapital(place);
    return capitalOf != null ? capitalOf : place;
  }

  /**
   * Rule {@code place-of-office}: "Dover Mayor X", "Vermont's tax commissioner, X", "the Ohio state
   * attorney general, X": a city or state right before a state role in the name's title is the
   * government they speak for; "" when the title has none, or says the office is past ("former").
   */
  private String placeOfOffice(List<Token> tokens, int nameStart) {
    int from = titleStart(tokens, nameStart);
    for (int k = from; k < nameStart; k++) {
      if (affiliations.isPastWord(tokens.get(k).word())) {
        return "";
      }
      if (!PLACE_OF_OFFICE_NER.contains(tokens.get(k).ner())) {
        continue;
      }
      int last = k;
      while (last + 1 < nameStart && tokens.get(last + 1).ner().equals(tokens.get(k).ner())) {
        last++;
      }
      // the role may be a title the name starts with ("Gov." in "Dover Gov. X")
      for (int r = last + 1; r < tokens.size() && r <= last + 4; r++) {
        Token t = tokens.get(r);
        if (r >= nameStart && !affiliations.isTitle(t.word())) {
          break;
        }
        String pair = r + 1 < tokens.size() ? t.word() + " " + tokens.get(r + 1).word() : "";
        if (affiliations.isStateRole(t.lemma()) || affiliations.isStateRole(pair)
            || affiliations.isStateRole(String.valueOf(affiliations.roleOfTitle(t.word())))) {
          return officeGovernment(doc.text().substring(tokens.get(k).begin(), tokens.get(last).end()));
        }
      }
      k = last;
    }
    return "";
  }

  /** The organisation is the words right before "minister" in the title ("Foreign Affairs Minister"), and no body. */
  private boolean isPortfolio(String organisation, List<String> descriptors) {
    int minister = descriptors.indexOf("minister");
    if (minister < 0 || affiliations.bodyName(organisation) != null) {
      return false;
    }
    List<String> words = List.of(organisation.toLowerCase(Locale.ROOT).split("\\s+"));
    List<String> before = new ArrayList<>(descriptors.subList(minister + 1, Math.min(descriptors.size(), minister + 1 + words.size())));
    java.util.Collections.reverse(before); // descriptors run nearest first
    return before.equals(words);
  }

  /**
   * Rule {@code campaign-of}, in a role: "X, a senior adviser to the Lindqvist campaign," or "X, a
   * top Lindqvist surrogate," (a {@code campaign-role}: only a campaign has one) speaks for the
   * campaign of the person the role names ("Lindqvist campaign"), when the article names that
   * person; "" otherwise.
   */
  private String campaignInRole(List<String> role) {
    for (int k = 1; k < role.size(); k++) {
      if (!role.get(k).equalsIgnoreCase("campaign") && !affiliations.isCampaignRole(role.get(k))) {
        continue;
      }
      for (int b = k - 1; b >= Math.max(0, k - 3); b--) {
        String word = role.get(b).replaceAll("['’]s$", "");
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
          continue; // "Lindqvist's presidential campaign"
        }
        if (isPerson(word)) {
          return word + " campaign";
        }
        break;
      }
    }
    return "";
  }


  /**
   * "a Peoples' Democratic Party deputy": a party word after a possessive mark in the role is part
   * of a longer name, not the party it names alone.
   */
  private static boolean afterNamePart(String word, List<String> role) {
    for (int k = 1; k < role.size(); k++) {
      if (!role.get(k).equalsIgnoreCase(word)) {
        continue;
      }
      String before = role.get(k - 1);
      // a place before it is only where the member sits ("an Ohio Democrat"): only a possessive mark joins a name
      if (before.equals("'") || before.equals("’") || before.endsWith("s'") || before.endsWith("s’")) {
        return true;
      }
    }
    return false;
  }

  /** "of the Democratic Union of Farmers": a party word that is only part of an organisation's name. */
  private boolean insideLongerName(String word, List<String> organisations) {
    List<String> words = List.of(word.split(" "));
    for (String organisation : organisations) {
      List<String> parts = List.of(organisation.split("[\\s'’]+"));
      if (parts.size() > words.size() + 1 && java.util.Collections.indexOfSubList(parts, words) >= 0
          && affiliations.partyOf(organisation) == null
          && affiliations.bodyName(organisation) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@code portfolio-ministry}: "Deputy Defence Minister X" in an article that names one
   * country's defence ministry ("Russia's defence ministry", "the Russian Defence Ministry")
   * speaks for that country. {@code descriptors} run nearest first, so the portfolio is the word
   * after "minister". Null when the title has no portfolio or the article names no such ministry,
   * or ministries of two countries.
   */
  private String countryOfPortfolio(List<String> descriptors) {
    int minister = descriptors.indexOf("minister");
    if (minister < 0 || minister + 1 >= descriptors.size()) {
      return null;
    }
    // affiliationOf runs for every mention a description is checked against: scan the text once per portfolio
    return countryByPortfolio.computeIfAbsent(descriptors.get(minister + 1), this::scanPortfolio).orElse(null);
  }

  private java.util.Optional<String> scanPortfolio(String portfolio) {
    java.util.Set<String> found = new java.util.TreeSet<>();
    boolean first = true;
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int k = 1; k < tokens.size(); k++) {
        if (!tokens.get(k).lemma().equalsIgnoreCase("ministry") || !tokens.get(k - 1).word().equalsIgnoreCase(portfolio)) {
          continue;
        }
        String country = countryBefore(tokens, k - 1);
        if (country == null && first) {
          // the article first names the ministry with no country ("briefing at the Foreign Ministry"):
          // its own country's, which a later "Norway's foreign ministry" does not tell
          return java.util.Optional.empty();
        }
        first = false;
        if (country != null) {
          found.add(country);
        }
      }
    }
    return found.size() == 1 ? java.util.Optional.of(found.iterator().next()) : java.util.Optional.empty();
  }

  /**
   * Rule {@code dateline}: a person in a state's service ({@code state-role} or {@code body-role} in
   * affiliations.tsv, or a title with a body: "Foreign Ministry spokesman") whom the text places in
   * no country serves the country of the dateline ("OSLO -", "NORWAY -") that opens their
   * paragraph or the latest paragraph before it that has one; "" when there is none.
   */
  String datelineCountryOf(String canonical) {
    for (PersonMention m : mentionsOf(canonical)) {
      // a spokesman is anyone's voice (a campaign's, a company's) unless the article names a ministry
      // of no country: then the dateline's country is the one whose ministry it is
      java.util.function.Predicate<String> role = w -> affiliations.isStateRole(w)
          && (!affiliations.isBodyRole(w) || namesMinistryOfNoCountry());
      // "former Governor X" is in no state's service now
      boolean past = m.descriptors().stream().anyMatch(affiliations::isPastWord);
      boolean official = m.hasRole() && !past && (m.descriptors().stream().anyMatch(role) || m.apposition().stream().anyMatch(role)
          || m.organisations().stream().anyMatch(o -> affiliations.bodyName(o) != null));
      String country = official ? datelineCountry(m.sentence()) : null;
      if (country != null) {
        return country;
      }
    }
    return "";
  }

  private static final Set<String> DASHES = Set.of("-", "--", "–", "—", "―");

  /** Whether some "Ministry" in the article has no country before it; computed once. */
  private Boolean ministryOfNoCountry;

  private boolean namesMinistryOfNoCountry() {
    if (ministryOfNoCountry == null) {
      ministryOfNoCountry = doc.sentences().stream().anyMatch(s -> java.util.stream.IntStream.range(0, s.tokens().size())
          .anyMatch(k -> s.tokens().get(k).word().equals("Ministry") && countryBefore(s.tokens(), k) == null));
    }
    return ministryOfNoCountry;
  }

  /** The country a capitalised word among the three words before token {@code k} names, nearest first, or null. */
  private String countryBefore(List<Token> tokens, int k) {
    for (int b = k - 1; b >= Math.max(0, k - 3); b--) {
      String word = tokens.get(b).word();
      String country = Character.isUpperCase(word.codePointAt(0)) ? affiliations.countryOf(word) : null;
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  private String datelineCountry(int sentence) {
    for (int k = sentence; k >= 0; k--) {
      // only a paragraph's first sentence opens with a dateline
      boolean opensParagraph = k == 0 || doc.sentences().get(k - 1).paragraph() != doc.sentences().get(k).paragraph();
      String country = opensParagraph ? dateline(doc.sentences().get(k).tokens()) : null;
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  /** A sentence that is only a dateline ("OSLO, Dec. 3 --"), as the annotator splits it off a paragraph's first sentence. */
  static boolean isDatelineSentence(Sentence s) {
    List<Token> tokens = s.tokens();
    return !tokens.isEmpty() && DASHES.contains(tokens.get(tokens.size() - 1).word()) && dateline(tokens) != null;
  }

  /** "OSLO -", "OSLO, Dec. 3 --", "OSLO (Reuters) -": the country of a place in capitals with a dash soon after, or null. */
  private static String dateline(List<Token> tokens) {
    List<String> place = new ArrayList<>();
    int next = 0;
    for (; next < Math.min(4, tokens.size()); next++) {
      String w = tokens.get(next).word();
      if (!Character.isLetter(w.codePointAt(0)) || !w.equals(w.toUpperCase(Locale.ROOT))) {
        break;
      }
      place.add(w);
    }
    if (place.isEmpty() || next >= tokens.size()) {
      return null;
    }
    String after = tokens.get(next).word();
    boolean dash = DASHES.contains(after);
    if (after.equals(",") || after.equals("(") || after.equals("-LRB-")) {
      dash = tokens.subList(next + 1, Math.min(next + 7, tokens.size())).stream().anyMatch(t -> DASHES.contains(t.word()));
    }
    if (!dash) {
      return null;
    }
    String name = String.join(" ", place);
    String country = Countries.get().countryOfCapital(name);
    return country != null ? country : Countries.get().countryOf(name);
  }

  /** Where the article first names a person this name fits (a char offset), or MAX_VALUE. */
  int firstNamed(String name) {
    return mentions.stream().filter(m -> NameVariants.compatible(m.name(), name)).mapToInt(PersonMention::begin).min()
        .orElse(Integer.MAX_VALUE);
  }

  /** The one country a sentence names (by name or adjective), or null when it names none or several. */
  private String onlyCountryIn(int sentence) {
    java.util.Set<String> found = new java.util.TreeSet<>();
    for (Token t : doc.sentences().get(sentence).tokens()) {
      if ("COUNTRY".equals(t.ner()) || "NATIONALITY".equals(t.ner())) {
        String c = affiliations.countryOf(t.word());
        if (c != null) {
          found.add(c);
        }
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * "MALE" or "FEMALE" when a courtesy title before one of the person's names says so ("Ms Kaya",
   * the {@code title-gender} words of affiliations.tsv), null when none does or two disagree.
   */
  String genderOf(String canonical) {
    String found = null;
    for (PersonMention m : mentions) {
      if (!NameVariants.compatible(m.name(), canonical) || m.descriptors().isEmpty()) {
        continue;
      }
      String g = affiliations.genderOfTitle(m.descriptors().get(0));
      if (g != null && found != null && !found.equals(g)) {
        return null;
      }
      found = g != null ? g : found;
    }
    return found;
  }

  /** Every person mention in the text, in order. */
  List<PersonMention> allMentions() {
    return List.copyOf(mentions);
  }

  /** The mentions of the person this name fits, in order. */
  List<PersonMention> mentionsOf(String canonical) {
    return mentions.stream().filter(m -> NameVariants.compatible(m.name(), canonical)).toList();
  }

  /** True when the article names a person this name fits: "he" may refer to them. */
  boolean isPerson(String name) {
    return mentions.stream().anyMatch(m -> NameVariants.compatible(m.name(), name));
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
