package org.quotestance.eval;

/**
 * One gold quote. {@code start}/{@code end} are UTF-16 offsets (already converted from the
 * gold file's code-point offsets) so they compare directly with predicted offsets.
 */
public record GoldQuote(
        String article,
        String kind,
        String text,
        int start,
        int end,
        String speaker,
        String affiliation,
        String stance,
        boolean required,
        boolean ambiguous,
        boolean boilerplate,
        String cue) {

    /** The affiliation of a gold file that does not annotate affiliations (PolNeAR). */
    public static final String NOT_ANNOTATED = "-";

    public int length() {
        return end - start;
    }

    /** The quotes a system must find: required and not outlet boilerplate. */
    public boolean countsForRecall() {
        return required && !boilerplate;
    }
}
