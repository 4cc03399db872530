package org.quotestance.quote;

import java.io.BufferedInputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quotestance.nlp.AnnotatedArticle;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * Developer tool, not a test: prints the parse and the reporting cues of the sentences that
 * contain TEXT in the articles of a {@link org.quotestance.dev.DevLoop} cache whose id starts
 * with PREFIX. Usage: DevDump CACHE PREFIX TEXT
 */
public final class DevDump {
  private DevDump() {}

  public static void main(String[] args) throws Exception {
    List<AnnotatedArticle> articles;
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(Path.of(args[0]))))) {
      @SuppressWarnings("unchecked")
      List<AnnotatedArticle> read = (List<AnnotatedArticle>) in.readObject();
      articles = read;
    }
    CueFinder finder = new CueFinder(ReportingLexicon.load());
    for (AnnotatedArticle a : articles) {
      if (!a.cleaned().article().id().startsWith(args[1])) {
        continue;
      }
      for (Sentence s : a.parsed().sentences()) {
        String text = a.parsed().slice(s.begin(), s.end());
        if (text.contains(args[2])) {
          System.out.println("SENTENCE " + s.index() + " para " + s.paragraph() + ": " + text);
          for (Token t : s.tokens()) {
            System.out.printf("  %d %s/%s/%s %s <-%s %d%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.relation(), t.head());
          }
          finder.find(s).forEach(c -> System.out.println("  CUE " + c));
        }
      }
    }
  }
}
