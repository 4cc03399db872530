package org.quotestance.speaker;

import java.nio.file.Files;
import java.nio.file.Path;
import org.quotestance.nlp.NlpAnnotator;
import org.quotestance.nlp.ParsedText;

/**
 * Developer tool, not a test: prints every person mention the index finds in a text file, with
 * its title, organisations, apposition and the affiliation it gives. Usage: AffiliationProbe FILE
 */
public final class AffiliationProbe {
  private AffiliationProbe() {}

  public static void main(String[] args) throws Exception {
    ParsedText doc = NlpAnnotator.annotate(Files.readString(Path.of(args[0])));
    PersonIndex index = new PersonIndex(doc, org.quotestance.quote.ReportingLexicon.load().descriptionHeads());
    for (PersonMention m : index.allMentions()) {
      System.out.printf("%s | desc=%s org=%s role=%s appos=%s poss=%s -> '%s'%n", m.name(), m.descriptors(),
          m.organisations(), m.hasRole(), m.apposition(), m.possessor(), index.affiliationOf(index.canonical(m.name())));
    }
  }
}
