package org.quotestance.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates what is scored on a matched pair beyond the span: kind, speaker, affiliation
 * and stance. Each accuracy only counts pairs where the gold actually states the attribute.
 */
final class AttributeTally {

    private final int[] kind = new int[2]; // {correct, total}
    private final int[] speaker = new int[2];
    private final int[] affiliation = new int[2];
    private final int[] affiliationCoverage = new int[2];
    private final List<String[]> stancePairs = new ArrayList<>();
    private final List<Double> stanceConfidences = new ArrayList<>();

    /** @param gold a matched, non-boilerplate gold quote; @return false for a wrong speaker */
    boolean add(GoldQuote gold, PredictedQuote predicted) {
        tally(kind, true, gold.kind().equals(predicted.kind()));
        // PolNeAR gold names the mention ("a source", "he"), so the predicted mention may match too.
        boolean speakerScored = SpeakerNames.isKnown(gold.speaker());
        boolean speakerRight = SpeakerNames.sameSpeaker(gold.speaker(), predicted.speaker())
                || SpeakerNames.sameSpeaker(gold.speaker(), predicted.speakerMention());
        tally(speaker, speakerScored, speakerRight);
        tally(affiliation, !gold.affiliation().isEmpty() && !gold.affiliation().equals(GoldQuote.NOT_ANNOTATED),
                gold.affiliation().equalsIgnoreCase(predicted.affiliation()));
        // Coverage needs no gold affiliation (PolNeAR has none): of the matched quotes the system gives a
        // named speaker, how many it also gives an affiliation. Where the gold says the speaker has none,
        // an empty affiliation is right, so those pairs are left out.
        boolean goldHasNone = gold.affiliation().isEmpty();
        tally(affiliationCoverage, SpeakerNames.isKnown(predicted.speaker()) && !goldHasNone,
                !predicted.affiliation().isEmpty());
        // Ambiguous stances are debatable by definition: scoring them would measure noise.
        if (!gold.ambiguous() && !gold.stance().isEmpty()) {
            stancePairs.add(new String[] {gold.stance(), predicted.stance()});
            stanceConfidences.add(predicted.confidence());
        }
        return !speakerScored || speakerRight;
    }

    Accuracy kindAccuracy() {
        return Accuracy.of(kind[0], kind[1]);
    }

    Accuracy speakerAccuracy() {
        return Accuracy.of(speaker[0], speaker[1]);
    }

    Accuracy affiliationAccuracy() {
        return Accuracy.of(affiliation[0], affiliation[1]);
    }

    Accuracy affiliationCoverage() {
        return Accuracy.of(affiliationCoverage[0], affiliationCoverage[1]);
    }

    StanceScores stance() {
        return StanceScores.of(stancePairs);
    }

    Calibration calibration() {
        return Calibration.of(stancePairs, stanceConfidences);
    }

    private static void tally(int[] counts, boolean applies, boolean correct) {
        if (applies) {
            counts[1]++;
            counts[0] += correct ? 1 : 0;
        }
    }
}
