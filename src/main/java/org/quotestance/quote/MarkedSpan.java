package org.quotestance.quote;

/**
 * Text between quote marks: {@code open}/{@code close} are the mark positions (close = -1 when a
 * runaway quote was cut at its paragraph end), {@code start}/{@code end} the trimmed content.
 */
public record MarkedSpan(int open, int close, int start, int end) {}
