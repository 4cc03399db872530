package org.quotestance.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.quotestance.beam.DeadLetter;

/**
 * Turns one input file, read as a stream, into articles and dead letters. The file extension
 * chooses the format: {@code .txt} is one article, {@code .jsonl}/{@code .ndjson} one article per
 * line, and a trailing {@code .gz} means gzip of the same. Reading is bounded whatever the
 * compression ratio: a text stops at {@code maxArticleChars}, a JSONL line at {@link
 * Limits#maxLineBytes()}, and a file that expands far beyond what its records need is stopped. A
 * bad record never hides the good ones, and every record gets its own article id.
 */
public final class ArticleParser {
  public static final String STAGE = "read";
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 200_000;
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build());
  /** For finding the id of an over-long line: only the id is read, other strings are skipped. */
  private static final JsonFactory SCAN = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024).build()).build();
  private static final int BUFFER = 64 * 1024;

  /** The outcome of parsing one file. */
  public record Parsed(List<Article> articles, List<DeadLetter> errors) {}

  /** Where parsed records go, one at a time, so that a big file is never held whole. */
  public interface Sink {
    void article(Article a);

    void error(DeadLetter e);
  }

  /** The reading bounds derived from --maxArticleChars. */
  public record Limits(int maxArticleChars) implements java.io.Serializable {
    /**
     * A JSONL line longer than this cannot hold a text within --maxArticleChars: 6 bytes per
     * character covers {@code \\uXXXX} escapes, 1 MiB the other fields.
     */
    public long maxLineBytes() {
      return 6L * maxArticleChars + (1 << 20);
    }

    /** An over-long line is skimmed for its id and skipped; beyond this the file is given up. */
    public long maxSkippedLineBytes() {
      return Math.max(256L << 20, maxLineBytes());
    }

    /**
     * A file may expand to this much (blank lines and all) before it is stopped: a line's worth per
     * record read, plus the over-long lines it skipped.
     */
    long fileBudget(long records, long skipped) {
      return (records + 1) * maxLineBytes() + skipped;
    }
  }

  private ArticleParser() {}

  /** Parses a whole file held in memory, with the default limits (tests, small inputs). */
  public static Parsed parse(String path, byte[] bytes) {
    return parse(path, bytes, DEFAULT_MAX_ARTICLE_CHARS);
  }

  public static Parsed parse(String path, byte[] bytes, int maxArticleChars) {
    List<Article> articles = new ArrayList<>();
    List<DeadLetter> errors = new ArrayList<>();
    parse(path, new ByteArrayInputStream(bytes), new Limits(maxArticleChars), new Sink() {
      @Override
      public void article(Article a) {
        articles.add(a);
      }

      @Override
      public void error(DeadLetter e) {
        errors.add(e);
      }
    });
    return new Parsed(articles, errors);
  }

  /** Reads {@code raw} (the file's bytes as stored) to its end or to a limit; never throws on bad content. */
  public static void parse(String path, InputStream raw, Limits limits, Sink sink) {
    String name = fileName(path);
    boolean gzip = name.endsWith(".gz");
    String inner = gzip ? name.substring(0, name.length() - 3) : name;
    String fileId = stripExtension(inner);
    boolean jsonl = inner.endsWith(".jsonl") || inner.endsWith(".ndjson");
    JsonLines lines = jsonl ? new JsonLines(path, fileId, limits, sink) : null;
    try {
      InputStream source = new SourceStream(raw);
      // Commons Compress joins concatenated gzip members whatever the source's available() says.
      InputStream in = gzip ? new GzipCompressorInputStream(new BufferedInputStream(source, BUFFER), true) : source;
      if (jsonl) {
        lines.read(in);
      } else {
        parseText(path, fileId, in, limits, sink);
      }
    } catch (IOException e) {
      String where = lines == null || lines.records == 0 ? fileId : fileId + ":" + lines.lineNo;
      String at = lines == null || lines.records == 0 ? "" : "line " + lines.lineNo + " and after: ";
      boolean corrupt = gzip && !(e instanceof SourceStream.Failure);
      sink.error(new DeadLetter(path, where, STAGE, at + (corrupt ? "corrupt gzip: " + firstLine(e.getMessage())
          : "cannot read the file: " + DeadLetter.of(path, where, STAGE, e.getCause() == null ? e : e.getCause()).error())));
    }
  }

  /** The file's own stream, whose failures are told apart from corrupt content. */
  private static final class SourceStream extends FilterInputStream {
    static final class Failure extends IOException {
      Failure(IOException cause) {
        super(cause.getMessage(), cause);
      }
    }

    SourceStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new Failure(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw new Failure(e);
      }
    }
  }

  private static void parseText(String path, String id, InputStream bytes, Limits limits, Sink sink) throws IOException {
    BomReader text = BomReader.open(bytes);
    int max = limits.maxArticleChars();
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = text.reader.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        if (buf[i] == 0) {
          sink.error(new DeadLetter(path, id, STAGE, "binary file, not text (NUL byte at character " + (sb.length() + i)
              + (text.charset == StandardCharsets.UTF_8 ? "; a UTF-16 text needs a byte order mark" : "") + ")"));
          return;
        }
      }
      sb.append(buf, 0, n);
      if (sb.length() > max + (sb.charAt(0) == '\uFEFF' ? 1 : 0)) {
        // Reading stops here: a compressed file may expand to gigabytes.
        sink.error(new DeadLetter(path, id, STAGE, "article has more than " + max + " characters, more than"
            + " --maxArticleChars=" + max + "; reading stopped there, not processed"));
        return;
      }
    }
    String s = sb.toString();
    sink.article(Article.ofText(id, path, s.startsWith("\uFEFF") ? s.substring(1) : s));
  }

  /** A text stream decoded by its byte order mark (UTF-8 without one), bad bytes replaced. */
  private record BomReader(Reader reader, Charset charset) {
    static BomReader open(InputStream in) throws IOException {
      java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 2);
      byte[] head = p.readNBytes(2);
      Charset cs = StandardCharsets.UTF_8;
      if (head.length == 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        cs = StandardCharsets.UTF_16LE;
      } else if (head.length == 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        cs = StandardCharsets.UTF_16BE;
      } else {
        p.unread(head);
      }
      // A UTF-8 BOM is kept by the decoder and stripped by the caller.
      return new BomReader(new InputStreamReader(p, cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), cs);
    }
  }

  /** JSONL read line by line from a stream, each line bounded. */
  private static final class JsonLines {
    private final String path;
    private final String fileId;
    private final Limits limits;
    private final Sink sink;
    /** First line of every article id used in this file, so that no two records share a row. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int end;
    private InputStream in;
    private long consumed;
    private long skipped;
    long records;
    long lineNo;
    private boolean stopped;

    JsonLines(String path, String fileId, Limits limits, Sink sink) {
      this.path = path;
      this.fileId = fileId;
      this.limits = limits;
      this.sink = sink;
    }

    void read(InputStream stream) throws IOException {
      this.in = stream;
      long cap = limits.maxLineBytes();
      byte[] line = new byte[1024];
      while (true) {
        lineNo++;
        int len = 0;
        boolean eol = false;
        boolean over = false;
        while (!eol && !over && fill()) {
          int nl = indexOf(buf, pos, end, (byte) '\n');
          int take = (nl < 0 ? end : nl) - pos;
          if (len + (long) take > cap) {
            take = (int) (cap - len);
            over = true;
          } else {
            eol = nl >= 0;
          }
          if (len + take > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(cap, Math.max(2L * line.length, len + take)));
          }
          System.arraycopy(buf, pos, line, len, take);
          len += take;
          pos += take + (eol ? 1 : 0);
          consumed += take + (eol ? 1 : 0);
        }
        if (over) {
          overLongLine(line, len);
        } else if (len == 0 && !eol) {
          return; // end of file
        } else if (!isBlank(line, len)) {
          parseLine(decode(Arrays.copyOf(line, len)));
        }
        if (stopped) {
          return;
        }
        if (consumed > limits.fileBudget(records, skipped)) {
          String next = fileId + ":" + (lineNo + 1);
          fail(next, next, "line " + (lineNo + 1) + " and after: not read, the file expands to more"
              + " than " + consumed + " bytes for " + records + " records (a compression bomb?)");
          return;
        }
      }
    }

    private boolean fill() throws IOException {
      if (pos < end) {
        return true;
      }
      int n = in.read(buf, 0, buf.length);
      pos = 0;
      end = Math.max(n, 0);
      return n > 0;
    }

    private void parseLine(String line) {
      int value = 0;
      try (JsonParser jp = JSON.getFactory().createParser(line)) {
        while (true) {
          value++;
          if (jp.nextToken() == null) {
            return;
          }
          JsonNode node = JSON.readTree(jp);
          record(node, value);
        }
      } catch (IOException e) {
        fail(where(value), where(value), at(value) + "malformed JSON: " + firstLine(e.getMessage()));
      }
    }

    /** One JSON value of the line: the line's first, or a further one where objects were run together. */
    private void record(JsonNode node, int value) {
      String where = where(value);
      if (!node.isObject()) {
        fail(where, where, at(value) + "not a JSON object");
        return;
      }
      String id = textField(node, "id");
      JsonNode text = node.get("text");
      if (id == null || id.isBlank()) {
        fail(where, where, at(value) + "record has no \"id\"");
      } else if (text == null || !text.isTextual()) {
        fail(id, where, at(value) + "record has no \"text\"" + (text == null || text.isNull() ? "" : " string"));
      } else if (text.asText().indexOf('\0') >= 0) {
        fail(id, where, at(value) + "\"text\" holds NUL characters: binary data, not text");
      } else if (ids.containsKey(id)) {
        fail(where, where, at(value) + "duplicate article_id \"" + id + "\" (first on line " + ids.get(id)
            + "); this copy was not analysed");
      } else {
        ids.put(id, (int) lineNo);
        records++;
        sink.article(new Article(id, path, textField(node, "title"), textField(node, "outlet"),
            textField(node, "url"), textField(node, "published"), text.asText()));
      }
    }

    /** A dead letter for one record, under {@code id} unless another record of the file has it. */
    private void fail(String id, String where, String error) {
      String key = ids.containsKey(id) ? where : id;
      ids.putIfAbsent(key, (int) lineNo);
      records++;
      sink.error(new DeadLetter(path, key, STAGE, error));
    }

    /**
     * A line too long for any article within the limit: skimmed for its id without being held,
     * then skipped, so that the record is reported under its own name and the next lines are read.
     */
    private void overLongLine(byte[] head, int len) throws IOException {
      long before = consumed - len;
      long skipLimit = limits.maxSkippedLineBytes();
      String id = null;
      InputStream rest = new InputStream() {
        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
          if (consumed - before >= skipLimit || !fill()) {
            return -1;
          }
          int nl = indexOf(buf, pos, end, (byte) '\n');
          int take = Math.min(n, (nl < 0 ? end : nl) - pos);
          if (take == 0) {
            return -1; // the line's end
          }
          System.arraycopy(buf, pos, b, off, take);
          pos += take;
          consumed += take;
          return take;
        }
      };
      try (JsonParser jp = SCAN.createParser(new SequenceInputStream(new ByteArrayInputStream(head, 0, len), rest))) {
        if (jp.nextToken() == JsonToken.START_OBJECT) {
          JsonToken t;
          while (id == null && (t = jp.nextToken()) == JsonToken.FIELD_NAME) {
            String field = jp.currentName();
            JsonToken v = jp.nextToken();
            if (field.equals("id") && v != null && v.isScalarValue() && v != JsonToken.VALUE_NULL) {
              id = jp.getText();
            } else {
              jp.skipChildren(); // a string is skipped without being held
            }
          }
        }
      } catch (IOException e) {
        // not JSON, or the id is not before the cut: the line is reported by number
      }
      byte[] sink = new byte[BUFFER];
      while (rest.read(sink, 0, sink.length) > 0) {
        // skip to the end of the line
      }
      boolean gaveUp = consumed - before >= skipLimit;
      skipped += consumed - before;
      if (!gaveUp && fill() && buf[pos] == '\n') {
        pos++;
        consumed++;
      }
      String error = "line " + lineNo + ": record is longer than " + limits.maxLineBytes() + " bytes, too long for"
          + " an article within --maxArticleChars=" + limits.maxArticleChars() + "; not processed";
      if (gaveUp) {
        error += "; the line goes on for more than " + skipLimit + " bytes, so the rest of the file was not read";
      }
      fail(id == null || id.isBlank() ? where(1) : id, where(1), error);
      stopped = gaveUp;
    }

    private String where(int value) {
      return fileId + ":" + lineNo + (value > 1 ? "#" + value : "");
    }

    private String at(int value) {
      return "line " + lineNo + (value > 1 ? " (JSON value " + value + " on the line)" : "") + ": ";
    }
  }

  private static int indexOf(byte[] b, int from, int to, byte x) {
    for (int i = from; i < to; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBlank(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\f') {
        return false;
      }
    }
    return true;
  }

  private static String textField(JsonNode node, String field) {
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

  public static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  public static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The article id a whole-file dead letter gets: the name without {@code .gz} and the format's extension. */
  public static String fileId(String path) {
    String name = fileName(path);
    return stripExtension(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
