package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/** Sources of reporting verbs on hand-built parses (the misparses CoreNLP makes, without CoreNLP). */
@Tag("unit")
class CueSourcesTest {
  private final CueSources sources = new CueSources(ReportingLexicon.load());

  /** word/POS/NER/head/relation */
  private static Sentence sentence(String... tokens) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String t : tokens) {
      String[] p = t.split("/");
      out.add(new Token(out.size(), p[0], p[0].toLowerCase(), p[1], p[2], at, at + p[0].length(), Integer.parseInt(p[3]), p[4]));
      at += p[0].length() + 1;
    }
    return new Sentence(0, 0, out);
  }

  @Test
  void theSubjectOfAParticipleSetOffBeforeTheVerbIsItsSource() {
    // "Novak, speaking later, said prices rose": the parser made Novak the participle's subject
    Sentence s = sentence("Novak/NNP/PERSON/2/nsubj", ",/,/O/2/punct", "speaking/VBG/O/5/ccomp", "later/RB/O/2/advmod",
        ",/,/O/5/punct", "said/VBD/O/-1/root", "prices/NNS/O/7/nsubj", "rose/VBD/O/5/ccomp");
    assertEquals(0, sources.of(s, s.tokens().get(5)));
  }

  @Test
  void aParticipleAfterTheVerbOrWithoutASpeakingSubjectGivesNoSource() {
    Sentence after = sentence("said/VBD/O/-1/root", "prices/NNS/O/2/nsubj", "rising/VBG/O/0/ccomp");
    assertEquals(-1, sources.of(after, after.tokens().get(0)));
  }

  @Test
  void aParticipleGivenTheNounBeforeItsCommaContinuesTheRootsSubject() {
    // "Kaya dismissed reports about the Levant, saying trucks are checked": the parser made "Levant" the
    // subject of "saying", which has none of its own
    Sentence s = sentence("Kaya/NNP/PERSON/1/nsubj", "dismissed/VBD/O/-1/root", "reports/NNS/O/1/obj", "about/IN/O/5/case",
        "the/DT/O/5/det", "Levant/NNP/PERSON/7/nsubj", ",/,/O/5/punct", "saying/VBG/O/2/acl", "trucks/NNS/O/10/nsubj:pass",
        "are/VBP/O/10/aux:pass", "checked/VBN/O/7/ccomp");
    assertEquals(0, sources.of(s, s.tokens().get(7)));
  }

  @Test
  void anAbsolutePhraseKeepsItsOwnSubject() {
    // "Syria backed the charges, with its envoy, Ali Demir, saying …": the envoy speaks, not Syria
    Sentence s = sentence("Syria/NNP/COUNTRY/1/nsubj", "backed/VBD/O/-1/root", "the/DT/O/3/det", "charges/NNS/O/1/obj",
        ",/,/O/12/punct", "with/IN/O/12/mark", "its/PRP$/O/7/nmod:poss", "envoy/NN/O/12/nsubj", ",/,/O/10/punct",
        "Ali/NNP/PERSON/10/compound", "Demir/NNP/PERSON/7/appos", ",/,/O/10/punct", "saying/VBG/O/1/advcl",
        "trucks/NNS/O/14/nsubj", "crossed/VBD/O/12/ccomp");
    assertNotEquals(0, sources.of(s, s.tokens().get(12)));
  }
}
