package org.quotestance.io;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.quotestance.beam.DeadLetter;

/**
 * Expands one --input pattern into files. Local patterns are matched here, not by Beam: Beam's
 * local matching walks the whole tree under the pattern and follows symbolic links, so a link to
 * a parent directory makes it loop for ever. Here a walk goes no deeper than the pattern needs and
 * never enters a linked directory; links to files are read. What a pattern matches but cannot be
 * read (a named pipe, a dangling link, a directory named like an article) is returned as a
 * rejection, so that it becomes a row in errors.csv instead of vanishing. Other schemes ({@code
 * gs://}, {@code s3://}) go through Beam's FileSystems.
 */
public final class InputFiles {
  private static final Set<String> INPUT_EXTENSIONS = Set.of(".txt", ".text", ".jsonl", ".ndjson", ".gz");

  /** What a pattern matched: readable files (sorted) and what matched but cannot be read. */
  public record Match(List<String> files, List<DeadLetter> rejected, boolean missing) {
    public int size() {
      return files.size() + rejected.size();
    }
  }

  /**
   * Files a local walk never reads: the --output directory and its working siblings (staging,
   * previous set, lock), so that a run never reads its own tables.
   */
  public record Excluded(String outputDir) implements Serializable {
    public static Excluded none() {
      return new Excluded(null);
    }

    boolean contains(Path p) {
      if (outputDir == null) {
        return false;
      }
      Path out = Path.of(outputDir);
      Path abs = p.toAbsolutePath().normalize();
      Path parent = abs.getParent();
      return abs.startsWith(out) || (parent != null && parent.equals(out.getParent())
          && abs.getFileName().toString().startsWith("." + out.getFileName() + "."));
    }
  }

  private InputFiles() {}

  public static boolean isRemote(String pattern) {
    return pattern.contains("://") && !pattern.startsWith("file://");
  }

  public static boolean hasWildcard(String pattern) {
    return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** All matches of {@code pattern}, or the first {@code limit} (enough for a check before the run). */
  public static Match match(String pattern, Excluded excluded, int limit) throws IOException {
    if (isRemote(pattern)) {
      return remote(pattern);
    }
    String local = pattern.startsWith("file://") ? pattern.substring("file://".length()) : pattern;
    Path full = Path.of(local).toAbsolutePath();
    if (!hasWildcard(local)) {
      return literal(full);
    }
    Path base = full.getRoot();
    int depth = 0;
    boolean deep = false;
    boolean inGlob = false;
    for (Path part : full) {
      String s = part.toString();
      inGlob |= hasWildcard(s);
      if (inGlob) {
        depth++;
        deep |= s.contains("**");
      } else {
        base = base.resolve(part);
      }
    }
    List<String> files = new ArrayList<>();
    List<DeadLetter> rejected = new ArrayList<>();
    if (!Files.isDirectory(base)) {
      return new Match(files, rejected, false);
    }
    // Walk the real directory (the base may sit behind a link, e.g. /tmp on macOS) but report paths as given.
    Path start = Files.isSymbolicLink(base) ? base.toRealPath() : base;
    Path shown = base;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + full);
    Files.walkFileTree(start, EnumSet.noneOf(java.nio.file.FileVisitOption.class), deep ? Integer.MAX_VALUE : depth,
        new FileVisitor<>() {
          private Path asGiven(Path p) {
            return shown.resolve(start.relativize(p));
          }

          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            Path p = asGiven(dir);
            if (!dir.equals(start) && excluded.contains(p)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.equals(start) && matcher.matches(p) && looksLikeInput(p)) {
              rejected.add(reject(p, "a directory, not a file; not read"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Path p = asGiven(file);
            if (!matcher.matches(p) || excluded.contains(p)) {
              return FileVisitResult.CONTINUE;
            }
            classify(p, attrs, files, rejected);
            return files.size() + rejected.size() >= limit ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            Path p = asGiven(file);
            if (matcher.matches(p) && !excluded.contains(p)) {
              rejected.add(reject(p, "cannot be read: " + e));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    rejected.sort(java.util.Comparator.comparing(DeadLetter::input));
    return new Match(files, rejected, false);
  }

  private static Match literal(Path p) throws IOException {
    List<String> files = new ArrayList<>();
    List<DeadLetter> rejected = new ArrayList<>();
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return new Match(files, rejected, true);
    }
    classify(p, attrs, files, rejected);
    return new Match(files, rejected, false);
  }

  /** A matched name: a file (or a link to one) to read, or a rejection saying why not. */
  private static void classify(Path p, BasicFileAttributes attrs, List<String> files, List<DeadLetter> rejected) {
    if (attrs.isRegularFile()) {
      files.add(p.toString());
    } else if (attrs.isDirectory()) {
      if (looksLikeInput(p)) {
        rejected.add(reject(p, "a directory, not a file; not read"));
      }
    } else if (attrs.isSymbolicLink()) {
      try {
        BasicFileAttributes target = Files.readAttributes(p, BasicFileAttributes.class);
        if (target.isRegularFile()) {
          files.add(p.toString());
        } else if (target.isDirectory()) {
          if (looksLikeInput(p)) {
            rejected.add(reject(p, "a symbolic link to a directory, not followed; not read"));
          }
        } else {
          rejected.add(reject(p, "a symbolic link to a named pipe, socket or device, not a regular file; not read"));
        }
      } catch (IOException e) {
        rejected.add(reject(p, "a dangling symbolic link (" + target(p) + " cannot be opened: "
            + e.getClass().getSimpleName() + "); not read"));
      }
    } else {
      rejected.add(reject(p, "a named pipe, socket or device, not a regular file; not read"));
    }
  }

  private static String target(Path link) {
    try {
      return "its target " + Files.readSymbolicLink(link);
    } catch (IOException | UnsupportedOperationException e) {
      return "its target";
    }
  }

  private static boolean looksLikeInput(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && INPUT_EXTENSIONS.contains(name.substring(dot));
  }

  private static DeadLetter reject(Path p, String why) {
    return new DeadLetter(p.toString(), ArticleParser.fileId(p.toString()), ArticleParser.STAGE, why);
  }

  private static Match remote(String pattern) throws IOException {
    MatchResult r = org.apache.beam.sdk.io.FileSystems.match(List.of(pattern), EmptyMatchTreatment.ALLOW).get(0);
    if (r.status() == MatchResult.Status.NOT_FOUND) {
      return new Match(List.of(), List.of(), !hasWildcard(pattern));
    }
    if (r.status() != MatchResult.Status.OK) {
      throw new IOException("cannot match " + pattern + ": " + r.status());
    }
    List<String> files = new ArrayList<>();
    r.metadata().forEach(m -> files.add(m.resourceId().toString()));
    files.sort(null);
    return new Match(files, List.of(), false);
  }
}
