package org.quotestance.speaker;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a title says about whom a speaker speaks for ({@code affiliations.tsv}): demonyms the CoreNLP
 * list lacks, seats of government ("Kremlin" → Russia), organisation aliases, extra role nouns,
 * and courtesy or military titles that canonical names leave out ("Lt-Gen", "Mr").
 */
public final class Affiliations implements Serializable {
  static final String RESOURCE = "/quote-stance/affiliations.tsv";
  private final Map<String, String> countryByDemonym = new HashMap<>();
  private final Map<List<String>, String> countryBySeat = new HashMap<>();
  private final Map<String, String> nameByAlias = new HashMap<>();
  private final Map<String, String> partyByWord = new HashMap<>();
  private final Map<String, String> partyByInitial = new HashMap<>();
  private final Set<String> roles = new HashSet<>();
  private final Set<String> genericRoles = new HashSet<>();
  private final Map<String, String> roleBySynonym = new HashMap<>();
  private final Set<String> bodyRoles = new HashSet<>();
  private final Set<String> stateRoles = new HashSet<>();
  private final Set<String> organisationHeads = new HashSet<>();
  private final Set<String> quantifiers = new HashSet<>();
  private final Set<String> campaignWords = new HashSet<>();
  private final Set<String> campaignRoles = new HashSet<>();
  private final Set<String> nonStateWords = new HashSet<>();
  private final Set<String> pastWords = new HashSet<>();
  private final Set<String> workWords = new HashSet<>();
  private final Set<String> leadingVerbs = new java.util.HashSet<>();
  private final Set<String> questionLabels = new java.util.HashSet<>();
  private final Set<String> bodyParts = new HashSet<>();
  private final Map<String, String> roleByTitle = new HashMap<>();
  private final Map<String, String> spellingOf = new HashMap<>();
  private final Map<String, String> expansionOf = new HashMap<>();
  private final Set<String> ofHeads = new HashSet<>();
  private final Set<String> lowerCaseWords = new HashSet<>();
  private final Map<String, String> genderByTitle = new HashMap<>();
  private final Map<String, String> sexByFirstName = new HashMap<>();
  private final Countries countries;

  private static volatile Affiliations instance;

  public static Affiliations get() {
    if (instance == null) {
      synchronized (Affiliations.class) {
        if (instance == null) {
          instance = new Affiliations(Countries.get());
        }
      }
    }
    return instance;
  }

  /** The kinds of line affiliations.tsv may hold, with how many fields each has (kind, words, value). */
  private static final Map<String, Integer> FIELDS = fields();

  private static Map<String, Integer> fields() {
    Map<String, Integer> f = new java.util.TreeMap<>();
    for (String kind : List.of("demonym", "seat", "alias", "party", "party-initial", "spelling", "name-abbreviation",
        "title-gender", "role-synonym", "first-name-sex")) {
      f.put(kind, 3);
    }
    for (String kind : List.of("role", "generic-role", "body-role", "state-role", "organisation-head", "quantifier", "campaign-word", "campaign-role", "non-state", "past-word", "work-word", "body-part", "of-head",
        "name-lowercase", "leading-verb", "question-label")) {
      f.put(kind, 2);
    }
    f.put("title", 0); // with or without the role noun it abbreviates
    return java.util.Collections.unmodifiableMap(f);
  }

  private Affiliations(Countries countries) {
    this(countries, RESOURCE, TsvResource.text(RESOURCE));
  }

  /**
   * The list in {@code text}; {@code name} names it in errors. A kind it does not know, a line
   * without the words or the value its kind needs or with a value its kind does not read, and a
   * {@code title-gender} other than male or female stop it with a {@link
   * org.quotestance.config.ConfigException} naming the file and the line.
   */
  Affiliations(Countries countries, String name, String text) {
    this.countries = countries;
    TsvResource.parse(name, text, (line, fields) -> {
      String kind = fields[0].strip();
      Integer expected = FIELDS.get(kind);
      if (expected == null) {
        throw TsvResource.problem(name, line, "unknown kind \"" + kind + "\" (known kinds: "
            + String.join(", ", FIELDS.keySet()) + ")");
      }
      boolean fits = expected == 0 ? fields.length == 2 || fields.length == 3 : fields.length == expected;
      if (!fits || fields[1].isBlank() || (fields.length > 2 && fields[2].isBlank())) {
        throw TsvResource.problem(name, line, "kind \"" + kind + "\" takes "
            + (expected == 0 ? "words and an optional value" : expected == 3 ? "words and a value" : "words only")
            + ", separated by tabs; the line has " + (fields.length - 1) + " field" + (fields.length == 2 ? "" : "s")
            + " after the kind");
      }
      String words = fields[1].strip();
      String value = fields.length > 2 ? fields[2].strip() : "";
      switch (kind) {
        case "demonym" -> countryByDemonym.put(key(words), value);
        case "seat" -> countryBySeat.put(words(words), value);
        case "alias" -> nameByAlias.put(key(words), value);
        case "party" -> partyByWord.put(key(words), value);
        case "party-initial" -> partyByInitial.put(words, value);
        case "role" -> roles.add(key(words));
        case "generic-role" -> genericRoles.add(key(words));
        case "role-synonym" -> roleBySynonym.put(key(words), key(value));
        case "body-role" -> bodyRoles.add(key(words));
        case "state-role" -> stateRoles.add(key(words));
        case "organisation-head" -> organisationHeads.add(words.strip());
        case "quantifier" -> quantifiers.add(key(words));
        case "campaign-word" -> campaignWords.add(key(words));
        case "campaign-role" -> campaignRoles.add(key(words));
        case "non-state" -> nonStateWords.add(key(words));
        case "past-word" -> pastWords.add(key(words));
        case "work-word" -> workWords.add(key(words));
        case "body-part" -> bodyParts.add(key(words));
        case "title" -> roleByTitle.put(titleKey(words), value);
        case "spelling" -> spellingOf.put(key(words), value);
        case "name-abbreviation" -> expansionOf.put(words, value);
        case "of-head" -> ofHeads.add(key(words));
        case "name-lowercase" -> lowerCaseWords.add(key(words));
        case "leading-verb" -> leadingVerbs.add(key(words));
        case "question-label" -> questionLabels.add(key(words));
        case "first-name-sex" -> {
          String sex = value.toUpperCase(Locale.ROOT);
          if (!sex.equals("MALE") && !sex.equals("FEMALE") && !sex.equals("EITHER")) {
            throw TsvResource.problem(name, line, "first-name-sex \"" + words + "\" is \"" + value
                + "\", not male, female or either");
          }
          sexByFirstName.put(words.strip().toLowerCase(Locale.ROOT), sex);
        }
        case "title-gender" -> {
          String gender = value.toUpperCase(Locale.ROOT);
          if (!gender.equals("MALE") && !gender.equals("FEMALE")) {
            throw TsvResource.problem(name, line, "title-gender \"" + words + "\" is \"" + value
                + "\", not male or female");
          }
          genderByTitle.put(titleKey(words), gender);
        }
        default -> throw new IllegalStateException("kind without a case: " + kind);
      }
    });
  }

  /** The country a word names or is the adjective of ("Israeli", "US", "Russia's"), or null. */
  public String countryOf(String word) {
    String w = key(word).replaceAll("['’]s$", "");
    String country = countryByDemonym.get(w);
    return country != null ? country : countries.countryOf(w);
  }

  /** The party a title word names ("Republican" → Republican Party), or null. */
  public String partyOf(String word) {
    String party = partyByWord.get(key(word));
    String alias = nameByAlias.get(key(word)); // "RNC committeeman": a party's committee is the party
    if (party == null && alias != null && partyByWord.containsValue(alias)) {
      party = alias;
    }
    return party != null ? party : partyByInitial.containsValue(word) ? word : null;
  }

  /** Whether {@code name} is a party's name ("Republican Party"), as {@link #partyOf} gives it. */
  public boolean isPartyName(String name) {
    return partyByWord.containsValue(name) || partyByInitial.containsValue(name);
  }

  /** The party of a party initial in a name's label ("R" in "Jason Chaffetz (R-Utah)"), or null. */
  public String partyOfInitial(String initial) {
    return partyByInitial.get(initial);
  }

  /** The country whose seat of government the words name ("the Kremlin spokesman" → Russia), or null. */
  public String seatCountryIn(List<String> words) {
    List<String> folded = words.stream().map(Affiliations::key).toList();
    for (Map.Entry<List<String>, String> seat : countryBySeat.entrySet()) {
      if (java.util.Collections.indexOfSubList(folded, seat.getKey()) >= 0) {
        return seat.getValue();
      }
    }
    return null;
  }

  /** The listed name of an organisation for a short name ("EU" → European Union), else the name. */
  public String expandAlias(String name) {
    return nameByAlias.getOrDefault(key(name), name);
  }

  /**
   * One spelling for a government body's name, whichever way the text writes it: abbreviations
   * expanded ("MoD"), "Ministry of Defence" turned to "Defence Ministry" (the {@code of-head}
   * words), one spelling of each variant word ("defence" → "Defense"), each word capitalised but
   * the {@code name-lowercase} ones: "Norwegian defence ministry", "Norwegian MoD" and "Norwegian
   * Ministry of Defense" are all "Russian Defense Ministry".
   */
  public String canonicalBody(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      String expansion = expansionOf.get(w);
      words.addAll(List.of((expansion != null ? expansion : w).split("\\s+")));
    }
    for (int i = 0; i + 2 < words.size(); i++) {
      if (ofHeads.contains(key(words.get(i))) && key(words.get(i + 1)).equals("of")) {
        List<String> field = new ArrayList<>(words.subList(i + 2, words.size()));
        String head = words.get(i);
        words = new ArrayList<>(words.subList(0, i));
        words.addAll(field);
        words.add(head);
        break;
      }
    }
    List<String> out = new ArrayList<>();
    for (String w : words) {
      String spelled = spellingOf.getOrDefault(key(w), w);
      boolean lower = lowerCaseWords.contains(key(spelled)) && !out.isEmpty();
      out.add(lower ? spelled.toLowerCase(Locale.ROOT)
          : spelled.substring(0, 1).toUpperCase(Locale.ROOT) + spelled.substring(1));
    }
    return String.join(" ", out);
  }

  /**
   * The name spelled as {@link #canonicalBody} spells it, when that ends in a body's head noun
   * ("Ministry"); null for other names ("Norwegian generals").
   */
  public String bodyName(String name) {
    String body = canonicalBody(name);
    String[] words = body.split("\\s+");
    return ofHeads.contains(key(words[words.length - 1])) ? body : null;
  }

  public boolean isBodyName(String name) {
    return bodyName(name) != null;
  }

  /** True for a role noun any office-holder may be described by ("official"). */
  public boolean isGenericRole(String lemma) {
    return genericRoles.contains(key(lemma));
  }

  /** True for role nouns this file adds to the reporting lexicon's description heads. */
  public boolean isRole(String lemma) {
    return roles.contains(key(lemma));
  }

  /** True for a role that is only the voice of a body ("spokeswoman"): whose it is, the context says. */
  public boolean isBodyRole(String word) {
    return bodyRoles.contains(key(word));
  }

  /** True for the capitalised head noun of an organisation's name ("Hospital", "Institute"); case-sensitive. */
  public boolean isOrganisationHead(String word) {
    return organisationHeads.contains(word);
  }

  /** True for a role held in a state's service ("minister", "governor"), or a body's voice. */
  public boolean isStateRole(String word) {
    return stateRoles.contains(key(word)) || bodyRoles.contains(key(word));
  }

  /** True for a word that counts a group without singling anyone out ("several", "some"). */
  public boolean isQuantifier(String word) {
    return quantifiers.contains(key(word));
  }

  /** True for a noun that, after a candidate's name, is their campaign ("Roe's team", "the Roe camp"). */
  public boolean isCampaignWord(String word) {
    return campaignWords.contains(key(word));
  }

  /** True for a role only a campaign has ("surrogate"): "a Roe surrogate" speaks for the Roe campaign. */
  public boolean isCampaignRole(String word) {
    return campaignRoles.contains(key(word));
  }

  /**
   * True for a word that says a role's holder does not speak for the state ("opposition"): a
   * country in that role ("an opposition lawmaker in Norway") is where they serve, not whom for.
   */
  public boolean isNonState(String word) {
    return nonStateWords.contains(key(word));
  }

  /** True for a word in a title that says the office is no longer held ("former Governor"). */
  public boolean isPastWord(String word) {
    return pastWords.contains(key(word));
  }

  /** True for a noun naming something a person wrote ("her account", "his memoir"): its author speaks. */
  /** A verb whose subject heads its object ("who runs the Y Institute"): kind {@code leading-verb}. */
  public boolean isLeadingVerb(String lemma) {
    return leadingVerbs.contains(key(lemma));
  }

  /** A transcript label that marks a reporter's question ("Question:", "Q:"): kind {@code question-label}. */
  public boolean isQuestionLabel(String word) {
    return questionLabels.contains(key(word));
  }

  public boolean isWorkWord(String word) {
    return workWords.contains(key(word));
  }

  /** True for a part of the body ("her right foot"): never a speaker itself, its possessor may be. */
  public boolean isBodyPart(String word) {
    return bodyParts.contains(key(word));
  }

  /** The role nouns that name the same role as {@code word} ("lawyer": lawyer, attorney, counsel), the word first. */
  public List<String> sameRole(String word) {
    String role = roleBySynonym.getOrDefault(key(word), key(word));
    List<String> out = new ArrayList<>(List.of(key(word)));
    if (!out.contains(role)) {
      out.add(role);
    }
    roleBySynonym.forEach((synonym, named) -> {
      if (named.equals(role) && !out.contains(synonym)) {
        out.add(synonym);
      }
    });
    return out;
  }

  public Set<String> roles() {
    return Set.copyOf(roles);
  }

  /** True for a courtesy or military title ("Capt.", "Lt-Gen"). */
  public boolean isTitle(String word) {
    return roleByTitle.containsKey(titleKey(word));
  }

  /** "MALE" or "FEMALE" for a courtesy title that says which ("Mr", "Ms"), else null. */
  /** MALE, FEMALE or EITHER where this list corrects CoreNLP's name-gender list for a first name, else null. */
  public String sexOfFirstName(String lowerCaseName) {
    return sexByFirstName.get(lowerCaseName);
  }

  public String genderOfTitle(String word) {
    return genderByTitle.get(titleKey(word));
  }

  /** The role noun a title abbreviates ("Lt-Gen" → general), or null. */
  public String roleOfTitle(String word) {
    String role = roleByTitle.get(titleKey(word));
    return role == null || role.isEmpty() ? null : role;
  }

  /** The name without the titles in front of it: "Lt-Gen Sergei Rudskoy" → "Sergei Rudskoy". */
  public String withoutTitles(String name) {
    List<String> parts = new ArrayList<>(List.of(name.strip().split("\\s+")));
    while (parts.size() > 1 && isTitle(parts.get(0))) {
      parts.remove(0);
    }
    return String.join(" ", parts);
  }

  private static List<String> words(String phrase) {
    return List.of(key(phrase).split("\\s+"));
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** "Lt.-Gen." and "lt-gen" are one title. */
  private static String titleKey(String s) {
    return key(s).replace(".", "");
  }
}
