package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --affiliations}: affiliations for a quote gold that has none, per article and named speaker. */
@Tag("unit")
class AffiliationGoldTest {

    private static Map<String, Object> goldRow(int start, String speaker) {
        Map<String, Object> row = Fixtures.goldRow("a", "direct", start, start + 10);
        row.put("speaker", speaker);
        row.remove("affiliation"); // like PolNeAR's gold
        return row;
    }

    private static List<Object> quoteRow(int start, String speaker, String affiliation) {
        List<Object> row = new ArrayList<>(Fixtures.quoteRow("a", "direct", start, start + 10, "t"));
        row.set(7, speaker);
        row.set(8, speaker);
        row.set(9, affiliation);
        return row;
    }

    /** Three matched quotes: Ann Lee (the article states Norway), Bo Ek (it states none), officials (unnamed). */
    private static Path[] fixture(Path dir) throws Exception {
        Path gold = Fixtures.writeGold(dir, List.of(goldRow(0, "Ann Lee"), goldRow(20, "Bo Ek"), goldRow(40, "officials")));
        Path output = Fixtures.writeQuotes(dir.resolve("out"), List.of(
                quoteRow(0, "Ann Lee", "Norway"), quoteRow(20, "Bo Ek", ""), quoteRow(40, "Cy Dow", "")));
        Path affiliations = Files.writeString(dir.resolve("affiliations.jsonl"), """
                {"article": "a", "speaker": "Ann Lee", "stated": true, "affiliation": "Norway", "evidence": "Norway's Ann Lee"}
                {"article": "a", "speaker": "Bo Ek", "stated": false, "affiliation": "", "evidence": ""}
                """, StandardCharsets.UTF_8);
        return new Path[] {gold, output, affiliations};
    }

    @Test
    void coverageCountsOnlySpeakersWhoseArticleStatesAnAffiliation(@TempDir Path dir) throws Exception {
        Path[] f = fixture(dir);
        JsonNode without = EvalCommandTest.runJson("--gold=" + f[0], "--predicted=" + f[1]);
        // without the file every named predicted speaker counts: Bo Ek and Cy Dow have none
        assertEquals(3, without.at("/affiliation_coverage/total").asInt(), without.toString());
        assertEquals(1, without.at("/affiliation_coverage/correct").asInt());

        JsonNode with = EvalCommandTest.runJson("--gold=" + f[0], "--predicted=" + f[1], "--affiliations=" + f[2]);
        assertEquals(1, with.at("/affiliation_coverage/total").asInt(), with.toString());
        assertEquals(1, with.at("/affiliation_coverage/correct").asInt());
        assertEquals(1, with.at("/affiliation_accuracy/total").asInt());
        assertEquals(1, with.at("/affiliation_accuracy/correct").asInt());
    }

    @Test
    void aRowThatContradictsItselfIsAClearError(@TempDir Path dir) throws Exception {
        Path[] f = fixture(dir);
        Files.writeString(f[2], "{\"article\": \"a\", \"speaker\": \"Ann Lee\", \"stated\": true, \"affiliation\": \"\"}\n");
        EvalCommandTest.Result result = EvalCommandTest.run("--gold=" + f[0], "--predicted=" + f[1], "--affiliations=" + f[2]);
        assertEquals(EvalCommand.BAD_USAGE, result.code());
        assertTrue(result.err().contains("affiliations.jsonl:1: stated but no affiliation"), result.err());
    }
}
