package org.quotestance.eval;

import java.util.Map;

/**
 * Every number the eval command reports; serialised as-is (snake_case keys) for --json.
 *
 * @param predictions predictions scored for precision: in articles the gold covers, not ignored
 * @param predictionsOutsideGold predictions in articles the gold does not annotate: not scored
 * @param byKind recall by gold kind, precision by predicted kind
 * @param kindAccuracy predicted kind equals gold kind, on matched non-boilerplate quotes
 * @param boilerplateReported predictions matched to boilerplate gold (counted as wrong)
 * @param ignoredNonSpeech with --speech-only: predictions matched to non-speech gold, left out of precision
 * @param endToEnd required, non-ambiguous gold quotes with a stance that were found with the right
 *     speaker (where the gold names one) and the right stance (support, deny or other)
 * @param affiliationSigns each gold affiliation with enough claim quotes: gold and run stance index
 */
public record Scores(
        GoldCounts gold,
        int predictions,
        int predictionsOutsideGold,
        Prf quotes,
        Map<String, Prf> byKind,
        Accuracy kindAccuracy,
        Accuracy speakerAccuracy,
        Accuracy affiliationAccuracy,
        Accuracy affiliationCoverage,
        StanceScores stance,
        Calibration calibration,
        int boilerplateReported,
        int ignoredNonSpeech,
        boolean speechOnly,
        Accuracy endToEnd,
        java.util.List<AffiliationSign> affiliationSigns) {

    /**
     * @param total gold rows scored (after --speech-only)
     * @param required required, non-boilerplate rows: the recall denominator
     * @param excludedNonSpeech rows left out by --speech-only
     * @param duplicatesCollapsed gold rows with the same article and span as an earlier row
     */
    public record GoldCounts(int total, int boilerplate, int required, int excludedNonSpeech, int duplicatesCollapsed) {
    }
}
