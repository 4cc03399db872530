package org.quotestance.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quotestance.speaker.NameVariants;
import org.quotestance.speaker.Speaker;

/**
 * One name per speaker across articles: a name maps to the fullest compatible name used anywhere
 * (Recep Erdogan → Recep Tayyip Erdogan; Sergey → Sergei Lavrov when Sergei is more frequent),
 * unless it fits several people (Erdogan, when two Erdogans speak). A quote whose article did not
 * say the speaker's affiliation takes the one the other articles give most often.
 */
final class SpeakerCanon {
  private final Map<String, String> canonical = new HashMap<>();
  private final Map<String, String> affiliation = new HashMap<>();

  SpeakerCanon(List<QuoteRow> rows) {
    Map<String, Integer> frequency = new TreeMap<>();
    rows.stream().filter(r -> !Speaker.UNKNOWN.equals(r.speaker())).forEach(r -> frequency.merge(r.speaker(), 1, Integer::sum));
    List<String> names = new ArrayList<>(frequency.keySet());
    names.sort(Comparator.<String>comparingInt(n -> -NameVariants.tokens(n).size())
        .thenComparing(n -> -frequency.get(n)).thenComparing(Comparator.naturalOrder()));
    List<String> heads = new ArrayList<>();
    for (String name : names) {
      List<String> fits = heads.stream().filter(h -> NameVariants.compatible(h, name)).toList();
      if (fits.size() == 1) {
        canonical.put(name, fits.get(0));
      } else {
        heads.add(name);
        canonical.put(name, name);
      }
    }
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (QuoteRow r : rows) {
      if (!r.affiliation().isEmpty() && canonical.containsKey(r.speaker())) {
        votes.computeIfAbsent(canonical.get(r.speaker()), k -> new TreeMap<>()).merge(r.affiliation(), 1, Integer::sum);
      }
    }
    votes.forEach((name, counts) -> affiliation.put(name, counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey()));
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
