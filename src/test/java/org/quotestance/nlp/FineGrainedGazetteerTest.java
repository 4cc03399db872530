package org.quotestance.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rules of CoreNLP's fine-grained step, each on a small gazetteer written for the test
 * (src/test/resources/gazetteer), with the tags worked out by hand; and the real gazetteers
 * against CoreNLP's own annotator on sentences written for the test.
 */
class FineGrainedGazetteerTest {
  private static FineGrainedGazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = FineGrainedGazetteer.load(List.of(
        new FineGrainedGazetteer.Source("gazetteer/caseless.tab", true),
        new FineGrainedGazetteer.Source("gazetteer/cased.tab", false)));
  }

  /** "word/POS/NER" tokens. */
  private static String[] tag(String... tokens) {
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<String> ner = new ArrayList<>();
    for (String t : tokens) {
      String[] p = t.split("/");
      words.add(p[0]);
      tags.add(p[1]);
      ner.add(p[2]);
    }
    return gazetteer.tag(words, tags, ner);
  }

  @Test
  @Tag("unit")
  void higherPriorityWinsOverALongerMatch() {
    // "quill harbor" (CITY, 1) overlaps "harbor" (NATIONALITY, 9): priority first, then "quill" fits
    assertArrayEquals(new String[] {"O", "TITLE", "NATIONALITY"}, tag("the/DT/O", "quill/NN/O", "harbor/NN/O"));
  }

  @Test
  @Tag("unit")
  void longerMatchWinsAtEqualPriority() {
    assertArrayEquals(new String[] {"O", "CITY", "CITY"}, tag("at/IN/O", "fen/NNP/LOCATION", "gate/NNP/LOCATION"));
  }

  @Test
  @Tag("unit")
  void aCityOnlyRefinesALocationAndStillBlocksShorterMatches() {
    // the chosen match "fen gate" may not overwrite O (CITY has no default overwrite); "fen" lost to it
    assertArrayEquals(new String[] {"O", "O", "O"}, tag("at/IN/O", "fen/NN/O", "gate/NN/O"));
  }

  @Test
  @Tag("unit")
  void needsANounOrAdjectiveInTheSpan() {
    assertArrayEquals(new String[] {"O"}, tag("quill/VB/O"));
    assertArrayEquals(new String[] {"TITLE"}, tag("quill/NN/O"));
  }

  @Test
  @Tag("unit")
  void doesNotCutAcrossARecognisedEntity() {
    assertArrayEquals(new String[] {"ORGANIZATION", "ORGANIZATION", "O"},
        tag("Fen/NNP/ORGANIZATION", "Gate/NNP/ORGANIZATION", "keeper/NN/O"));
  }

  @Test
  @Tag("unit")
  void caselessAndCasedFiles() {
    assertArrayEquals(new String[] {"TITLE"}, tag("QUILL/NN/O"));
    assertArrayEquals(new String[] {"COUNTRY"}, tag("Zed/NNP/LOCATION"));
    assertArrayEquals(new String[] {"LOCATION"}, tag("zed/NNP/LOCATION"));
  }

  @Test
  @Tag("unit")
  void aTokenMayBeARegularExpression() {
    assertArrayEquals(new String[] {"TITLE", "PERSON"}, tag("Capt./NNP/O", "Smith/NNP/PERSON"));
    assertArrayEquals(new String[] {"TITLE", "PERSON"}, tag("Capt/NNP/O", "Smith/NNP/PERSON"));
    assertArrayEquals(new String[] {"O"}, tag("Captain/NNP/O"));
  }

  @Test
  @Tag("unit")
  void aDuplicateLineCountsOnlyWithAHigherPriority() {
    // pelican: NATIONALITY (1), COUNTRY (1, ignored), RELIGION (3, kept beside the first and preferred)
    assertArrayEquals(new String[] {"RELIGION"}, tag("pelican/JJ/O"));
  }

  @Test
  @Tag("unit")
  void literalPrefixOfARegularExpression() {
    assertEquals("Ala", FineGrainedGazetteer.literalPrefix("Ala\\.?"));
    assertEquals("rep.", FineGrainedGazetteer.literalPrefix("rep\\."));
    assertEquals("", FineGrainedGazetteer.literalPrefix("[A-Z][a-z]+"));
    assertEquals("a", FineGrainedGazetteer.literalPrefix("ab?c"));
    assertEquals("", FineGrainedGazetteer.literalPrefix("abc|xyz"));
  }

  /** The real gazetteers give CoreNLP's own fine-grained tags. */
  @Test
  @Tag("integration") // CoreNLP
  void sameTagsAsCoreNlpOnInventedSentences() {
    String text = "The French foreign minister met Mayor Anna Berg in New York on Tuesday. "
        + "Sgt. Tom Ruiz, a Catholic priest from Lyon, said the Communist party of Ohio was banned. "
        + "Prime Minister Jan Olsen of Norway and the Turkish ambassador visited San Antonio, Texas. "
        + "He was charged with murder after the Islamist group's attack in Kabul, Afghanistan.";
    Properties props = NlpAnnotator.properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("enforceRequirements", "true");
    Annotation doc = new Annotation(text);
    new StanfordCoreNLP(props).annotate(doc);
    List<String[]> ours = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      List<String> ner = new ArrayList<>();
      for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        words.add(l.word());
        tags.add(l.tag());
        ner.add(l.ner());
      }
      ours.add(FineGrainedGazetteer.shared().tag(words, tags, ner));
    }
    new TokensRegexNERAnnotator("ner.fine.regexner", new Properties()).annotate(doc);
    int changed = 0;
    int i = 0;
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      String[] expected = sentence.get(CoreAnnotations.TokensAnnotation.class).stream()
          .map(CoreLabel::ner).toArray(String[]::new);
      assertEquals(Arrays.asList(expected), Arrays.asList(ours.get(i)), "sentence " + i);
      for (String t : expected) {
        changed += List.of("TITLE", "NATIONALITY", "CITY", "COUNTRY", "RELIGION", "IDEOLOGY",
            "STATE_OR_PROVINCE", "CRIMINAL_CHARGE").contains(t) ? 1 : 0;
      }
      i++;
    }
    // the sentences exercise the step: many tokens carry fine-grained types
    assertEquals(true, changed >= 10, "fine-grained tokens: " + changed);
  }
}
