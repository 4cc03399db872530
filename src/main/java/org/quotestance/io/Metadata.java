package org.quotestance.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.channels.Channels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code metadata.csv} next to the input files: what a plain .txt file cannot say about itself.
 * A header row, a {@code file} column with the file's name ({@code 000_abc.txt}; the name without
 * extension works too) and any of {@code outlet, title, url, published}. A value fills in what the
 * article itself does not give (a JSONL record's own fields win); an empty cell gives nothing.
 */
public final class Metadata implements Serializable {
  public static final String FILE_NAME = "metadata.csv";
  static final List<String> COLUMNS = List.of("file", "outlet", "title", "url", "published");
  public static final Metadata NONE = new Metadata(Map.of());

  /** One file's row. */
  public record Entry(String outlet, String title, String url, String published) implements Serializable {}

  private final Map<String, Entry> byFile;

  private Metadata(Map<String, Entry> byFile) {
    this.byFile = byFile;
  }

  /** Parses a metadata file; a wrong header or a file named twice is an error naming the line. */
  public static Metadata parse(String source, String csv) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).build();
    try (Reader r = new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        CSVParser p = format.parse(r)) {
      List<String> header = p.getHeaderNames();
      if (!header.contains("file")) {
        throw new IllegalArgumentException(source + ": the header has no \"file\" column (expected "
            + String.join(",", COLUMNS) + ")");
      }
      for (String column : header) {
        if (!Set.copyOf(COLUMNS).contains(column)) {
          throw new IllegalArgumentException(source + ": unknown column \"" + column + "\" (expected "
              + String.join(",", COLUMNS) + ")");
        }
      }
      Map<String, Entry> byFile = new HashMap<>();
      for (CSVRecord rec : p) {
        String file = cell(rec, "file");
        if (file.isEmpty()) {
          throw new IllegalArgumentException(source + " line " + rec.getRecordNumber() + ": empty \"file\"");
        }
        Entry e = new Entry(cell(rec, "outlet"), cell(rec, "title"), cell(rec, "url"), cell(rec, "published"));
        if (byFile.put(file, e) != null) {
          throw new IllegalArgumentException(source + " line " + rec.getRecordNumber() + ": " + file
              + " is listed twice");
        }
      }
      return new Metadata(Map.copyOf(byFile));
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException(source + ": not a readable CSV file: " + e.getMessage());
    }
  }

  private static String cell(CSVRecord rec, String column) {
    return rec.isMapped(column) && rec.isSet(column) ? rec.get(column) : "";
  }

  /** The metadata file in the directory of {@code inputPath}, or {@link #NONE} when there is none. */
  public static Metadata besides(String inputPath) throws IOException {
    ResourceId file = FileSystems.matchNewResource(inputPath, false).getCurrentDirectory()
        .resolve(FILE_NAME, StandardResolveOptions.RESOLVE_FILE);
    if (!InputFiles.isRemote(file.toString())) {
      // Beam's local match of a missing file walks the whole directory tree, following links: a
      // symlink loop in the input folder would hang it.
      Path local = Path.of(file.toString().replaceFirst("^file://", ""));
      if (!Files.isRegularFile(local)) {
        return NONE;
      }
      return parse(file.toString(), ArticleParser.decode(Files.readAllBytes(local)));
    }
    MatchResult m = FileSystems.match(List.of(file.toString()), EmptyMatchTreatment.ALLOW).get(0);
    if (m.status() != MatchResult.Status.OK || m.metadata().isEmpty()) {
      return NONE;
    }
    try (InputStream in = Channels.newInputStream(FileSystems.open(m.metadata().get(0).resourceId()))) {
      return parse(file.toString(), ArticleParser.decode(in.readAllBytes()));
    }
  }

  /** The article with the row of the file it was read from filled in. */
  public Article apply(Article a) {
    String name = ArticleParser.fileName(a.input());
    Entry e = byFile.get(name);
    if (e == null) {
      e = byFile.get(ArticleParser.stripExtension(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name));
    }
    if (e == null) {
      return a;
    }
    return new Article(a.id(), a.input(), or(a.title(), e.title()), or(a.outlet(), e.outlet()), or(a.url(), e.url()),
        or(a.published(), e.published()), a.text());
  }

  private static String or(String given, String fallback) {
    return given.isBlank() ? fallback : given;
  }

  public int size() {
    return byFile.size();
  }
}
