package org.quotestance.table;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.beam.DeadLetter;
import org.quotestance.table.ArticleResult.Status;

@Tag("unit")
class TableWriterTest {
    private static final String TRICKY = "He said, \"yes, of course\"\nand then he left.";

    private static Tables tables() {
        List<QuoteRow> rows = List.of(
                new QuoteRow("a", "@harbour", "a-1", "direct", 3, 40, TRICKY, "Mira Holm", "=SUM(A1:A9)",
                        "+Council", "say", "deny", 0.9, "-negated relation", "", "marked-quote", "cue-subject"),
                new QuoteRow("a", "@harbour", "a-2", "partial", 50, 60, "plain words", "unknown", "she", "",
                        "tell", "unrelated", 0.8, "not about the claim"));
        return TableBuilder.build(List.of(new ArticleResult("a", "in/a.txt", "@harbour", "Title", Status.OK, rows)),
                List.of(new DeadLetter("in/z.txt", "z", "read", "binary file, not text")));
    }

    private static void write(Path dir) throws IOException {
        Tables t = tables();
        RunInfo info = new RunInfo(List.of("in/*.txt"), "claim.json", "abc123", "claim-id", "all", "");
        TableWriter.write(FileSystems.matchNewResource(dir.toString() + "/", true), t, RunSummary.of(info, t.counts()), (tables, summary) -> "<!doctype html>\n");
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = new StringReader(Files.readString(file, UTF_8))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void quotesCsvHasTheContractHeaderAndRoundTripsTrickyText(@TempDir Path dir) throws IOException {
        write(dir);
        String csv = Files.readString(dir.resolve("quotes.csv"), UTF_8);
        assertTrue(csv.startsWith("article_id,outlet,quote_id,kind,start,end,text,speaker,speaker_mention,"
                + "affiliation,cue,stance,confidence,evidence,published\n"), csv);
        assertFalse(csv.contains("\r"), "line ends must be \\n");
        assertTrue(csv.endsWith("\n"));

        List<CSVRecord> records = read(dir.resolve("quotes.csv"));
        assertEquals(2, records.size());
        CSVRecord r = records.get(0);
        assertEquals("a-1", r.get("quote_id"));
        assertEquals(TRICKY, r.get("text"));
        assertEquals("3", r.get("start"));
        assertEquals("40", r.get("end"));
        assertEquals("0.9", r.get("confidence"));
        assertEquals("Mira Holm", r.get("speaker"));
    }

    @Test
    void cellsThatLookLikeFormulasGetALeadingQuote(@TempDir Path dir) throws IOException {
        write(dir);
        CSVRecord r = read(dir.resolve("quotes.csv")).get(0);
        assertEquals("'@harbour", r.get("outlet"));
        assertEquals("'=SUM(A1:A9)", r.get("speaker_mention"));
        assertEquals("'+Council", r.get("affiliation"));
        assertEquals("'-negated relation", r.get("evidence"));
        assertEquals("say", r.get("cue"));
    }

    @Test
    void numbersArePlainEvenWhenNegativeAndOnlyTextIsGuarded(@TempDir Path dir) throws IOException {
        write(dir);
        // Mira Holm: one deny quote, so stance_index -1.000 and stance_low -1.000, written as numbers
        String speakers = Files.readString(dir.resolve("speakers.csv"), UTF_8);
        assertEquals("speaker,affiliation,quotes,support,deny,discuss,unrelated,stance_index,claim_quotes,"
                + "stance_low,stance_high\n"
                + "Mira Holm,'+Council,1,0,1,0,0,-1.000,1,-1.000,0.587\n", speakers);
        String outlets = Files.readString(dir.resolve("outlets.csv"), UTF_8);
        assertTrue(outlets.contains("\n'@harbour,1,2,0,1,0,1,-1.000,1,-1.000,0.587\n"), outlets);
        // an outlet with no claim quotes: empty index and interval, not 0
        assertTrue(outlets.contains("\nunknown,1,0,0,0,0,0,,0,,\n"), outlets);
    }

    @Test
    void formulaGuardCoversLeadingWhitespaceTabAndCarriageReturn() {
        assertEquals("'  =1+1", CsvCells.safe("  =1+1"));
        assertEquals("'\tcmd", CsvCells.safe("\tcmd"));
        assertEquals("'\rcmd", CsvCells.safe("\rcmd"));
        assertEquals("' -3 percent", CsvCells.safe(" -3 percent"));
        assertEquals("a = b", CsvCells.safe("a = b"));
        assertEquals("   ", CsvCells.safe("   "));
        assertEquals("-1.000", CsvCells.safe(new java.math.BigDecimal("-1.000")));
        assertEquals("-3", CsvCells.safe(-3));
        assertEquals("", CsvCells.safe(null));
    }

    @Test
    void quotesJsonlHasOneRawObjectPerQuote(@TempDir Path dir) throws IOException {
        write(dir);
        String jsonl = Files.readString(dir.resolve("quotes.jsonl"), UTF_8);
        assertTrue(jsonl.endsWith("\n"));
        String[] lines = jsonl.split("\n");
        assertEquals(2, lines.length);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines[0]);
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        // quotes.csv's columns, then the rule names that only quotes.jsonl has
        List<String> expected = new ArrayList<>(Tables.QUOTE_HEADER);
        expected.addAll(List.of("quote_rule", "speaker_rule"));
        assertEquals(expected, keys);
        assertEquals("marked-quote", first.get("quote_rule").asText());
        assertEquals("cue-subject", first.get("speaker_rule").asText());
        assertEquals("", mapper.readTree(lines[1]).get("quote_rule").asText()); // a row no rule named
        assertEquals(String.join(",", Tables.QUOTE_HEADER), Files.readAllLines(dir.resolve("quotes.csv"), UTF_8).get(0));
        assertEquals(TRICKY, first.get("text").asText());
        assertEquals("=SUM(A1:A9)", first.get("speaker_mention").asText()); // JSON is not a spreadsheet
        assertTrue(first.get("start").isInt());
        assertEquals(3, first.get("start").asInt());
        assertEquals(0.9, first.get("confidence").asDouble());
        assertEquals("a-2", mapper.readTree(lines[1]).get("quote_id").asText());
    }

    @Test
    void errorsCsvAndRunJsonAreWritten(@TempDir Path dir) throws IOException {
        write(dir);
        List<CSVRecord> errors = read(dir.resolve("errors.csv"));
        assertEquals(1, errors.size());
        assertEquals("z", errors.get(0).get("article_id"));
        assertEquals("binary file, not text", errors.get(0).get("error"));
        JsonNode run = new ObjectMapper().readTree(dir.resolve("run.json").toFile());
        assertEquals(2, run.at("/articles/read").asInt()); // a ok, z failed
        assertEquals(1, run.at("/articles/failed").asInt());
        assertEquals(2, run.at("/quotes/total").asInt());
    }

    @Test
    void writingTwiceGivesIdenticalBytes(@TempDir Path dir) throws IOException {
        Path one = Files.createDirectory(dir.resolve("one"));
        Path two = Files.createDirectory(dir.resolve("two"));
        write(one);
        write(two);
        List<Path> files;
        try (Stream<Path> s = Files.list(one)) {
            files = s.map(Path::getFileName).sorted().toList();
        }
        assertEquals(List.of("affiliations.csv", "articles.csv", "errors.csv", "outlets.csv", "quotes.csv",
                "quotes.jsonl", "report.html", "run.json", "speakers.csv", "timeline.csv"), files.stream().map(Path::toString).toList());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f.toString());
        }
    }
}
