package org.quotestance.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.quotestance.io.Article;
import org.quotestance.text.CleanedArticle;
import org.quotestance.text.TextCleaner;

/**
 * Articles written for the stage tests, with their annotation stored beside them
 * ({@code src/test/resources/fixtures/NAME.txt} and {@code NAME.qsa}), so that the unit tests of
 * the stages after {@code nlp} get real parses without loading CoreNLP. The stored form is the
 * annotation cache's ({@link AnnotationFormat}), keyed by the SHA-256 of the cleaned text: a change
 * to the text or to the cleaning makes the fixture fail to decode, with a message saying how to
 * regenerate it ({@link #main}). See {@code ParsedFixturesTest} for the check against CoreNLP.
 */
public final class ParsedFixtures {
  public static final List<String> NAMES = List.of("harbour", "oil");
  static final Path SOURCE = Path.of("src/test/resources/fixtures");
  static final String REGENERATE = "regenerate the fixtures: mvn -o -q test-compile && java -cp "
      + "target/classes:target/test-classes:$(cat cp.txt) " + ParsedFixtures.class.getName();
  private static final TextCleaner CLEANER = TextCleaner.create();

  private ParsedFixtures() {}

  /** The article as the read stage would give it (id NAME, input fixtures/NAME.txt). */
  public static Article article(String name) {
    return Article.ofText(name, "fixtures/" + name + ".txt", new String(resource(name + ".txt"), StandardCharsets.UTF_8));
  }

  public static CleanedArticle cleaned(String name) {
    Article a = article(name);
    return new CleanedArticle(a, CLEANER.clean(a.text()));
  }

  /** The article with its stored annotation; fails with how to regenerate it when that is stale. */
  public static AnnotatedArticle annotated(String name) {
    return decode(name, cleaned(name), resource(name + ".qsa"));
  }

  /** {@code entry} as the annotation of {@code c}'s cleaned text. */
  static AnnotatedArticle decode(String name, CleanedArticle c, byte[] entry) {
    String text = c.clean().text();
    try {
      return new AnnotatedArticle(c, new ParsedText(text, AnnotationFormat.decode(entry, key(text), text)));
    } catch (IOException e) {
      throw new IllegalStateException("fixture " + name + ".qsa does not decode for the cleaned text of " + name
          + ".txt (" + e.getMessage() + "): the text, the cleaning or AnnotationFormat changed; " + REGENERATE, e);
    }
  }

  /**
   * The fixture under id {@code NAME-broken}, its parse ending in a sentence without tokens: what no
   * annotator gives, and what the stages after nlp throw on, so a test can watch it become a dead letter.
   */
  public static AnnotatedArticle broken(String name) {
    AnnotatedArticle a = withId(annotated(name), name + "-broken");
    List<Sentence> sentences = new java.util.ArrayList<>(a.parsed().sentences());
    sentences.add(new Sentence(sentences.size(), sentences.get(sentences.size() - 1).paragraph(), List.of()));
    return new AnnotatedArticle(a.cleaned(), new ParsedText(a.parsed().text(), sentences));
  }

  /** The same article under another id. */
  public static AnnotatedArticle withId(AnnotatedArticle a, String id) {
    Article o = a.cleaned().article();
    Article renamed = new Article(id, o.input(), o.title(), o.outlet(), o.url(), o.published(), o.text());
    return new AnnotatedArticle(new CleanedArticle(renamed, a.cleaned().clean()), a.parsed());
  }

  static byte[] key(String cleanedText) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(cleanedText.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] resource(String file) {
    try (InputStream in = ParsedFixtures.class.getResourceAsStream("/fixtures/" + file)) {
      if (in == null) {
        throw new IllegalStateException("fixture " + file + " is missing; " + REGENERATE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("fixture " + file + ": " + e, e);
    }
  }

  /** Annotates every fixture's cleaned text with CoreNLP and writes NAME.qsa into the source tree. */
  public static void main(String[] args) throws IOException {
    for (String name : NAMES) {
      String text = cleaned(name).clean().text();
      Path out = SOURCE.resolve(name + ".qsa");
      Files.write(out, AnnotationFormat.encode(key(text), NlpAnnotator.annotate(text)));
      System.err.println("wrote " + out);
    }
  }
}
