package org.quotestance.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The reporting vocabulary from {@code quote-stance/reporting.json}: data, not code.
 * {@code topicPrepositions} say which prepositions introduce what talk is about, after which
 * verbs ("commented on X", but not "spoke on Monday" or "spoke for five minutes").
 */
public record ReportingLexicon(
    Set<String> verbs, Set<String> needsComplement, Set<String> passiveSourceVerbs,
    Set<String> relayVerbs, Set<String> pronouns, Set<String> descriptionHeads,
    Set<String> institutionHeads, Set<String> objectContentVerbs, Set<String> sourceNouns, Set<String> topicVerbs,
    Set<String> nouns, Map<String, Set<String>> topicPrepositions, Set<String> addresseeVerbs,
    Set<String> anonymousHeads) implements Serializable {

  public static ReportingLexicon load() {
    try (InputStream in = ReportingLexicon.class.getResourceAsStream("/quote-stance/reporting.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      return new ReportingLexicon(set(root, "verbs"), set(root, "needsComplement"),
          set(root, "passiveSourceVerbs"), set(root, "relayVerbs"), set(root, "pronouns"),
          set(root, "descriptionHeads"), set(root, "institutionHeads"), set(root, "objectContentVerbs"),
          set(root, "sourceNouns"), set(root, "topicVerbs"),
          set(root, "nouns"), map(root, "topicPrepositions"), set(root, "addresseeVerbs"),
          set(root, "anonymousHeads"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Set<String>> map(JsonNode root, String field) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    root.path(field).fields().forEachRemaining(e -> {
      Set<String> values = new LinkedHashSet<>();
      e.getValue().forEach(n -> values.add(n.asText()));
      out.put(e.getKey(), Set.copyOf(values));
    });
    return Map.copyOf(out);
  }

  /** "about X" after any topic verb; "for X" only after "call", "ask", …: see reporting.json. */
  public boolean introducesTopic(String preposition, String verbLemma) {
    Set<String> verbs = topicPrepositions.get(preposition);
    return verbs != null && (verbs.contains("*") || verbs.contains(verbLemma));
  }

  private static Set<String> set(JsonNode root, String field) {
    Set<String> out = new LinkedHashSet<>();
    root.path(field).forEach(n -> out.add(n.asText()));
    return Set.copyOf(out);
  }

  public boolean isReportingVerb(String lemma) {
    return verbs.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }

  /** "tell", "warn", …: the verb's object is the person spoken to ("told reporters that …"). */
  public boolean isAddresseeVerb(String lemma) {
    return addresseeVerbs.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }
}
