package org.quotestance.eval;

/** One row of the pipeline's quotes.csv; offsets are UTF-16 (Java String) indices. */
public record PredictedQuote(
        String article,
        String quoteId,
        String kind,
        int start,
        int end,
        String text,
        String speaker,
        String speakerMention,
        String affiliation,
        String cue,
        String stance,
        double confidence) {

    /** A prediction without a confidence (NaN), e.g. from another tool's output. */
    public PredictedQuote(String article, String quoteId, String kind, int start, int end, String text, String speaker,
            String speakerMention, String affiliation, String cue, String stance) {
        this(article, quoteId, kind, start, end, text, speaker, speakerMention, affiliation, cue, stance, Double.NaN);
    }

    public int length() {
        return end - start;
    }
}
