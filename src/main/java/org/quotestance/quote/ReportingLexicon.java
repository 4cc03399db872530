package org.quotestance.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The reporting vocabulary from {@code quote-stance/reporting.json}: data, not code.
 * {@code topicPrepositions} introduce what talk is about ("spoke about X"); "on" does so only
 * after {@code topicOnVerbs} ("commented on X", but "spoke on Monday", "on the sidelines").
 */
public record ReportingLexicon(
    Set<String> verbs, Set<String> needsComplement, Set<String> passiveSourceVerbs,
    Set<String> relayVerbs, Set<String> pronouns, Set<String> descriptionHeads,
    Set<String> institutionHeads, Set<String> objectContentVerbs, Set<String> sourceNouns, Set<String> topicVerbs,
    Set<String> nouns, Set<String> topicPrepositions, Set<String> topicOnVerbs) implements Serializable {

  public static ReportingLexicon load() {
    try (InputStream in = ReportingLexicon.class.getResourceAsStream("/quote-stance/reporting.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      return new ReportingLexicon(set(root, "verbs"), set(root, "needsComplement"),
          set(root, "passiveSourceVerbs"), set(root, "relayVerbs"), set(root, "pronouns"),
          set(root, "descriptionHeads"), set(root, "institutionHeads"), set(root, "objectContentVerbs"),
          set(root, "sourceNouns"), set(root, "topicVerbs"),
          set(root, "nouns"), set(root, "topicPrepositions"), set(root, "topicOnVerbs"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> set(JsonNode root, String field) {
    Set<String> out = new LinkedHashSet<>();
    root.path(field).forEach(n -> out.add(n.asText()));
    return Set.copyOf(out);
  }

  public boolean isReportingVerb(String lemma) {
    return verbs.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }
}
