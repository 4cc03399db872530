package org.quotestance.eval;

import java.util.List;

/** The scores plus the individual errors behind them, for error analysis (--errors). */
public record Evaluation(
        Scores scores,
        List<GoldQuote> missedRequired,
        List<PredictedQuote> unmatched,
        List<PredictedQuote> boilerplateReported,
        List<SpeakerMismatch> speakerMismatches,
        List<StanceMismatch> stanceMismatches) {

    /** A matched quote whose predicted speaker is not the gold one. */
    public record SpeakerMismatch(GoldQuote gold, PredictedQuote predicted) {
    }

    /** A matched, non-ambiguous quote whose stance (support, deny or other) is not the gold one. */
    public record StanceMismatch(GoldQuote gold, PredictedQuote predicted) {
    }
}
