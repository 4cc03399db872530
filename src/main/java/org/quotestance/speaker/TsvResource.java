package org.quotestance.speaker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.quotestance.config.ConfigException;

/** Reads a tab-separated list from the classpath, skipping blank lines and # comments. */
final class TsvResource {
  private TsvResource() {}

  /** What a list does with one line; a problem it throws as a {@link ConfigException} names the line. */
  interface LineHandler {
    void accept(int line, String[] fields);
  }

  /** A list this project does not own (CoreNLP's): read leniently, each line's fields as they are. */
  static void read(String resource, Consumer<String[]> handler) {
    parse(resource, text(resource), (line, fields) -> handler.accept(fields));
  }

  /** The text of a resource on the class path. */
  static String text(String resource) {
    try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException(resource, "missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Each line of {@code text} that is not blank or a comment, split at tabs, with its line number
   * (from 1); {@code name} names the file in errors.
   */
  static void parse(String name, String text, LineHandler handler) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.isBlank() && !line.startsWith("#")) {
        handler.accept(i + 1, line.split("\t"));
      }
    }
  }

  /** A problem with one line of a list: {@code NAME: line N: PROBLEM}. */
  static ConfigException problem(String name, int line, String problem) {
    return new ConfigException(name, "line " + line + ": " + problem);
  }
}
