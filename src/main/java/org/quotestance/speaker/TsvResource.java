package org.quotestance.speaker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads a tab-separated list from the classpath, skipping blank lines and # comments. */
final class TsvResource {
  private TsvResource() {}

  static void read(String resource, Consumer<String[]> handler) {
    try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          handler.accept(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
