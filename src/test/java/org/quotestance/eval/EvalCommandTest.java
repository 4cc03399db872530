package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class EvalCommandTest {

    /** Runs the command with --json, asserts success and returns the parsed report. */
    static JsonNode runJson(String... args) throws Exception {
        String[] withJson = Stream.concat(Arrays.stream(args), Stream.of("--json")).toArray(String[]::new);
        Result result = run(withJson);
        assertEquals(0, result.code, result.err);
        return new ObjectMapper().readTree(result.out);
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EvalCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonReportHasSnakeCaseKeysAndTheNumbers(@TempDir Path dir) throws Exception {
        Map<String, Object> boilerplate = Fixtures.goldRow("a", "partial", 30, 40);
        boilerplate.put("boilerplate", true);
        boilerplate.put("required", false);
        Path gold = Fixtures.writeGold(dir, List.of(Fixtures.goldRow("a", "direct", 0, 10), boilerplate));
        Path output = Fixtures.writeQuotes(dir.resolve("out"), List.of(
                Fixtures.quoteRow("a", "direct", 0, 10, "'-5 percent"),
                Fixtures.quoteRow("a", "partial", 30, 40, "Follow us")));

        JsonNode report = runJson("--gold=" + gold, "--predicted=" + output);
        assertEquals(0.5, report.at("/quotes/precision").asDouble());
        assertEquals(1.0, report.at("/quotes/recall").asDouble());
        assertEquals(1, report.at("/boilerplate_reported").asInt());
        assertEquals(1, report.at("/gold/boilerplate").asInt());
        assertTrue(report.at("/stance/macro_f1").isNumber());
        assertTrue(report.at("/by_kind/direct/precision").isNumber());
    }

    @Test
    void textReportWithErrorsListsMissesAndFalsePositives(@TempDir Path dir) throws Exception {
        Path gold = Fixtures.writeGold(dir, List.of(Fixtures.goldRow("a", "direct", 0, 10)));
        Path output = Fixtures.writeQuotes(dir.resolve("out"), List.of(
                Fixtures.quoteRow("a", "indirect", 50, 60, "=not a formula")));
        Result result = run("eval", "--gold=" + gold, "--predicted=" + output, "--errors");
        assertEquals(0, result.code);
        assertTrue(result.out.contains("Missed required gold quotes: 1"), result.out);
        assertTrue(result.out.contains("Unmatched predictions: 1"), result.out);
        assertTrue(result.out.contains("a [50,60) indirect =not a formula"), result.out);
    }

    @Test
    void formulaEscapeIsUndoneOnlyBeforeFormulaCharacters() {
        assertEquals("-5 percent", PredictionReader.unescapeFormula("'-5 percent"));
        assertEquals("=SUM", PredictionReader.unescapeFormula("'=SUM"));
        assertEquals("'tis", PredictionReader.unescapeFormula("'tis"));
    }

    @Test
    void badArgumentsAndUnreadableFilesExitWithTwoAndOneLine(@TempDir Path dir) throws Exception {
        Result missing = run("--gold=" + dir.resolve("nope.jsonl"), "--predicted=" + dir);
        assertEquals(2, missing.code);
        assertEquals(1, missing.err.strip().lines().count(), missing.err);

        assertEquals(2, run("--predicted=" + dir).code);
        assertEquals(2, run("--gold=x", "--predicted=y", "--bogus").code);

        Path badGold = Files.writeString(dir.resolve("bad.jsonl"), "{\"article\": \"a\", \"start\": 1}\n");
        Fixtures.writeQuotes(dir.resolve("out"), List.of());
        Result bad = run("--gold=" + badGold, "--predicted=" + dir.resolve("out"));
        assertEquals(2, bad.code);
        assertTrue(bad.err.contains("missing field 'end'"), bad.err);
    }
}
