package org.quotestance.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Small builders for hand-made gold rows, quotes.csv files and in-memory quotes. */
final class Fixtures {

    static final String[] CSV_HEADER = {"article_id", "outlet", "quote_id", "kind", "start", "end", "text",
        "speaker", "speaker_mention", "affiliation", "cue", "stance", "confidence", "evidence"};

    private Fixtures() {
    }

    static GoldQuote gold(String article, String kind, int start, int end) {
        return new GoldQuote(article, kind, "", start, end, "unknown", "", "", true, false, false, "");
    }

    static GoldQuote gold(String kind, int start, int end, String speaker, String affiliation, String stance,
                          boolean required, boolean boilerplate) {
        return new GoldQuote("a", kind, "", start, end, speaker, affiliation, stance, required, false, boilerplate, "");
    }

    static PredictedQuote predicted(String article, String kind, int start, int end) {
        return predicted(article, kind, start, end, "unknown", "", "", "discuss");
    }

    static PredictedQuote predicted(String article, String kind, int start, int end, String speaker,
                                    String mention, String affiliation, String stance) {
        return new PredictedQuote(article, article + "#" + start, kind, start, end, "", speaker, mention,
                affiliation, "", stance);
    }

    /** One gold JSONL row; optional fields are added by the caller when a test needs them. */
    static Map<String, Object> goldRow(String article, String type, int start, int end) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("article", article);
        row.put("type", type);
        row.put("text", "");
        row.put("start", start);
        row.put("end", end);
        row.put("speaker", "unknown");
        row.put("affiliation", "");
        row.put("stance", "");
        row.put("required", true);
        row.put("ambiguous", false);
        row.put("boilerplate", false);
        return row;
    }

    static Path writeGold(Path dir, List<Map<String, Object>> rows) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            lines.add(json.writeValueAsString(row));
        }
        return Files.write(dir.resolve("gold.jsonl"), lines, StandardCharsets.UTF_8);
    }

    /** Writes OUTPUT_DIR/quotes.csv the way the pipeline does (Commons CSV, RFC 4180). */
    static Path writeQuotes(Path outputDir, List<List<Object>> rows) throws IOException {
        Files.createDirectories(outputDir);
        try (Writer writer = Files.newBufferedWriter(outputDir.resolve("quotes.csv"), StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).build())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        }
        return outputDir;
    }

    /** A quotes.csv row with the columns tests care about; the rest get plausible fillers. */
    static List<Object> quoteRow(String article, String kind, int start, int end, String text) {
        return List.of(article, "outlet", article + "#" + start, kind, start, end, text,
                "unknown", "", "", "said", "discuss", "0.5", "test");
    }
}
