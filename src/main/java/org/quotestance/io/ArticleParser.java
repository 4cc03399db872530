package org.quotestance.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Turns the bytes of one input file into articles and dead letters. The file extension chooses the
 * format: {@code .txt} is one article, {@code .jsonl}/{@code .ndjson} one article per line, and a
 * trailing {@code .gz} means gzip of the same. A bad record never hides the good ones.
 */
public final class ArticleParser {
  public static final String STAGE = "read";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The outcome of parsing one file. */
  public record Parsed(List<Article> articles, List<DeadLetter> errors) {}

  private ArticleParser() {}

  public static Parsed parse(String path, byte[] bytes) {
    String name = fileName(path);
    List<Article> articles = new ArrayList<>();
    List<DeadLetter> errors = new ArrayList<>();
    boolean gzip = name.endsWith(".gz");
    String inner = gzip ? name.substring(0, name.length() - 3) : name;
    String fallbackId = stripExtension(inner);
    byte[] content = bytes;
    if (gzip) {
      try {
        content = gunzip(bytes);
      } catch (IOException e) {
        errors.add(new DeadLetter(path, fallbackId, STAGE, "corrupt gzip: " + e.getMessage()));
        return new Parsed(articles, errors);
      }
    }
    if (inner.endsWith(".jsonl") || inner.endsWith(".ndjson")) {
      parseJsonLines(path, fallbackId, decode(content), articles, errors);
    } else {
      parseText(path, fallbackId, content, articles, errors);
    }
    return new Parsed(articles, errors);
  }

  private static void parseText(
      String path, String id, byte[] content, List<Article> articles, List<DeadLetter> errors) {
    if (looksBinary(content)) {
      errors.add(new DeadLetter(path, id, STAGE, "binary file, not text (NUL bytes found)"));
      return;
    }
    articles.add(Article.ofText(id, path, decode(content)));
  }

  private static void parseJsonLines(
      String path, String fileId, String text, List<Article> articles, List<DeadLetter> errors) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = fileId + ":" + (i + 1);
      try {
        JsonNode node = JSON.readTree(line);
        String id = textField(node, "id");
        String body = node == null ? null : node.path("text").isTextual() ? node.get("text").asText() : null;
        if (id == null || id.isBlank()) {
          errors.add(new DeadLetter(path, where, STAGE, "line " + (i + 1) + ": record has no \"id\""));
        } else if (body == null) {
          errors.add(new DeadLetter(path, id, STAGE, "line " + (i + 1) + ": record has no \"text\""));
        } else {
          articles.add(new Article(id, path, textField(node, "title"), textField(node, "outlet"),
              textField(node, "url"), textField(node, "published"), body));
        }
      } catch (IOException e) {
        errors.add(new DeadLetter(path, where, STAGE,
            "line " + (i + 1) + ": malformed JSON: " + firstLine(e.getMessage())));
      }
    }
  }

  private static String textField(JsonNode node, String field) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** UTF-8 with invalid bytes replaced: broken encoding must never make an article unreadable. */
  static String decode(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      String s = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("unreachable with REPLACE", e);
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int limit = Math.min(bytes.length, 8192);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  public static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  public static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
