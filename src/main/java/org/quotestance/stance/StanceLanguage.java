package org.quotestance.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The language knowledge the stance reader needs to read polarity and roles from a parse, from
 * {@code quote-stance/stance.json}: data, not code, so another language is another file. A missing
 * key is an error, not an empty list.
 */
public record StanceLanguage(
    Set<String> firstPerson, Set<String> reportedSelf, Set<String> negators, Set<String> negatedSubjects,
    Set<String> notCancellers, Set<String> litotes, Set<String> degreeNegators, Set<String> demandWords,
    Set<String> endorseWords, Set<String> hedges, Set<String> conditionMarks, Set<String> relativePronouns,
    Set<String> demonstratives, Set<String> negativeImplicatives,
    Set<String> purposeMarks)
    implements Serializable {

  public static final String RESOURCE = "/quote-stance/stance.json";

  public static StanceLanguage load() {
    try (InputStream in = StanceLanguage.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      return new StanceLanguage(set(root, "firstPerson"), set(root, "reportedSelf"), set(root, "negators"),
          set(root, "negatedSubjects"), set(root, "notCancellers"), set(root, "litotes"),
          set(root, "degreeNegators"), set(root, "demandWords"), set(root, "endorseWords"), set(root, "hedges"),
          set(root, "conditionMarks"), set(root, "relativePronouns"), set(root, "demonstratives"),
          set(root, "negativeImplicatives"), set(root, "purposeMarks"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> set(JsonNode root, String field) {
    JsonNode list = root.get(field);
    if (list == null || !list.isArray()) {
      throw new IllegalStateException(RESOURCE + ": \"" + field + "\" must be a list of words");
    }
    Set<String> out = new LinkedHashSet<>();
    list.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }
}
