package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.io.Article;
import org.quotestance.nlp.AnnotatedArticle;
import org.quotestance.nlp.NlpAnnotator;
import org.quotestance.speaker.AttributedQuotes;
import org.quotestance.speaker.Countries;
import org.quotestance.speaker.KnownSpeakers;
import org.quotestance.speaker.SpeakerResolver;
import org.quotestance.stance.ArticleStances;
import org.quotestance.stance.Claim;
import org.quotestance.stance.StanceClassifier;
import org.quotestance.table.ArticleResult;
import org.quotestance.table.QuoteRow;
import org.quotestance.table.QuoteRows;
import org.quotestance.text.CleanedArticle;
import org.quotestance.text.TextCleaner;

/**
 * Generated texts full of quote marks of every style, mojibake, odd unicode and whitespace go
 * through cleaning, CoreNLP, quotes, speakers and stance: nothing throws, and every quote's
 * offsets are valid and point at exactly its text in the original.
 */
@Tag("integration")
class RandomTextOffsetsTest {
  private static final String[] PIECES = {
    "said", "told reporters", "the minister", "Anna Berg", "he", "that", "according to", "officials",
    "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "?€?", "â€œ", "â€\u009d", "â€™", "don't", ",", ".", "?",
    "\n", "\n\n", "  ", "\t", "\u00A0", "\u200B", "é", "İstanbul", "😀", "—", ":", "the plan", "was wrong",
    "will resign", "if", "proven", "Ankara", "ISIS", "oil"
  };

  @Test
  void extractorNeverThrowsAndOffsetsMatchText() throws Exception {
    Random random = new Random(20261124);
    TextCleaner cleaner = TextCleaner.create();
    QuoteExtractor extractor = QuoteExtractor.create();
    ReportingLexicon lexicon = ReportingLexicon.load();
    SpeakerResolver speakers = new SpeakerResolver(lexicon, Countries.get(), KnownSpeakers.none());
    Claim claim = Claim.parse(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("pipelines/turkey-daesh-oil.json")));
    ArticleStances stances = new ArticleStances(new StanceClassifier(claim));
    int quotesChecked = 0;
    for (int n = 0; n < 40; n++) {
      String original = generate(random);
      CleanedArticle cleaned = new CleanedArticle(Article.ofText("random-" + n, "generated", original), cleaner.clean(original));
      AnnotatedArticle annotated = new AnnotatedArticle(cleaned, NlpAnnotator.annotate(cleaned.clean().text()));
      List<QuoteSpan> quotes = extractor.extract(annotated.parsed(), 0);
      ArticleQuotes articleQuotes = new ArticleQuotes(annotated, quotes);
      AttributedQuotes attributed = new AttributedQuotes(articleQuotes, speakers.resolve(annotated.parsed(), quotes));
      ArticleResult result = QuoteRows.of(attributed, stances.classify(annotated.parsed(), quotes, attributed.speakers()));
      for (QuoteRow q : result.quotes()) {
        assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= original.length(), q::toString);
        assertEquals(original.substring(q.start(), q.end()).replaceAll("\\s+", " ").strip(), q.text());
        quotesChecked++;
      }
    }
    assertTrue(quotesChecked > 20, "the generator should produce quotes, got " + quotesChecked);
  }

  private static String generate(Random random) {
    StringBuilder sb = new StringBuilder("Officials met on Monday.");
    int pieces = 20 + random.nextInt(120);
    for (int i = 0; i < pieces; i++) {
      sb.append(random.nextInt(3) == 0 ? "" : " ").append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}
