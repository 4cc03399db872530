package org.quotestance.table;

/**
 * One row of an output file on its way to the shard writer: the file ({@code quotes.csv}), its
 * {@link SortKey}, the row as written (a CSV record with its line end) and, for quotes.csv, the
 * quotes.jsonl line ({@code ""} otherwise).
 */
public record ShardRow(String file, String key, String csv, String json) {}
