package org.quotestance.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.quotestance.speaker.KnownSpeakers;
import org.quotestance.stance.Claim;

/**
 * Checks a claim file against the claim schema before any work, on the raw JSON, so that a claim
 * the stance stage cannot use ({@code "cues": {}}, a {@code null} in a list, a number where words
 * go) is one line and exit 2 instead of a failure of every article. A key the schema does not
 * know is an error too ({@code "denyVerb"} for {@code "denyVerbs"} would otherwise leave a list
 * empty); the known keys are the components of the {@link Claim} records, so that the two agree.
 * Keys starting with {@code _} are comments.
 *
 * <pre>
 * id               string, required, not blank
 * statement        string
 * target, object   object, required: name (string, required), aliases (list of words, required, not empty)
 * relation         list of words, required
 * cues             object, required: REQUIRED_CUES lists of words, required; OPTIONAL_CUES lists of words
 * claimReferences  list of words
 * speakers         list of objects: name (string, required), affiliation (string), aliases (list of words)
 * OPTIONAL_LISTS   each a list of words
 * </pre>
 *
 * A word is a string that is not blank. The fields are described in docs/claims.md.
 */
final class ClaimValidator {
  static final List<String> REQUIRED_CUES = List.of("denyVerbs", "denyWords", "supportVerbs");
  static final List<String> OPTIONAL_CUES = List.of("supportWords", "proofWords", "consequenceWords", "conditionWords",
      "negationWords");
  static final List<String> OPTIONAL_LISTS = List.of("claimReferences", "objectRequired", "goods", "objectReferences",
      "contrary",
      "exchange", "targetReferences", "passages");
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** One problem with the claim file; its message names the field. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  private ClaimValidator() {}

  static void validate(byte[] json) throws Invalid {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new Invalid("not valid JSON: " + RunCommand.oneLine(e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new Invalid("the file must hold one JSON object");
    }
    known(root, "", Claim.class);
    string(root, "id", true, true);
    string(root, "statement", false, false);
    for (String entity : List.of("target", "object")) {
      JsonNode e = object(root, entity, true);
      known(e, entity + ".", entity.equals("target") ? Claim.Entity.class : Claim.ObjectEntity.class);
      string(e, entity + ".", "name", true, true);
      words(e, entity + ".", "aliases", true, true);
    }
    JsonNode owned = root.path("object").get("ownedByTarget");
    if (owned != null && !owned.isBoolean()) {
      throw new Invalid("\"object.ownedByTarget\" must be true or false");
    }
    words(root, "", "relation", true, false);
    for (String list : OPTIONAL_LISTS) {
      words(root, "", list, false, false);
    }
    JsonNode cues = object(root, "cues", true);
    known(cues, "cues.", Claim.Cues.class);
    for (String list : REQUIRED_CUES) {
      words(cues, "cues.", list, true, false);
    }
    for (String list : OPTIONAL_CUES) {
      words(cues, "cues.", list, false, false);
    }
    JsonNode speakers = root.get("speakers");
    if (speakers != null && !speakers.isNull()) {
      if (!speakers.isArray()) {
        throw new Invalid("\"speakers\" must be a list of objects, not " + type(speakers));
      }
      for (int i = 0; i < speakers.size(); i++) {
        String at = "speakers[" + i + "]";
        JsonNode s = speakers.get(i);
        if (!s.isObject()) {
          throw new Invalid("\"" + at + "\" must be an object with a \"name\", not " + type(s));
        }
        known(s, at + ".", KnownSpeakers.Entry.class);
        string(s, at + ".", "name", true, true);
        string(s, at + ".", "affiliation", false, false);
        words(s, at + ".", "aliases", false, false);
      }
    }
  }

  /** Every key of {@code node} is a component of {@code record}, or a comment ({@code _doc}). */
  private static void known(JsonNode node, String prefix, Class<? extends Record> record) throws Invalid {
    List<String> names = Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).toList();
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.startsWith("_") && !names.contains(key)) {
        throw new Invalid("unknown key \"" + prefix + key + "\" (known keys: " + String.join(", ", names.stream().sorted().toList()) + ")");
      }
    }
  }

  private static void string(JsonNode node, String field, boolean required, boolean notBlank) throws Invalid {
    string(node, "", field, required, notBlank);
  }

  private static void string(JsonNode node, String prefix, String field, boolean required, boolean notBlank)
      throws Invalid {
    JsonNode v = node.get(field);
    String name = "\"" + prefix + field + "\"";
    if (v == null || v.isNull()) {
      if (required) {
        throw new Invalid(name + " is missing (a string)");
      }
      return;
    }
    if (!v.isTextual()) {
      throw new Invalid(name + " must be a string, not " + type(v));
    }
    if (notBlank && v.asText().isBlank()) {
      throw new Invalid(name + " is blank");
    }
  }

  private static JsonNode object(JsonNode node, String field, boolean required) throws Invalid {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new Invalid("\"" + field + "\" is missing (an object)");
    }
    if (!v.isObject()) {
      throw new Invalid("\"" + field + "\" must be an object, not " + type(v));
    }
    return v;
  }

  private static void words(JsonNode node, String prefix, String field, boolean required, boolean notEmpty)
      throws Invalid {
    JsonNode v = node.get(field);
    String name = "\"" + prefix + field + "\"";
    if (v == null || v.isNull()) {
      if (required) {
        throw new Invalid(name + " is missing (a list of strings)");
      }
      return;
    }
    if (!v.isArray()) {
      throw new Invalid(name + " must be a list of strings, not " + type(v));
    }
    if (notEmpty && v.isEmpty()) {
      throw new Invalid(name + " is empty; give at least one");
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      String at = "\"" + prefix + field + "[" + i + "]\"";
      if (!item.isTextual()) {
        throw new Invalid(at + " must be a string, not " + type(item));
      }
      if (item.asText().isBlank()) {
        throw new Invalid(at + " is blank");
      }
    }
  }

  private static String type(JsonNode v) {
    Map<String, String> names = Map.of("OBJECT", "an object", "ARRAY", "a list", "STRING", "a string",
        "NUMBER", "a number", "BOOLEAN", "true/false", "NULL", "null");
    return names.getOrDefault(v.getNodeType().name(), v.getNodeType().name().toLowerCase());
  }
}
