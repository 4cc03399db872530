package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.Token;

/** A title before capitalised names makes a name, whatever NER tagged (hand-built tokens, no CoreNLP). */
@Tag("unit")
class TitledNameTest {
  private static List<Token> tokens(String... wordPosNer) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : wordPosNer) {
      String[] p = w.split("/");
      out.add(new Token(out.size(), p[0], p[0].toLowerCase(), p[1], p[2], at, at + p[0].length(), -1, "dep"));
      at += p[0].length() + 1;
    }
    return out;
  }

  @Test
  void aTitleAndTwoNamesTaggedAsAnOrganisationAreAName() {
    List<Token> t = tokens("Maj/NNP/ORGANIZATION", "Ilkan/NNP/ORGANIZATION", "Dovar/NNP/ORGANIZATION", ",/,/O", "said/VBD/O");
    assertEquals(2, PersonIndex.titledNameEnd(t, 0, Affiliations.get()));
  }

  @Test
  void aTitleWithOneNameOrAPlaceIsNot() {
    assertEquals(-1, PersonIndex.titledNameEnd(tokens("Gen/NNP/O", "Motors/NNPS/ORGANIZATION", "said/VBD/O"), 0, Affiliations.get()));
    assertEquals(-1, PersonIndex.titledNameEnd(tokens("Dr/NNP/O", "Syria/NNP/COUNTRY", "Road/NNP/O"), 0, Affiliations.get()));
    assertEquals(-1, PersonIndex.titledNameEnd(tokens("General/NNP/O", "Ilkan/NNP/PERSON", "Dovar/NNP/PERSON"), 0,
        Affiliations.get()), "'General' is not in the title list; NER's PERSON already covers it");
  }
}
