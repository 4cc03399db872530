package org.quotestance.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.beam.DeadLetter;

@Tag("unit")
class ArticleParserTest {

    private static final String JSONL = String.join("\n",
            "{\"id\":\"h1\",\"text\":\"The ferry left at dawn.\",\"title\":\"Ferry news\","
                    + "\"outlet\":\"The Daily Harbinger\",\"url\":\"https://example.org/h1\",\"published\":\"2024-03-05\"}",
            "{\"id\":\"h2\",\"text\":\"The ferry came back at dusk.\"}",
            "{\"id\":\"h3\", \"text\": ",          // line 3: malformed
            "",                                     // line 4: blank, ignored
            "{\"text\":\"A body without an id.\"}",  // line 5: no id
            "{\"id\":\"h6\",\"title\":\"No body\"}",  // line 6: no text
            "{\"id\":\"h7\",\"text\":\"Last one.\"}\r");

    @Test
    void textFileIsOneArticleNamedAfterTheFile() {
        ArticleParser.Parsed p = ArticleParser.parse("in/2024/harbour-bridge.txt", "The bridge opened.".getBytes(UTF_8));
        assertTrue(p.errors().isEmpty());
        assertEquals(List.of(Article.ofText("harbour-bridge", "in/2024/harbour-bridge.txt", "The bridge opened.")),
                p.articles());
    }

    @Test
    void invalidUtf8BytesAreReplacedNotFatal() {
        byte[] bytes = {'c', 'a', 'f', (byte) 0xFF, ' ', 'o', 'k'};
        ArticleParser.Parsed p = ArticleParser.parse("bad.txt", bytes);
        assertTrue(p.errors().isEmpty());
        assertEquals("caf\uFFFD ok", p.articles().get(0).text());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] text = "Hello harbour".getBytes(UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertEquals("Hello harbour", ArticleParser.parse("bom.txt", bytes).articles().get(0).text());
    }

    @Test
    void binaryFileIsOneDeadLetter() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x', 'y'};
        ArticleParser.Parsed p = ArticleParser.parse("in/photo.txt", bytes);
        assertTrue(p.articles().isEmpty());
        assertEquals(1, p.errors().size());
        DeadLetter e = p.errors().get(0);
        assertEquals("in/photo.txt", e.input());
        assertEquals("photo", e.articleId());
        assertEquals(ArticleParser.STAGE, e.stage());
        assertTrue(e.error().contains("binary"), e.error());
    }

    @Test
    void jsonLinesKeepGoodRecordsAndDeadLetterEachBadOneWithItsLineNumber() {
        checkJsonLines("feeds/batch.jsonl", ArticleParser.parse("feeds/batch.jsonl", JSONL.getBytes(UTF_8)));
    }

    @Test
    void ndjsonIsReadLikeJsonl() {
        checkJsonLines("feeds/batch.ndjson", ArticleParser.parse("feeds/batch.ndjson", JSONL.getBytes(UTF_8)));
    }

    @Test
    void gzippedJsonLinesAreUnpacked() throws IOException {
        checkJsonLines("feeds/batch.jsonl.gz", ArticleParser.parse("feeds/batch.jsonl.gz", gzip(JSONL.getBytes(UTF_8))));
    }

    @Test
    void gzippedTextIsUnpackedAndNamedWithoutBothExtensions() throws IOException {
        ArticleParser.Parsed p = ArticleParser.parse("in/storm.txt.gz", gzip("Wind reached 120 km/h.".getBytes(UTF_8)));
        assertTrue(p.errors().isEmpty());
        assertEquals(1, p.articles().size());
        assertEquals("storm", p.articles().get(0).id());
        assertEquals("Wind reached 120 km/h.", p.articles().get(0).text());
    }

    @Test
    void corruptGzipIsADeadLetter() throws IOException {
        ArticleParser.Parsed notGzip = ArticleParser.parse("in/storm.txt.gz", "plain text".getBytes(UTF_8));
        assertTrue(notGzip.articles().isEmpty());
        assertEquals(1, notGzip.errors().size());
        assertEquals("storm", notGzip.errors().get(0).articleId());
        assertTrue(notGzip.errors().get(0).error().startsWith("corrupt gzip"), notGzip.errors().get(0).error());

        byte[] whole = gzip("A long enough text to be cut in half. ".repeat(20).getBytes(UTF_8));
        ArticleParser.Parsed truncated = ArticleParser.parse("in/cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
        assertTrue(truncated.articles().isEmpty());
        assertEquals(1, truncated.errors().size());
        assertTrue(truncated.errors().get(0).error().startsWith("corrupt gzip"), truncated.errors().get(0).error());
    }

    private static void checkJsonLines(String path, ArticleParser.Parsed p) {
        assertEquals(List.of("h1", "h2", "h7"), p.articles().stream().map(Article::id).toList());
        assertEquals(new Article("h1", path, "Ferry news", "The Daily Harbinger", "https://example.org/h1", "2024-03-05",
                "The ferry left at dawn."), p.articles().get(0));
        // optional fields absent -> empty strings
        assertEquals(new Article("h2", path, "", "", "", "", "The ferry came back at dusk."), p.articles().get(1));
        assertEquals("Last one.", p.articles().get(2).text());

        assertEquals(3, p.errors().size());
        DeadLetter malformed = p.errors().get(0);
        assertEquals("batch:3", malformed.articleId());
        assertTrue(malformed.error().startsWith("line 3:"), malformed.error());
        assertTrue(malformed.error().contains("malformed JSON"), malformed.error());
        DeadLetter noId = p.errors().get(1);
        assertEquals("batch:5", noId.articleId());
        assertTrue(noId.error().startsWith("line 5:") && noId.error().contains("\"id\""), noId.error());
        DeadLetter noText = p.errors().get(2);
        assertEquals("h6", noText.articleId());
        assertTrue(noText.error().startsWith("line 6:") && noText.error().contains("\"text\""), noText.error());
        p.errors().forEach(e -> {
            assertEquals(path, e.input());
            assertEquals(ArticleParser.STAGE, e.stage());
        });
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
