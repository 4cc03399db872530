package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.beam.BeamTests;
import org.quotestance.beam.Coders;
import org.quotestance.io.Article;

/**
 * Boilerplate found by repetition across an outlet's articles: the corpus-level count
 * ({@link OutletRepeats}) and the clean stage that drops what it finds. Outlets, articles and
 * paragraphs are invented for the test.
 */
@Tag("unit")
class OutletRepeatsTest {
  static final String BIO = "The Harbour Post is an independent newspaper owned by its readers since 1901.";
  static final String QUOTE = "“We do not comment on rumours,” a spokesman for the port authority said.";
  static final String TWICE = "Ferries to the islands run twice a day from the north quay.";

  private static Article article(String id, String outlet, String... paragraphs) {
    return new Article(id, "in/" + id + ".jsonl", "", outlet, "", "", String.join("\n", paragraphs));
  }

  /**
   * Harbour Post: BIO and QUOTE in three articles, TWICE in two (one of them read twice, under
   * the same id); Valley Times: BIO in two; no outlet: BIO once more.
   */
  static List<Article> corpus() {
    return List.of(
        article("h1", "Harbour Post", "The council met on Monday to discuss the wall.", BIO, QUOTE, TWICE),
        article("h2", "Harbour Post", "The mayor opened the new bridge on Tuesday.", BIO, QUOTE, TWICE),
        article("h2", "Harbour Post", "The mayor opened the new bridge on Tuesday.", BIO, QUOTE, TWICE),
        article("h3", "Harbour Post", "Fishermen landed a record catch this week.", BIO, QUOTE, BIO),
        article("v1", "Valley Times", "A storm closed the valley road for a day.", BIO),
        article("v2", "Valley Times", "The valley school reopened after repairs.", BIO),
        article("n1", "", "An unsigned notice about the harbour fees.", BIO));
  }

  /** The entries of a map side input, as elements. */
  static final class EntriesFn extends DoFn<String, KV<String, Long>> {
    private final PCollectionView<Map<String, Long>> view;

    EntriesFn(PCollectionView<Map<String, Long>> view) {
      this.view = view;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.sideInput(view).forEach((k, v) -> c.output(KV.of(k, v)));
    }
  }

  /** One pipeline for the three (each TestPipeline costs the unit suite about a second). */
  @Test
  void countsPerOutletAndTheCleanStageDropsWhatRecursButNotQuotes() throws Throwable {
    BeamTests.withPipeline(OutletRepeatsTest.class, p -> {
      PCollection<Article> articles = p.apply(Create.of(corpus()).withCoder(Coders.of(Article.class)));

      // the count, read back as the side input's entries: BIO three times in Harbour Post (twice in
      // h3: once); QUOTE quotes someone, TWICE is in two articles (h2 read twice counts once),
      // Valley Times has BIO in two, and the article without an outlet is not counted
      PCollectionView<Map<String, Long>> view = articles.apply("Count", new OutletRepeats(3));
      PCollection<KV<String, Long>> entries = p.apply("One", Create.of("x"))
          .apply(ParDo.of(new EntriesFn(view)).withSideInputs(view))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
      PAssert.that(entries).containsInAnyOrder(KV.of(OutletRepeats.key("Harbour Post", BIO), 3L));

      PAssert.that(articles.apply("Clean", new CleanArticles(10_000, null, 3)).get(CleanArticles.CLEANED)
              .apply("Texts", MapElements.into(TypeDescriptors.strings()).via(c -> c.article().id() + ": " + c.clean().text())))
          .containsInAnyOrder(
              "h1: The council met on Monday to discuss the wall.\n\n" + QUOTE + "\n\n" + TWICE,
              "h2: The mayor opened the new bridge on Tuesday.\n\n" + QUOTE + "\n\n" + TWICE,
              "h2: The mayor opened the new bridge on Tuesday.\n\n" + QUOTE + "\n\n" + TWICE,
              "h3: Fishermen landed a record catch this week.\n\n" + QUOTE,
              "v1: A storm closed the valley road for a day.\n\n" + BIO,
              "v2: The valley school reopened after repairs.\n\n" + BIO,
              "n1: An unsigned notice about the harbour fees.\n\n" + BIO);

      // off: each article is cleaned on its own (h3's second BIO is still a repeat within it)
      PAssert.that(articles.apply("Off", new CleanArticles(10_000, null, 0)).get(CleanArticles.CLEANED)
              .apply("OffTexts", MapElements.into(TypeDescriptors.strings()).via(c -> c.article().id() + ": " + c.clean().text()))
              .apply("H3", org.apache.beam.sdk.transforms.Filter.by(t -> t.startsWith("h3")))).containsInAnyOrder(
          "h3: Fishermen landed a record catch this week.\n\n" + BIO + "\n\n" + QUOTE);
      p.run().waitUntilFinish();
    });
  }

  @Test
  void aRecurringParagraphIsDroppedWithItsOffsetsAndAQuotingOneIsKept() {
    TextCleaner cleaner = TextCleaner.create();
    String original = "Harbour Wall Repairs Start Soon\n" + BIO + "\n  The   works begin in May.\n" + QUOTE;
    List<String> asked = new ArrayList<>();
    CleanText clean = cleaner.clean(original, paragraph -> {
      asked.add(paragraph);
      return true; // as if the outlet repeated every paragraph
    });
    // everything goes but the quote, which is never even asked about
    assertFalse(asked.contains(QUOTE), asked.toString());
    assertEquals(4 - 1, asked.size(), asked.toString());
    assertEquals(QUOTE, clean.text());
    assertEquals("", clean.title());
    CleanText none = cleaner.clean(original, paragraph -> paragraph.equals(BIO));
    assertEquals("Harbour Wall Repairs Start Soon\n\nThe works begin in May.\n\n" + QUOTE, none.text());
    int i = none.text().indexOf("works begin");
    assertEquals("works begin", original.substring(none.originalStart(i), none.originalEnd(i + 11)));
  }

  @Test
  void onlyParagraphsOfSomeLengthThatQuoteNoOneAreCounted() {
    assertEquals(true, OutletRepeats.countable(BIO));
    assertEquals(false, OutletRepeats.countable(QUOTE));
    assertEquals(false, OutletRepeats.countable("‘We stay,’ she said in a statement on Monday."));
    assertEquals(false, OutletRepeats.countable("Related: harbour news")); // three words: a label
    // case does not matter, as for repeats within an article; the outlet does
    assertEquals(OutletRepeats.key("Harbour Post", BIO), OutletRepeats.key("Harbour Post", BIO.toUpperCase()));
    assertFalse(OutletRepeats.key("Harbour Post", BIO).equals(OutletRepeats.key("Valley Times", BIO)));
  }
}
