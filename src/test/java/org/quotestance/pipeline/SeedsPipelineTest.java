package org.quotestance.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.cli.RunCommand;
import org.quotestance.stance.Claim;
import org.quotestance.table.ArticleResult;
import org.quotestance.table.CsvNumbers;
import org.quotestance.table.QuoteRow;
import org.quotestance.beam.BeamTests;

/**
 * The whole job on the five seed articles. The expected facts were checked by reading the
 * articles: who says each quote, what kind it is and where the speaker stands.
 */
@Tag("integration")
class SeedsPipelineTest {
  private static final String SEEDS = "seeds/*.txt";
  private static final Path CLAIM = Path.of("pipelines/turkey-daesh-oil.json");

  @Test
  void stagesFindNamedQuotesWithSpeakerKindAndStance() throws Throwable {
    Claim claim = Claim.parse(Files.readAllBytes(CLAIM));
    BeamTests.withPipeline(SeedsPipelineTest.class, p -> {
      QuoteStancePipeline.Analysis analysis = QuoteStancePipeline.analyze(p, List.of(SEEDS), claim, "all", 200_000);
      PAssert.that(analysis.failures()).empty();
      PAssert.that(analysis.results()).satisfies(results -> {
        List<QuoteRow> quotes = new ArrayList<>();
        results.forEach(r -> quotes.addAll(r.quotes()));
        int articles = 0;
        for (ArticleResult r : results) {
          articles++;
          assertEquals(ArticleResult.Status.OK, r.status());
        }
        assertEquals(5, articles);
        // The Turkish foreign minister challenges his counterpart to prove the claim: a denial.
        assertQuote(quotes, "I am ready to resign if you have any evidence", "direct", "Mevlut Cavusoglu", "deny");
        // Putin's partial quote inside "accused Turkey of being …": support.
        assertQuote(quotes, "accomplices of terrorists", "partial", "Vladimir Putin", "support");
        // Antonov's quote with the cue after it ("… Antonov said on Wednesday").
        assertQuote(quotes, "Turkey is the main consumer of the oil", "direct", "Anatoly Antonov", "support");
        // Inverted indirect report with the cue at the end of the sentence.
        assertQuote(quotes, "Moscow will not forget Turkey's role", "indirect", "Sergei Lavrov", "support");
        // Lavrov on which groups are terrorist: nothing about Turkey and DAESH oil.
        assertQuote(quotes, "For the most part we have no disagreements", "direct", "Sergei Lavrov", "unrelated");
        // The outlet's donation appeal quotes the authorities; that is boilerplate, not a quote.
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("discredits the decisions")));
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("foreign agent")));
        return null;
      });
      p.run().waitUntilFinish();
    });
  }

  private static void assertQuote(List<QuoteRow> quotes, String startsWith, String kind, String speaker, String stance) {
    QuoteRow q = quotes.stream().filter(r -> r.text().startsWith(startsWith)).findFirst().orElse(null);
    assertNotNull(q, "no quote starting with: " + startsWith);
    assertEquals(kind, q.kind(), startsWith);
    assertEquals(speaker, q.speaker(), startsWith);
    assertEquals(stance, q.stance(), startsWith);
  }

  @Test
  void runWritesEveryContractFileAndTwoRunsAreByteIdentical(@TempDir Path tmp) throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    assertEquals(0, run("--input=" + SEEDS, "--output=" + first));
    assertEquals(0, run("--input=" + SEEDS, "--output=" + second));
    for (String name : List.of("quotes.csv", "speakers.csv", "affiliations.csv", "outlets.csv", "timeline.csv",
        "articles.csv", "errors.csv", "quotes.jsonl", "report.html")) {
      assertTrue(Files.exists(first.resolve(name)), name);
      assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
    }
    String report = Files.readString(first.resolve("report.html"));
    long speakerRows = Files.readAllLines(first.resolve("speakers.csv")).size() - 1;
    long quoteRows = Files.readAllLines(first.resolve("quotes.jsonl")).size();
    assertEquals(speakerRows, report.split("class=\"speaker-bar\"", -1).length - 1);
    assertEquals(quoteRows, report.split("class=\"quote-row\"", -1).length - 1);
    List<String> articles = Files.readAllLines(first.resolve("articles.csv"));
    assertEquals("article_id,outlet,title,status,quotes,support,deny,discuss,unrelated,published,url",
        articles.get(0));
    // Seeds have negative stance indexes (Turkey denies): they must still load as numbers.
    CsvNumbers.assertCellsAreNumbers(first);
    String python = CsvNumbers.pythonWithPandas();
    if (python != null) {
      CsvNumbers.assertPandasReadsNumbers(python, first);
    }
    assertEquals(6, articles.size());
    assertTrue(articles.stream().skip(1).allMatch(line -> line.contains(",ok,")));
    JsonNode run = new ObjectMapper().readTree(first.resolve("run.json").toFile());
    int read = run.at("/articles/read").asInt();
    assertEquals(5, read);
    assertEquals(read, run.at("/articles/ok").asInt() + run.at("/articles/skipped").asInt()
        + run.at("/articles/failed").asInt());
    assertFalse(Files.list(first).anyMatch(f -> f.getFileName().toString().startsWith(".staging")),
        "staging directory left behind");
  }

  @Test
  void unusableInputsFailBeforeAnyWorkWithOneLine(@TempDir Path tmp) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RunCommand.run(new String[] {"--input=" + tmp + "/nothing-here/*.txt", "--output=" + tmp},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(2, status);
    assertTrue(err.toString().startsWith("quote-stance: no input matched"), err.toString());
    assertEquals(1, err.toString().strip().lines().count());

    Path badClaim = Files.writeString(tmp.resolve("bad.json"), "{ not json");
    err.reset();
    status = RunCommand.run(new String[] {"--input=" + SEEDS, "--output=" + tmp, "--claim=" + badClaim},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(2, status);
    assertTrue(err.toString().contains("cannot use claim file"), err.toString());
  }

  private static int run(String... args) {
    return RunCommand.run(args, new PrintStream(new ByteArrayOutputStream()), System.err);
  }
}
