package org.quotestance.speaker;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names, their adjectives and capitals: CoreNLP's demonym list ("Turkish" → Turkey) and
 * this project's capitals list ("Ankara" → Turkey), for affiliations and capital-as-government.
 */
public final class Countries implements Serializable {
  private static final String DEMONYMS = "/edu/stanford/nlp/models/dcoref/demonyms.txt";
  static final String CAPITALS = "/quote-stance/capitals.tsv";
  private final Map<String, String> countryByWord = new HashMap<>();
  private final Map<String, String> adjectiveByCountry = new HashMap<>();
  private final Map<String, String> countryByCapital = new HashMap<>();

  private static volatile Countries instance;

  public static Countries get() {
    if (instance == null) {
      synchronized (Countries.class) {
        if (instance == null) {
          instance = new Countries();
        }
      }
    }
    return instance;
  }

  private Countries() {
    TsvResource.read(DEMONYMS, fields -> {
      String country = fields[0].strip();
      countryByWord.putIfAbsent(key(country), country);
      for (int i = 1; i < fields.length; i++) {
        if (!fields[i].isBlank()) {
          countryByWord.putIfAbsent(key(fields[i]), country);
          adjectiveByCountry.putIfAbsent(key(country), fields[1].strip());
        }
      }
    });
    // "America"/"American" in that list mean the United States in news text.
    countryByWord.put("american", "United States");
    countryByWord.put("us", "United States");
    countryByWord.put("u.s.", "United States");
    countryByCapital.putAll(capitals(CAPITALS, TsvResource.text(CAPITALS)));
  }

  /**
   * capitals.tsv: a capital or seat of government and its country on each line, separated by a
   * tab, keyed by the capital folded to lower case. A line with more or fewer fields, or an empty
   * one, stops it with a {@link org.quotestance.config.ConfigException} naming the file and line.
   */
  static Map<String, String> capitals(String name, String text) {
    Map<String, String> out = new HashMap<>();
    TsvResource.parse(name, text, (line, fields) -> {
      if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
        throw TsvResource.problem(name, line, "\"" + String.join("\\t", fields) + "\" is not a capital and its country"
            + " separated by a tab (" + fields.length + " field" + (fields.length == 1 ? ")" : "s)"));
      }
      out.put(key(fields[0]), fields[1].strip());
    });
    return out;
  }

  /** The country a name, adjective or plural demonym stands for, or null. */
  public String countryOf(String word) {
    return countryByWord.get(key(word));
  }

  /** The country whose government a capital stands for, or null. */
  public String countryOfCapital(String city) {
    return countryByCapital.get(key(city));
  }

  /** "Russia" → "Russian", for institution names like "Russian Defense Ministry". */
  public String adjectiveOf(String country) {
    return adjectiveByCountry.getOrDefault(key(country), country);
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
