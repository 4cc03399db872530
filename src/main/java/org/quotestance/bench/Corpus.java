package org.quotestance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The benchmark's articles: the files the input patterns match (Beam globs, as the job matches
 * them), sorted by file name, first N. Each file is one article; its text is read once, and its
 * tokens counted by whitespace, the one token definition used for every throughput figure.
 */
final class Corpus {
  /** One article: where it came from, the name the job sees, its text and whitespace tokens. */
  record Article(Path source, String name, String text, long tokens) {}

  private Corpus() {}

  /** Every local file the comma-separated patterns match, sorted by file name (then path). */
  static List<Path> match(String patterns) throws IOException {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    List<String> specs = new ArrayList<>();
    for (String p : patterns.split(",")) {
      if (!p.isBlank()) {
        specs.add(p.strip());
      }
    }
    Set<Path> files = new HashSet<>();
    for (MatchResult r : FileSystems.match(specs, EmptyMatchTreatment.ALLOW)) {
      if (r.status() != MatchResult.Status.OK) {
        continue;
      }
      for (MatchResult.Metadata m : r.metadata()) {
        String spec = m.resourceId().toString();
        if (spec.contains("://") && !spec.startsWith("file://")) {
          throw new IllegalArgumentException("only local files can be benchmarked, not " + spec);
        }
        files.add(Path.of(spec.startsWith("file://") ? spec.substring("file://".length()) : spec)
            .toAbsolutePath().normalize());
      }
    }
    List<Path> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString));
    return sorted;
  }

  static Article read(Path file, String name) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    return new Article(file, name, text, whitespaceTokens(text));
  }

  /** Maximal runs of non-whitespace characters. */
  static long whitespaceTokens(String text) {
    long n = 0;
    boolean inToken = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
      if (!space && !inToken) {
        n++;
      }
      inToken = !space;
      i += Character.charCount(cp);
    }
    return n;
  }

  static long tokens(List<Article> articles) {
    return articles.stream().mapToLong(Article::tokens).sum();
  }

  static long chars(List<Article> articles) {
    return articles.stream().mapToLong(a -> a.text().length()).sum();
  }

  /**
   * The scaled set: the first {@code scale × n} distinct files when the patterns match that many,
   * otherwise the first n repeated {@code scale} times, copy k named {@code rK_<name>}.
   */
  static List<Article> scaled(List<Path> all, List<Article> first, int scale) throws IOException {
    int want = first.size() * scale;
    List<Article> out = new ArrayList<>();
    if (all.size() >= want) {
      for (Path p : all.subList(0, want)) {
        out.add(read(p, p.getFileName().toString()));
      }
      return uniqueNames(out);
    }
    for (int k = 1; k <= scale; k++) {
      for (Article a : first) {
        out.add(new Article(a.source(), "r" + k + "_" + a.name(), a.text(), a.tokens()));
      }
    }
    return out;
  }

  /** Files with the same name from different directories get a prefix, so copies do not collide. */
  static List<Article> uniqueNames(List<Article> articles) {
    Set<String> seen = new HashSet<>();
    List<Article> out = new ArrayList<>();
    for (Article a : articles) {
      String name = a.name();
      for (int k = 2; !seen.add(name); k++) {
        name = "d" + k + "_" + a.name();
      }
      out.add(name.equals(a.name()) ? a : new Article(a.source(), name, a.text(), a.tokens()));
    }
    return out;
  }

  /** Copies the articles into a fresh directory under {@code parent}; returns the directory. */
  static Path stage(Path parent, String dirName, List<Article> articles) throws IOException {
    Path dir = Files.createDirectories(parent.resolve(dirName));
    for (Article a : articles) {
      Files.copy(a.source(), dir.resolve(a.name()));
    }
    return dir;
  }

  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // best effort: a leftover temp file is harmless
        }
      });
    } catch (IOException e) {
      // best effort
    }
  }
}
