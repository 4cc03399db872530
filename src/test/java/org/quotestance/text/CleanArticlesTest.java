package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.beam.BeamTests;
import org.quotestance.beam.Coders;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.DeadLetterStage;
import org.quotestance.io.Article;

/**
 * The clean stage on articles written here: boilerplate is dropped from a story, an empty article
 * and one outside --scope are skipped (not lost), and a too-long one is a dead letter.
 */
@Tag("unit")
class CleanArticlesTest {
  private static final String STORY = String.join("\n",
      "Harbour Wall Repairs Start in May",
      "",
      "The   harbour master said the repairs would start in May.",
      "Share on Facebook",
      "The council will vote on the costs next week.",
      "Please donate today and subscribe to our newsletter to support independent journalism.");

  private static Article article(String id, String text) {
    return Article.ofText(id, "in/" + id + ".txt", text);
  }

  @Test
  void cleanedSkippedAndDeadLetterOutputs() throws Throwable {
    BeamTests.withPipeline(CleanArticlesTest.class, p -> {
      PCollectionTuple out = p
          .apply(Create.of(List.of(article("story", STORY), article("blank", " \n \n"),
              article("elsewhere", "The ferry runs twice a day."), article("long", "word ".repeat(100))))
              .withCoder(Coders.of(Article.class)))
          // --scope in small: only texts that mention the harbour are analysed; the count across
          // an outlet's articles is off here (OutletRepeatsTest), which spares the unit suite its shuffles
          .apply(new CleanArticles(400, text -> text.contains("harbour"), 0));
      PAssert.that(out.get(CleanArticles.CLEANED)).satisfies(cleaned -> {
        CleanedArticle c = cleaned.iterator().next();
        assertEquals("story", c.article().id());
        // the share button and the appeal are gone, whitespace is collapsed, the headline is the title
        assertEquals("Harbour Wall Repairs Start in May\n\nThe harbour master said the repairs would start in May."
            + "\n\nThe council will vote on the costs next week.", c.clean().text());
        assertEquals("Harbour Wall Repairs Start in May", c.title());
        int i = c.clean().text().indexOf("harbour master");
        assertEquals("harbour master", STORY.substring(c.clean().originalStart(i), c.clean().originalEnd(i + 14)));
        return null;
      });
      PAssert.that(out.get(CleanArticles.SKIPPED)
              .apply(MapElements.into(TypeDescriptors.strings()).via(c -> c.article().id() + ":" + c.clean().text())))
          .containsInAnyOrder("blank:", "elsewhere:The ferry runs twice a day.");
      PAssert.that(out.get(DeadLetterStage.FAILED)).containsInAnyOrder(new DeadLetter("in/long.txt", "long", "clean",
          "article has 500 characters, more than --maxArticleChars=400; not processed"));
      p.run().waitUntilFinish();
    });
  }
}
