package org.quotestance.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.quotestance.beam.DeadLetter;

/**
 * Writes the tables into a directory through Beam's FileSystems (local, gs://, s3://, …): CSV
 * with Commons CSV (RFC 4180, \n line ends), quotes.jsonl with Jackson.
 */
public final class TableWriter {
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper JSON_LINE = new ObjectMapper();

  private TableWriter() {}

  /** Renders report.html from the tables; the report stage's, passed in by the job. */
  public interface Report extends Serializable {
    String render(Tables tables, ObjectNode runSummary);
  }

  public static void write(ResourceId dir, Tables t, ObjectNode runSummary, Report report) throws IOException {
    writeCsv(dir, "quotes.csv", Tables.QUOTE_HEADER, t.quotes().stream().map(TableWriter::quoteCells).toList());
    writeCsv(dir, "speakers.csv", t.speakers().header(), t.speakers().rows());
    writeCsv(dir, "affiliations.csv", t.affiliations().header(), t.affiliations().rows());
    writeCsv(dir, "outlets.csv", t.outlets().header(), t.outlets().rows());
    writeCsv(dir, "timeline.csv", t.timeline().header(), t.timeline().rows());
    writeCsv(dir, "articles.csv", t.articles().header(), t.articles().rows());
    writeCsv(dir, "errors.csv", Tables.ERROR_HEADER, t.errors().stream().map(TableWriter::errorCells).toList());
    try (Writer w = open(dir, "quotes.jsonl")) {
      for (QuoteRow q : t.quotes()) {
        w.write(JSON_LINE.writeValueAsString(quoteJson(q)));
        w.write('\n');
      }
    }
    try (Writer w = open(dir, "run.json")) {
      w.write(JSON.writeValueAsString(runSummary));
      w.write('\n');
    }
    try (Writer w = open(dir, "report.html")) {
      w.write(report.render(t, runSummary));
    }
  }

  private static void writeCsv(ResourceId dir, String name, List<String> header, List<List<Object>> rows)
      throws IOException {
    try (Writer w = open(dir, name); CSVPrinter printer = new CSVPrinter(w, CSV)) {
      printer.printRecord(header);
      for (List<Object> row : rows) {
        List<String> cells = new ArrayList<>(row.size());
        row.forEach(cell -> cells.add(CsvCells.safe(cell)));
        printer.printRecord(cells);
      }
    }
  }

  /** One CSV record as written into a table, with its line end. */
  static String csvRecord(List<Object> row) {
    StringBuilder b = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(b, CSV)) {
      List<String> cells = new ArrayList<>(row.size());
      row.forEach(cell -> cells.add(CsvCells.safe(cell)));
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return b.toString();
  }

  /** A table's header record. */
  static String csvHeader(List<String> header) {
    return csvRecord(new ArrayList<>(header));
  }

  static String quoteCsv(QuoteRow q) {
    return csvRecord(quoteCells(q));
  }

  static String errorCsv(DeadLetter e) {
    return csvRecord(errorCells(e));
  }

  /** One line of quotes.jsonl, with its line end. */
  static String quoteJsonLine(QuoteRow q) {
    try {
      return JSON_LINE.writeValueAsString(quoteJson(q)) + "\n";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** run.json and report.html, the two files made from the whole run's (bounded) summary. */
  static void writeSummary(ResourceId dir, Tables t, ObjectNode runSummary, Report report) throws IOException {
    try (Writer w = open(dir, "run.json")) {
      w.write(JSON.writeValueAsString(runSummary));
      w.write('\n');
    }
    try (Writer w = open(dir, "report.html")) {
      w.write(report.render(t, runSummary));
    }
  }

  /** One row of quotes.csv as written, formula-safe: for tools that write the same table. */
  public static List<String> quoteCsvRow(QuoteRow q) {
    return quoteCells(q).stream().map(CsvCells::safe).toList();
  }

  private static List<Object> quoteCells(QuoteRow q) {
    return List.of(q.articleId(), q.outlet(), q.quoteId(), q.kind(), q.start(), q.end(), q.text(), q.speaker(),
        q.speakerMention(), q.affiliation(), q.cue(), q.stance(), q.confidence(), q.evidence(), q.published());
  }

  private static List<Object> errorCells(DeadLetter e) {
    return List.of(e.input(), e.articleId(), e.stage(), e.error());
  }

  private static ObjectNode quoteJson(QuoteRow q) {
    ObjectNode o = JSON_LINE.createObjectNode();
    List<Object> cells = quoteCells(q);
    for (int i = 0; i < Tables.QUOTE_HEADER.size(); i++) {
      Object v = cells.get(i);
      String key = Tables.QUOTE_HEADER.get(i);
      if (v instanceof Integer n) {
        o.put(key, n);
      } else if (v instanceof Double d) {
        o.put(key, d);
      } else {
        o.put(key, String.valueOf(v));
      }
    }
    // after the columns of quotes.csv, which does not have them (its columns are fixed)
    o.put("quote_rule", q.quoteRule());
    o.put("speaker_rule", q.speakerRule());
    return o;
  }

  static Writer open(ResourceId dir, String name) throws IOException {
    ResourceId file = dir.resolve(name, StandardResolveOptions.RESOLVE_FILE);
    return new OutputStreamWriter(Channels.newOutputStream(FileSystems.create(file, MimeTypes.TEXT)), StandardCharsets.UTF_8);
  }
}
