package org.quotestance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No sentence of the evaluation texts is written into the code or the resources, not even into a
 * comment (issue 17): rules are fitted to constructions, and a comment that quotes a development
 * sentence invites a rule that names it. Every {@value #WINDOW}-word window of the evaluation
 * texts (words folded to lower case, punctuation ignored) is searched for in every file under
 * {@code src/main}. The texts are the seed articles and the challenge sets in this repository,
 * and, when the shared data sits beside the clone ({@code ../shared/data}, see DEVELOPING.md),
 * the stance-dev articles and PolNeAR's dev texts (a unit test) and PolNeAR's train texts (an
 * integration test: 840 files). Write an invented example instead.
 */
class EvaluationTextTest {
  static final int WINDOW = 6;
  private static final Path SHARED = Path.of("../shared/data");

  /** The development texts found on this machine: the ones rules were written while reading. */
  static List<Path> developmentTexts() {
    List<Path> texts = new ArrayList<>();
    texts.addAll(files(Path.of("seeds"), 1));
    texts.addAll(files(Path.of("src/test/resources/challenge"), 3));
    texts.addAll(files(SHARED.resolve("stance-dev"), 3));
    texts.addAll(files(SHARED.resolve("polnear/dev/text"), 1));
    return texts;
  }

  private static List<Path> files(Path dir, int depth) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir, depth)) {
      return s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text's words (letters and digits, with inner apostrophes), lower case, with the line each starts on. */
  record Words(List<String> words, List<Integer> lines) {
    static Words of(String text) {
      List<String> words = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      int line = 1;
      for (int i = 0; i <= text.length(); i++) {
        char c = i < text.length() ? text.charAt(i) : ' ';
        boolean inner = (c == '\'' || c == '’') && word.length() > 0 && i + 1 < text.length()
            && Character.isLetterOrDigit(text.charAt(i + 1));
        if (Character.isLetterOrDigit(c) || inner) {
          word.append(inner ? '\'' : Character.toLowerCase(c));
        } else if (word.length() > 0) {
          words.add(word.toString());
          lines.add(line);
          word.setLength(0);
        }
        line += c == '\n' ? 1 : 0;
      }
      return new Words(words, lines);
    }

    long window(int start) {
      long h = 1125899906842597L;
      for (int i = start; i < start + WINDOW; i++) {
        h = 31 * h + words.get(i).hashCode() * 0x9E3779B97F4A7C15L;
      }
      return h;
    }

    String text(int start) {
      return String.join(" ", words.subList(start, start + WINDOW));
    }
  }

  static Set<Long> windows(List<Path> texts) {
    Set<Long> out = new HashSet<>();
    for (Path p : texts) {
      Words w = Words.of(read(p));
      for (int i = 0; i + WINDOW <= w.words().size(); i++) {
        out.add(w.window(i));
      }
    }
    return out;
  }

  /** "file:line: words" for each window of {@code text} that is one of {@code windows}. */
  static List<String> hits(String name, String text, Set<Long> windows) {
    List<String> out = new ArrayList<>();
    Words w = Words.of(text);
    for (int i = 0; i + WINDOW <= w.words().size(); i++) {
      if (windows.contains(w.window(i))) {
        out.add(name + ":" + w.lines().get(i) + ": " + w.text(i));
      }
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @Tag("unit")
  void noDevelopmentSentenceIsInTheMainSources() throws IOException {
    List<Path> texts = developmentTexts();
    assertTrue(texts.size() >= 5 + 50, "the seeds and the challenge sets were found: " + texts.size());
    assertNoneInMain(texts);
  }

  /** PolNeAR's 840 train texts, the regression set: about 1.5 s, so with the integration tests. */
  @Test
  @Tag("integration")
  void noPolnearTrainSentenceIsInTheMainSources() throws IOException {
    assertNoneInMain(files(SHARED.resolve("polnear/train/text"), 1));
  }

  private static void assertNoneInMain(List<Path> texts) throws IOException {
    Set<Long> windows = windows(texts);
    List<String> hits = new ArrayList<>();
    try (Stream<Path> main = Files.walk(Path.of("src/main"))) {
      for (Path p : main.filter(Files::isRegularFile).sorted().toList()) {
        hits.addAll(hits(p.toString(), read(p), windows));
      }
    }
    assertEquals(List.of(), hits, "words of the evaluation texts (" + texts.size() + " files) in src/main; "
        + "write an invented example instead");
  }

  @Test
  @Tag("unit")
  void aCopiedSentenceIsFoundAcrossLinesAndPunctuation() {
    Set<Long> windows = windows(List.of(Path.of("seeds/000_f0891c8ed48941d8.txt")));
    String seedSentence = "/** e.g. \"Moscow is accusing Ankara of\n   * turning a blind eye\" */";
    assertEquals(List.of("X.java:1: moscow is accusing ankara of turning", "X.java:1: is accusing ankara of turning a",
        "X.java:1: accusing ankara of turning a blind", "X.java:1: ankara of turning a blind eye"),
        hits("X.java", seedSentence, windows));
    assertEquals(List.of(), hits("X.java", "/** e.g. \"Oslo is accusing Bergen of turning a blind eye\" */", windows));
  }
}
