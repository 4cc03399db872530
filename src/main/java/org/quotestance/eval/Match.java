package org.quotestance.eval;

/**
 * A gold/predicted pair chosen by {@link SpanMatcher}. Indices (not the records) identify the
 * quotes, because two identical gold rows are still two quotes.
 */
public record Match(int goldIndex, int predictedIndex, int overlap) {
}
