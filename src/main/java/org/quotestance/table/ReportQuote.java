package org.quotestance.table;

/** A quote with its article's title and its place in quotes.csv: what the report's quote table needs. */
public record ReportQuote(String key, QuoteRow row, String title) {}
