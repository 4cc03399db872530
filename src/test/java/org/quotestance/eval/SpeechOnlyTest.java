package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class SpeechOnlyTest {

    private final SpeechCues cues = SpeechCues.load();

    @Test
    void speechCuesIncludingInflectionsAndPhrases() {
        for (String cue : List.of("said", "says", "told reporters", "according to", "has argued", "replied",
                "denies", "accusing", "admitted", "wrote", "said:", ":", "--", "called for", "tweeted")) {
            assertTrue(cues.isSpeechCue(cue), cue);
        }
    }

    @Test
    void beliefAndIntentionCuesAreNotSpeech() {
        for (String cue : List.of("believes", "thinks", "wants", "plans", "expects", "hopes", "knows",
                "found", "have shown", "is expected", "worries")) {
            assertFalse(cues.isSpeechCue(cue), cue);
        }
    }

    @Test
    void quotedMaterialAndCuelessRowsAreAlwaysKept() {
        assertTrue(cues.keeps(new GoldQuote("a", "direct", "", 0, 5, "", "", "", true, false, false, "thinks")));
        assertTrue(cues.keeps(new GoldQuote("a", "indirect", "", 0, 5, "", "", "", true, false, false, "")));
        assertFalse(cues.keeps(new GoldQuote("a", "indirect", "", 0, 5, "", "", "", true, false, false, "believes")));
    }

    @Test
    void speechOnlyDropsNonSpeechGoldAndIgnoresPredictionsOfIt(@TempDir Path dir) throws Exception {
        Path gold = Fixtures.writeGold(dir, List.of(
                withCue(Fixtures.goldRow("a", "indirect", 0, 10), "said"),       // speech, found
                withCue(Fixtures.goldRow("a", "indirect", 20, 30), "believes"),  // belief, found
                withCue(Fixtures.goldRow("a", "direct", 40, 50), "thinks"),      // quoted: kept, missed
                Fixtures.goldRow("a", "indirect", 60, 70)));                      // no cue: kept, missed
        Path output = Fixtures.writeQuotes(dir.resolve("out"), List.of(
                Fixtures.quoteRow("a", "indirect", 0, 10, "x"),
                Fixtures.quoteRow("a", "indirect", 20, 30, "y"),
                Fixtures.quoteRow("a", "indirect", 100, 110, "z")));             // matches nothing

        JsonNode all = EvalCommandTest.runJson("--gold=" + gold, "--predicted=" + output);
        assertEquals(2.0 / 3, all.at("/quotes/precision").asDouble(), 1e-4);
        assertEquals(0.5, all.at("/quotes/recall").asDouble());

        JsonNode speech = EvalCommandTest.runJson("--gold=" + gold, "--predicted=" + output, "--speech-only");
        assertEquals(3, speech.at("/gold/total").asInt());
        assertEquals(1, speech.at("/gold/excluded_non_speech").asInt());
        assertEquals(1, speech.at("/ignored_non_speech").asInt());
        assertEquals(0.5, speech.at("/quotes/precision").asDouble());       // 1 of the 2 not ignored
        assertEquals(1.0 / 3, speech.at("/quotes/recall").asDouble(), 1e-4); // 1 of 3 kept rows
        assertTrue(speech.at("/speech_only").asBoolean());
    }

    private static Map<String, Object> withCue(Map<String, Object> row, String cue) {
        row.put("cue", cue);
        return row;
    }
}
