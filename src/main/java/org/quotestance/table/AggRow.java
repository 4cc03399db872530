package org.quotestance.table;

import java.util.List;

/**
 * One row of an aggregate table (speakers, affiliations, outlets, timeline) as a combiner made it:
 * the file it belongs to, its {@link SortKey} and its cells (String, Integer or BigDecimal, as
 * {@link TableBuilder} makes them).
 */
public record AggRow(String file, String key, List<Object> cells) {}
