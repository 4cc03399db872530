package org.quotestance.io;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The --input option as file patterns. A folder means the articles in it: every file whose
 * extension the parser reads (so metadata.csv and stray files next to them are not articles).
 */
public final class InputPatterns {
  static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".jsonl", ".ndjson");

  private InputPatterns() {}

  public static List<String> of(String option) {
    List<String> patterns = new ArrayList<>();
    for (String p : option.split(",")) {
      String pattern = p.strip();
      if (pattern.isEmpty()) {
        continue;
      }
      if (isFolder(pattern)) {
        String dir = pattern.replaceAll("/+$", "");
        for (String ext : ARTICLE_EXTENSIONS) {
          patterns.add(dir + "/*" + ext);
          patterns.add(dir + "/*" + ext + ".gz");
        }
      } else {
        patterns.add(pattern);
      }
    }
    return patterns;
  }

  /** A local directory, or any path ending in "/" (an object store "folder"). */
  private static boolean isFolder(String pattern) {
    if (pattern.endsWith("/")) {
      return true;
    }
    if (pattern.contains("://") || pattern.contains("*") || pattern.contains("?") || pattern.contains("[")) {
      return false;
    }
    try {
      return Files.isDirectory(Path.of(pattern));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
