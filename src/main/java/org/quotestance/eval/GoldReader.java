package org.quotestance.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the gold JSONL file (format: shared/data/README.md), one quote per non-blank line. */
public final class GoldReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    /**
     * @param texts converts the file's code-point offsets to UTF-16 offsets
     * @throws IOException when the file cannot be read or a line is not a valid gold row
     */
    public static List<GoldQuote> read(Path gold, ArticleTexts texts) throws IOException {
        List<GoldQuote> quotes = new ArrayList<>();
        forEachRow(gold, List.of("article", "start", "end"), (row, where) -> quotes.add(parse(row, texts, where)));
        return quotes;
    }

    /** What to do with one row of a JSONL file; {@code where} is "file:line" for its errors. */
    interface RowReader {
        void read(JsonNode row, String where) throws IOException;
    }

    /**
     * Reads a JSON Lines file, one row per non-blank line: a line that is not JSON, or lacks one of
     * {@code required}, stops it with an IOException naming the file and the line.
     */
    static void forEachRow(Path file, List<String> required, RowReader reader) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + lineNumber;
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(where + ": not valid JSON: " + e.getOriginalMessage());
                }
                for (String field : required) {
                    if (!row.hasNonNull(field)) {
                        throw new IOException(where + ": missing field '" + field + "'");
                    }
                }
                reader.read(row, where);
            }
        }
    }

    private static GoldQuote parse(JsonNode row, ArticleTexts texts, String where) throws IOException {
        if (!row.get("start").canConvertToInt() || !row.get("end").canConvertToInt()) {
            throw new IOException(where + ": 'start' and 'end' must be integers");
        }
        String article = row.get("article").asText();
        return new GoldQuote(
                article,
                text(row, "type").toLowerCase(Locale.ROOT),
                text(row, "text"),
                texts.toUtf16(article, row.get("start").asInt()),
                texts.toUtf16(article, row.get("end").asInt()),
                text(row, "speaker"),
                row.has("affiliation") ? affiliation(text(row, "affiliation")) : GoldQuote.NOT_ANNOTATED,
                text(row, "stance").toLowerCase(Locale.ROOT),
                row.path("required").asBoolean(true), // a row is something to find unless it says otherwise
                row.path("ambiguous").asBoolean(false),
                row.path("boilerplate").asBoolean(false),
                text(row, "cue"));
    }

    /**
     * "unknown" is how some gold files write that the text states no affiliation; others leave it
     * empty. Both mean none, which an empty predicted affiliation matches.
     */
    private static String affiliation(String gold) {
        return gold.equalsIgnoreCase("unknown") ? "" : gold;
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? "" : value.asText().trim();
    }
}
