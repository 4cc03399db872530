package org.quotestance.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quotestance.speaker.Affiliations;
import org.quotestance.speaker.NameVariants;
import org.quotestance.speaker.Speaker;

/**
 * One name per speaker across articles: a name maps to the fullest compatible name used anywhere
 * (Recep Erdogan → Recep Tayyip Erdogan; Sergey → Sergei Lavrov when Sergei is more frequent),
 * without courtesy or military titles, unless it fits several people about equally often
 * (Erdogan, when two Erdogans speak). A quote whose article did not
 * say the speaker's affiliation takes the one the other articles give most often.
 */
final class SpeakerCanon {
  private final Map<String, String> canonical = new HashMap<>();
  private final Map<String, String> affiliation = new HashMap<>();

  SpeakerCanon(List<QuoteRow> rows) {
    Map<String, Integer> frequency = new TreeMap<>();
    rows.stream().filter(r -> !Speaker.UNKNOWN.equals(r.speaker())).forEach(r -> frequency.merge(r.speaker(), 1, Integer::sum));
    canonical.putAll(canonicalNames(frequency));
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (QuoteRow r : rows) {
      if (!r.affiliation().isEmpty() && canonical.containsKey(r.speaker())) {
        votes.computeIfAbsent(canonical.get(r.speaker()), k -> new TreeMap<>()).merge(r.affiliation(), 1, Integer::sum);
      }
    }
    votes.forEach((name, counts) -> affiliation.put(name, mostVoted(counts)));
  }

  /**
   * Every name's canonical name, from the names and how often each is quoted. Names of different
   * blocks ({@link #block}) never fit each other, so this may be called on one block at a time
   * (the table stage does, one block per key) with the same result as on every name at once.
   */
  static Map<String, String> canonicalNames(Map<String, Integer> frequency) {
    Map<String, String> canonical = new HashMap<>();
    Map<String, String> untitled = new HashMap<>();
    frequency.keySet().forEach(n -> untitled.put(n, withoutTitles(n)));
    List<String> names = new ArrayList<>(frequency.keySet());
    names.sort(Comparator.<String>comparingInt(n -> -NameVariants.tokens(n).size())
        .thenComparing(n -> -frequency.get(n)).thenComparing(Comparator.naturalOrder()));
    // Compatible names end in the same folded word (NameVariants.compatible checks that first), so a
    // name is compared only with the heads that share its last word: the same fits in the same
    // order as comparing it with every head, without the all-pairs cost on a run with many names.
    Map<String, List<String>> headsByLastWord = new HashMap<>();
    for (String name : names) {
      List<String> heads = headsByLastWord.computeIfAbsent(lastWord(untitled.get(name)), k -> new ArrayList<>());
      List<String> fits = heads.stream().filter(h -> NameVariants.compatible(untitled.get(h), untitled.get(name))).toList();
      String dominant = dominant(fits, frequency);
      if (dominant != null) {
        canonical.put(name, canonical.get(dominant));
      } else {
        heads.add(name);
        canonical.put(name, untitled.get(name));
      }
    }
    return canonical;
  }

  /** The block a name is compared within: the last folded word of the name without titles. */
  static String block(String name) {
    return lastWord(withoutTitles(name));
  }

  /** The affiliation given most often; on a tie the first in alphabetical order. */
  static String mostVoted(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  /** The blocking key: the last folded word ("" for a name without words, which fits no other). */
  static String lastWord(String name) {
    List<String> tokens = NameVariants.tokens(name);
    return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
  }

  /** "Lt-Gen Piotr Zaleski" → "Piotr Zaleski"; a firm's or odd name keeps its words ("Dr. Evil & Sons"). */
  private static String withoutTitles(String name) {
    String stripped = Affiliations.get().withoutTitles(name);
    boolean personLike = stripped.matches("\\p{Lu}[\\p{L}.'’-]*( \\p{Lu}[\\p{L}.'’-]*)*");
    return personLike ? stripped : name;
  }

  /**
   * The one name a shorter name belongs to: the only fit, or a fit quoted at least three times as
   * often as every other ("Obama" is Barack Obama when Michelle Obama is quoted once); else null.
   */
  private static String dominant(List<String> fits, Map<String, Integer> frequency) {
    if (fits.size() == 1) {
      return fits.get(0);
    }
    List<String> byFrequency = fits.stream().sorted(Comparator.comparingInt(n -> -frequency.get(n))).toList();
    if (byFrequency.size() > 1 && frequency.get(byFrequency.get(0)) >= 3 * frequency.get(byFrequency.get(1))) {
      return byFrequency.get(0);
    }
    return null;
  }

  QuoteRow apply(QuoteRow row) {
    String name = canonical.get(row.speaker());
    if (name == null) {
      return row;
    }
    String aff = row.affiliation().isEmpty() ? affiliation.getOrDefault(name, "") : row.affiliation();
    return row.withSpeaker(name, aff);
  }
}
