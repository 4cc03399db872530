package org.quotestance.quote;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.quotestance.nlp.AnnotatedArticle;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/** Developer tool: prints the parse and the cues of the sentences of CACHE article ID that contain TEXT. */
public final class DevDump {
  public static void main(String[] args) throws Exception {
    List<AnnotatedArticle> all;
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(Path.of(args[0]))))) {
      @SuppressWarnings("unchecked") List<AnnotatedArticle> a = (List<AnnotatedArticle>) in.readObject();
      all = a;
    }
    CueFinder finder = new CueFinder(ReportingLexicon.load());
    if (args[1].equals("--marks")) {
      for (AnnotatedArticle a : all) {
        if (!a.cleaned().article().id().startsWith(args[2])) continue;
        String t = a.parsed().text();
        for (MarkedSpan m : QuoteMarkScanner.scan(t)) System.out.println(m + " " + t.substring(m.start(), Math.min(m.end(), m.start() + 60)).replace('\n', '/'));
        for (QuoteSpan q : new QuoteExtractor(ReportingLexicon.load()).extract(a.parsed(), 0)) System.out.println(q);
      }
      return;
    }
    if (args[1].equals("--splits")) {
      int n = 0;
      for (AnnotatedArticle a : all) {
        List<Sentence> ss = a.parsed().sentences();
        for (int i = 1; i < ss.size(); i++) {
          Sentence prev = ss.get(i - 1), cur = ss.get(i);
          String w = cur.tokens().get(0).word();
          if (prev.paragraph() == cur.paragraph() && Character.isLowerCase(w.codePointAt(0))) {
            n++;
            if (n < 40) System.out.println(a.parsed().slice(Math.max(prev.begin(), prev.end() - 40), prev.end()) + " || " + a.parsed().slice(cur.begin(), Math.min(cur.end(), cur.begin() + 40)));
          }
        }
      }
      System.out.println("lowercase starts: " + n);
      return;
    }
    for (AnnotatedArticle a : all) {
      if (!a.cleaned().article().id().startsWith(args[1])) continue;
      for (Sentence s : a.parsed().sentences()) {
        String text = a.parsed().slice(s.begin(), s.end());
        if (!text.contains(args[2])) continue;
        System.out.println("SENTENCE " + s.index() + " para " + s.paragraph() + ": " + text);
        for (Token t : s.tokens()) {
          System.out.printf("  %d %s/%s/%s %s <-%s %d%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.relation(), t.head());
        }
        for (Cue c : finder.find(s)) System.out.println("  CUE " + c);
      }
    }
  }
}
