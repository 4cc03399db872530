package org.quotestance.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.beam.DeadLetter;
import org.quotestance.io.Article;
import org.quotestance.nlp.AnnotatedArticle;
import org.quotestance.nlp.ParsedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.ArticleQuotes;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.speaker.AttributedQuotes;
import org.quotestance.speaker.Speaker;
import org.quotestance.table.ArticleResult;
import org.quotestance.table.QuoteRow;
import org.quotestance.table.TableItem;
import org.quotestance.text.CleanText;
import org.quotestance.text.CleanedArticle;

@Tag("unit")
class StageCodersTest {
  static final String ORIGINAL = "“We deny it,”  Ana said.";
  static final String CLEAN = "\"We deny it,\" Ana said.";

  static CleanedArticle cleaned() {
    int n = CLEAN.length();
    int[] start = new int[n];
    int[] end = new int[n];
    for (int i = 0; i < n; i++) {
      start[i] = i < 14 ? i : i + 1; // the double space collapsed
      end[i] = start[i] + 1;
    }
    Article a = new Article("a1", "in/a.jsonl", "T", "Harbour Post", "http://x", "2015-12-02", ORIGINAL);
    return new CleanedArticle(a, new CleanText(CLEAN, start, end, ORIGINAL.length(), "T", "Harbour Post"));
  }

  static AnnotatedArticle annotated() {
    List<Token> tokens = List.of(
        new Token(0, "\"", "\"", "``", "O", 0, 1, 3, "punct"),
        new Token(1, "We", "we", "PRP", "O", 1, 3, 2, "nsubj"),
        new Token(2, "deny", "deny", "VBP", "O", 4, 8, 5, "ccomp"),
        new Token(3, "it", "it", "PRP", "O", 9, 11, 2, "obj"),
        new Token(4, "Ana", "Ana", "NNP", "PERSON", 14, 17, 5, "nsubj"),
        new Token(5, "said", "say", "VBD", "O", 18, 22, -1, "root"));
    return new AnnotatedArticle(cleaned(), new ParsedText(CLEAN, List.of(new Sentence(0, 0, tokens))));
  }

  @Test
  void everyStageElementRoundTrips() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(StageCoders.article(), cleaned().article());
    CoderProperties.coderDecodeEncodeEqual(StageCoders.cleaned(), cleaned());
    CoderProperties.coderDecodeEncodeEqual(StageCoders.annotated(), annotated());
    ArticleQuotes quotes = new ArticleQuotes(annotated(), List.of(
        new QuoteSpan(QuoteSpan.Kind.DIRECT, 1, 12, "said", "say", 0, 4, 0, "marked-quote")));
    CoderProperties.coderDecodeEncodeEqual(StageCoders.quotes(), quotes);
    AttributedQuotes attributed = new AttributedQuotes(quotes, List.of(new Speaker("Ana", "Ana", "", "cue-subject")));
    CoderProperties.coderDecodeEncodeEqual(StageCoders.attributed(), attributed);
    QuoteRow q = new QuoteRow("a1", "Harbour Post", "a1#1", "direct", 1, 12, "We deny it,", "Ana", "Ana", "", "said",
        "deny", 0.9, "rule", "2015-12-02", "marked-quote", "cue-subject");
    CoderProperties.coderDecodeEncodeEqual(StageCoders.tableItem(),
        TableItem.of(new ArticleResult("a1", "in/a.jsonl", "Harbour Post", "T", ArticleResult.Status.OK, List.of(q))));
    CoderProperties.coderDecodeEncodeEqual(StageCoders.tableItem(), TableItem.of(new DeadLetter("in/b", "b", "read", "x")));
    CoderProperties.coderSerializable(StageCoders.annotated());
  }

  @Test
  void theParsedArticleIsSmallerThanItsJavaSerialization() throws Exception {
    byte[] compact = CoderUtils.encodeToByteArray(StageCoders.annotated(), annotated());
    byte[] serialized = CoderUtils.encodeToByteArray(SerializableCoder.of(AnnotatedArticle.class), annotated());
    assertTrue(compact.length * 3 < serialized.length, compact.length + " vs " + serialized.length);
  }

  @Test
  void aParseOfAnotherTextKeepsItsOwnText() throws Exception {
    AnnotatedArticle a = new AnnotatedArticle(cleaned(), new ParsedText("", List.of()));
    assertEquals(a, CoderUtils.clone(StageCoders.annotated(), a));
  }
}
