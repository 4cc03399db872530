package org.quotestance.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Matches predictions to gold and computes {@link Scores}. */
public final class Scorer {

    private static final List<String> KINDS = List.of("direct", "partial", "indirect");

    private Scorer() {
    }

    public static Evaluation score(List<GoldQuote> gold, List<PredictedQuote> predicted) {
        return score(gold, predicted, g -> true, false);
    }

    /**
     * @param inScope gold rows to score (--speech-only passes the speech filter). Rows out of
     *     scope still take part in matching, so a prediction of one of them is ignored rather
     *     than counted as a false positive.
     */
    public static Evaluation score(List<GoldQuote> allGold, List<PredictedQuote> allPredicted,
                                   Predicate<GoldQuote> inScope, boolean speechOnly) {
        // Corpora annotated by several people (PolNeAR has six copies of some articles) repeat a
        // span once per annotator; one-to-one matching could never credit the copies.
        List<GoldQuote> gold = distinctSpans(allGold);
        Set<String> goldArticles = new HashSet<>();
        gold.forEach(g -> goldArticles.add(g.article()));
        List<PredictedQuote> predicted = allPredicted.stream().filter(p -> goldArticles.contains(p.article())).toList();

        int[] goldToPredicted = new int[gold.size()];
        int[] predictedToGold = new int[predicted.size()];
        Arrays.fill(goldToPredicted, -1);
        Arrays.fill(predictedToGold, -1);
        for (Match m : SpanMatcher.match(gold, predicted)) {
            goldToPredicted[m.goldIndex()] = m.predictedIndex();
            predictedToGold[m.predictedIndex()] = m.goldIndex();
        }

        // Precision side: every prediction, by its own kind.
        Map<String, int[]> precisionByKind = counters(); // {correct, counted}
        List<PredictedQuote> unmatched = new ArrayList<>();
        List<PredictedQuote> boilerplate = new ArrayList<>();
        int ignored = 0;
        for (int p = 0; p < predicted.size(); p++) {
            PredictedQuote prediction = predicted.get(p);
            GoldQuote matched = predictedToGold[p] < 0 ? null : gold.get(predictedToGold[p]);
            if (matched != null && !inScope.test(matched)) {
                ignored++;
                continue;
            }
            int[] counts = precisionByKind.computeIfAbsent(prediction.kind(), k -> new int[2]);
            counts[1]++;
            if (matched == null) {
                unmatched.add(prediction);
            } else if (matched.boilerplate()) {
                boilerplate.add(prediction);
            } else {
                counts[0]++; // matched to real (possibly non-required) gold: correct
            }
        }

        // Recall side and attribute accuracy: in-scope gold, by gold kind.
        Map<String, int[]> recallByKind = counters(); // {matched, required}
        List<GoldQuote> missed = new ArrayList<>();
        List<Evaluation.SpeakerMismatch> wrongSpeakers = new ArrayList<>();
        List<Evaluation.StanceMismatch> wrongStances = new ArrayList<>();
        int[] endToEnd = new int[2]; // {found with right speaker and stance, scored}
        AttributeTally attributes = new AttributeTally();
        int total = 0;
        int boilerplateGold = 0;
        for (int g = 0; g < gold.size(); g++) {
            GoldQuote goldQuote = gold.get(g);
            if (!inScope.test(goldQuote)) {
                continue;
            }
            total++;
            boilerplateGold += goldQuote.boilerplate() ? 1 : 0;
            PredictedQuote prediction = goldToPredicted[g] < 0 ? null : predicted.get(goldToPredicted[g]);
            if (goldQuote.countsForRecall()) {
                int[] counts = recallByKind.computeIfAbsent(goldQuote.kind(), k -> new int[2]);
                counts[1]++;
                if (prediction != null) {
                    counts[0]++;
                } else {
                    missed.add(goldQuote);
                }
            }
            boolean stanceScored = !goldQuote.ambiguous() && !goldQuote.stance().isEmpty();
            if (goldQuote.countsForRecall() && stanceScored) {
                endToEnd[1]++;
            }
            if (prediction == null || goldQuote.boilerplate()) {
                continue;
            }
            boolean speakerRight = attributes.add(goldQuote, prediction);
            if (!speakerRight) {
                wrongSpeakers.add(new Evaluation.SpeakerMismatch(goldQuote, prediction));
            }
            boolean stanceRight = StanceScores.group(goldQuote.stance()).equals(StanceScores.group(prediction.stance()));
            if (stanceScored && !stanceRight) {
                wrongStances.add(new Evaluation.StanceMismatch(goldQuote, prediction));
            }
            if (goldQuote.countsForRecall() && stanceScored && speakerRight && stanceRight) {
                endToEnd[0]++;
            }
        }

        Map<String, Prf> byKind = new LinkedHashMap<>();
        Set<String> kinds = new LinkedHashSet<>(precisionByKind.keySet());
        kinds.addAll(recallByKind.keySet());
        for (String k : kinds) {
            byKind.put(k, prf(precisionByKind.getOrDefault(k, new int[2]), recallByKind.getOrDefault(k, new int[2])));
        }

        int[] allPrecision = sum(precisionByKind);
        int[] allRecall = sum(recallByKind);
        Scores scores = new Scores(
                new Scores.GoldCounts(total, boilerplateGold, allRecall[1], gold.size() - total, allGold.size() - gold.size()),
                predicted.size() - ignored,
                allPredicted.size() - predicted.size(),
                prf(allPrecision, allRecall),
                byKind,
                attributes.kindAccuracy(),
                attributes.speakerAccuracy(),
                attributes.affiliationAccuracy(),
                attributes.affiliationCoverage(),
                attributes.stance(),
                attributes.calibration(),
                boilerplate.size(),
                ignored,
                speechOnly,
                Accuracy.of(endToEnd[0], endToEnd[1]),
                AffiliationSign.of(gold.stream().filter(inScope).toList(), predicted));
        return new Evaluation(scores, missed, unmatched, boilerplate, wrongSpeakers, wrongStances);
    }

    /** The first gold row of each (article, start, end). */
    static List<GoldQuote> distinctSpans(List<GoldQuote> gold) {
        Set<String> seen = new HashSet<>();
        List<GoldQuote> out = new ArrayList<>();
        for (GoldQuote g : gold) {
            if (seen.add(g.article() + '\u0000' + g.start() + '\u0000' + g.end())) {
                out.add(g);
            }
        }
        return out;
    }

    /** Starts with the three contract kinds so they are always reported, in this order. */
    private static Map<String, int[]> counters() {
        Map<String, int[]> counters = new LinkedHashMap<>();
        KINDS.forEach(k -> counters.put(k, new int[2]));
        return counters;
    }

    private static int[] sum(Map<String, int[]> counters) {
        int[] total = new int[2];
        counters.values().forEach(c -> { total[0] += c[0]; total[1] += c[1]; });
        return total;
    }

    private static Prf prf(int[] precision, int[] recall) {
        return Prf.of(precision[0], precision[1], recall[0], recall[1]);
    }
}
