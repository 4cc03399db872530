package org.quotestance.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the JSON configuration (language resources, claim files) into records, strictly: a key the
 * record does not have is an error, not ignored, so that a misspelt key stops the run instead of
 * leaving a word list empty. Keys that start with {@code _} are comments ({@code "_doc"}).
 * Resources need every key of their record; a claim's required keys are marked with
 * {@code @JsonProperty(required = true)}. A null inside a list is an error too.
 */
public final class StrictJson {
  private static final ObjectMapper SOME_REQUIRED = mapper(false);
  private static final ObjectMapper ALL_REQUIRED = mapper(true);
  /** Only unknown keys fail: to find a misspelt key behind a missing one. */
  private static final ObjectMapper UNKNOWN_ONLY = mapper(false).copy()
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  private StrictJson() {}

  private static ObjectMapper mapper(boolean allRequired) {
    JsonMapper.Builder b = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .addHandler(new DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
              Object beanOrClass, String propertyName) throws IOException {
            if (propertyName.startsWith("_")) {
              p.skipChildren();
              return true;
            }
            return false;
          }
        });
    if (allRequired) {
      b.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
    }
    return b.build();
  }

  /** A language resource on the class path ({@code /quote-stance/…}); every key of {@code type} is required. */
  public static <T> T resource(String resource, Class<T> type) {
    try (InputStream in = StrictJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException(resource, "missing from the class path");
      }
      return resource(resource, in.readAllBytes(), type);
    } catch (IOException e) {
      throw new ConfigException(resource, "cannot read: " + e.getMessage());
    }
  }

  /** A language resource's text, read like {@link #resource(String, Class)}: for checks and tests. */
  public static <T> T resource(String name, byte[] json, Class<T> type) {
    try {
      return ALL_REQUIRED.readValue(json, type);
    } catch (JsonProcessingException e) {
      // A misspelt key also leaves the right one missing, and Jackson reports the missing one
      // first; the unknown key is the better message, so look for one before naming the gap.
      try {
        UNKNOWN_ONLY.readValue(json, type);
      } catch (JsonProcessingException unknown) {
        if (unknown instanceof UnrecognizedPropertyException) {
          throw new ConfigException(name, problem(unknown));
        }
      } catch (IOException ignored) {
        // the first error is reported below
      }
      throw new ConfigException(name, problem(e));
    } catch (IOException e) {
      throw new ConfigException(name, "cannot read: " + e.getMessage());
    }
  }

  /** A file the user gives (a claim); {@code file} names it in errors. */
  public static <T> T parse(String file, byte[] json, Class<T> type) {
    try {
      return SOME_REQUIRED.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new ConfigException(file, problem(e));
    } catch (IOException e) {
      throw new ConfigException(file, "cannot read: " + e.getMessage());
    }
  }

  /** What is wrong, in one line, with the key's path ("cues.denyVerb"). */
  static String problem(JsonProcessingException e) {
    String path = e instanceof JsonMappingException m ? path(m) : "";
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(String::valueOf)
          .sorted().collect(Collectors.joining(", ", " (known keys: ", ")"));
      return "unknown key \"" + path + "\"" + known;
    }
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    message = message.lines().findFirst().orElse("").strip();
    if (e instanceof MismatchedInputException && message.startsWith("Missing") && message.contains("creator property")) {
      // the path already ends in the missing key
      Matcher m = QUOTED.matcher(message);
      return "key \"" + (path.isEmpty() && m.find() ? m.group(1) : path) + "\" is missing";
    }
    if (e instanceof MismatchedInputException && message.toLowerCase(Locale.ROOT).contains("null")) {
      return "\"" + path + "\" holds null";
    }
    return (path.isEmpty() ? "" : "\"" + path + "\": ") + message;
  }

  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}
