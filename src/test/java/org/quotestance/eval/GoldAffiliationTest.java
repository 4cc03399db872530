package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a gold file's affiliation field is read. */
@Tag("unit")
class GoldAffiliationTest {
  @Test
  void unknownAndEmptyBothMeanNoAffiliationAndAMissingFieldMeansNotAnnotated(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"article\": \"a\", \"start\": 0, \"end\": 3, \"speaker\": \"Ann Lee\", \"affiliation\": \"unknown\"}",
        "{\"article\": \"a\", \"start\": 4, \"end\": 7, \"speaker\": \"Ann Lee\", \"affiliation\": \"\"}",
        "{\"article\": \"a\", \"start\": 8, \"end\": 9, \"speaker\": \"Ann Lee\", \"affiliation\": \"Norway\"}",
        "{\"article\": \"a\", \"start\": 9, \"end\": 10, \"speaker\": \"Ann Lee\"}"));
    List<GoldQuote> quotes = GoldReader.read(gold, ArticleTexts.none());
    assertEquals(List.of("", "", "Norway", GoldQuote.NOT_ANNOTATED), quotes.stream().map(GoldQuote::affiliation).toList());
  }
}
