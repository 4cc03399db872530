package org.quotestance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Affiliation (group) colours. The affiliations with the most quotes get a colour of their own (ties by
 * name, so the same tables always get the same colours); the rest share one "other" colour, and a
 * speaker without an affiliation gets the "none" colour.
 */
final class Palette {
  /**
   * Group colours, for affiliation dots only. Stance has its own colours (deny orange, support
   * blue, grey for the rest) on every chart and badge, so no group colour is blue or orange.
   */
  static final List<String> COLOURS = List.of(
      "#59a14f", "#b07aa1", "#9c755f", "#edc948", "#76b7b2", "#ff9da7", "#7b4173", "#8c8c3a", "#2f4b3a");
  static final String OTHER = "#5f6368";
  /** Speakers without an affiliation get hollow bars: white with this outline. */
  static final String NONE = "#ffffff";
  static final String NONE_STROKE = "#6b7580";
  static final String NEUTRAL = "#d3d6da";
  static final String DENY = "#d55e00";
  static final String SUPPORT = "#0072b2";

  private final Map<String, String> colours = new LinkedHashMap<>();
  private final int others;

  private Palette(Map<String, String> colours, int others) {
    this.colours.putAll(colours);
    this.others = others;
  }

  /** From affiliation names and their quote counts. */
  static Palette of(Map<String, Integer> quotesByAffiliation) {
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(quotesByAffiliation.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    Map<String, String> colours = new LinkedHashMap<>();
    int others = 0;
    for (Map.Entry<String, Integer> e : ranked) {
      if (e.getKey().isEmpty()) {
        continue;
      }
      if (colours.size() < COLOURS.size()) {
        colours.put(e.getKey(), COLOURS.get(colours.size()));
      } else {
        others++;
      }
    }
    return new Palette(colours, others);
  }

  String colour(String affiliation) {
    if (affiliation == null || affiliation.isEmpty()) {
      return NONE;
    }
    return colours.getOrDefault(affiliation, OTHER);
  }

  /** Affiliations with a colour of their own, most quoted first. */
  Map<String, String> named() {
    return colours;
  }

  /** How many affiliations share the "other" colour. */
  int others() {
    return others;
  }
}
