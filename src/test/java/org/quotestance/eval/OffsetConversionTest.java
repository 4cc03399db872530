package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold offsets are code points (Python); predictions are UTF-16 (Java). Emoji take two UTF-16 units. */
@Tag("unit")
class OffsetConversionTest {

    // 5 emoji = 5 code points = 10 UTF-16 units; then ` Lavrov said: "` is 15 more.
    private static final String TEXT = "😀😀😀😀😀 Lavrov said: \"hello\" today.";
    private static final int HELLO_CODE_POINT = 20;
    private static final int HELLO_UTF16 = 25;

    @Test
    void codePointOffsetsShiftByOneForEachEmojiBefore() {
        assertEquals(HELLO_UTF16, TEXT.indexOf("hello")); // the fixture is what the comment says
        assertEquals(HELLO_UTF16, ArticleTexts.codePointToUtf16(TEXT, HELLO_CODE_POINT));
        assertEquals(0, ArticleTexts.codePointToUtf16(TEXT, 0));
        assertEquals(6, ArticleTexts.codePointToUtf16(TEXT, 3));
        assertEquals(TEXT.length(), ArticleTexts.codePointToUtf16(TEXT, TEXT.codePointCount(0, TEXT.length())));
    }

    @Test
    void bmpTextKeepsItsOffsets() {
        assertEquals(7, ArticleTexts.codePointToUtf16("Çavuşoğlu said", 7));
    }

    @Test
    void goldIsConvertedWhenTheArticleTextIsGiven(@TempDir Path dir) throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("emoji.txt"), TEXT, StandardCharsets.UTF_8);
        Path gold = Fixtures.writeGold(dir, List.of(
                Fixtures.goldRow("emoji", "partial", HELLO_CODE_POINT, HELLO_CODE_POINT + 5)));
        Path output = Fixtures.writeQuotes(dir.resolve("out"), List.of(
                Fixtures.quoteRow("emoji", "partial", HELLO_UTF16, HELLO_UTF16 + 5, "hello")));

        JsonNode converted = EvalCommandTest.runJson("--gold=" + gold, "--predicted=" + output, "--texts=" + texts);
        assertEquals(1.0, converted.at("/quotes/recall").asDouble());

        // Without the text the offsets are taken as they are: [20,25) and [25,30) do not overlap.
        JsonNode unconverted = EvalCommandTest.runJson("--gold=" + gold, "--predicted=" + output);
        assertEquals(0.0, unconverted.at("/quotes/recall").asDouble());
    }
}
