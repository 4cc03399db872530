package org.quotestance.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the pipeline's quotes.csv (columns named in the output contract). */
public final class PredictionReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .build();

    private PredictionReader() {
    }

    /** @throws IOException when the file cannot be read, lacks a column or has a bad offset */
    public static List<PredictedQuote> read(Path quotesCsv) throws IOException {
        List<PredictedQuote> quotes = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(quotesCsv, StandardCharsets.UTF_8)) {
            var parser = FORMAT.parse(reader);
            for (String column : List.of("article_id", "kind", "start", "end")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IOException(quotesCsv + ": no '" + column + "' column");
                }
            }
            for (CSVRecord row : parser) {
                quotes.add(parse(row, quotesCsv));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(quotesCsv + ": " + e.getMessage()); // Commons CSV's parse errors
        }
        return quotes;
    }

    private static PredictedQuote parse(CSVRecord row, Path file) throws IOException {
        return new PredictedQuote(
                cell(row, "article_id"),
                cell(row, "quote_id"),
                cell(row, "kind").toLowerCase(Locale.ROOT),
                offset(row, "start", file),
                offset(row, "end", file),
                cell(row, "text"),
                cell(row, "speaker"),
                cell(row, "speaker_mention"),
                cell(row, "affiliation"),
                cell(row, "cue"),
                cell(row, "stance").toLowerCase(Locale.ROOT),
                confidence(row));
    }

    private static double confidence(CSVRecord row) {
        try {
            return Double.parseDouble(cell(row, "confidence"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int offset(CSVRecord row, String column, Path file) throws IOException {
        try {
            return Integer.parseInt(cell(row, column));
        } catch (NumberFormatException e) {
            throw new IOException(file + " record " + row.getRecordNumber() + ": '" + column + "' is not an integer");
        }
    }

    /** A missing optional column reads as empty; the writer's formula-injection quote is undone. */
    private static String cell(CSVRecord row, String column) {
        String value = row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
        return unescapeFormula(value).trim();
    }

    static String unescapeFormula(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
