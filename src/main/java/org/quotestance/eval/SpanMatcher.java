package org.quotestance.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs predicted with gold quotes. Two quotes can match when they are in the same article and
 * their overlap covers at least half of either span; pairs are then taken one-to-one, largest
 * overlap first, so each quote is credited at most once.
 */
public final class SpanMatcher {

    private SpanMatcher() {
    }

    /** Characters shared by the half-open spans [aStart, aEnd) and [bStart, bEnd). */
    public static int overlap(int aStart, int aEnd, int bStart, int bEnd) {
        return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
    }

    /** The contract's threshold: overlap >= half the gold span OR >= half the predicted span. */
    public static boolean spansMatch(GoldQuote gold, PredictedQuote predicted) {
        int shared = overlap(gold.start(), gold.end(), predicted.start(), predicted.end());
        // shared > 0: an empty span would otherwise "half-overlap" anything
        return shared > 0 && (2L * shared >= gold.length() || 2L * shared >= predicted.length());
    }

    /** One-to-one greedy matching; ties go by article, gold start, predicted start. */
    public static List<Match> match(List<GoldQuote> gold, List<PredictedQuote> predicted) {
        Map<String, List<Integer>> predictedByArticle = new HashMap<>();
        for (int p = 0; p < predicted.size(); p++) {
            predictedByArticle.computeIfAbsent(predicted.get(p).article(), a -> new ArrayList<>()).add(p);
        }
        List<Match> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldQuote goldQuote = gold.get(g);
            for (int p : predictedByArticle.getOrDefault(goldQuote.article(), List.of())) {
                PredictedQuote prediction = predicted.get(p);
                if (spansMatch(goldQuote, prediction)) {
                    int shared = overlap(goldQuote.start(), goldQuote.end(), prediction.start(), prediction.end());
                    candidates.add(new Match(g, p, shared));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Match::overlap).reversed()
                .thenComparing(m -> gold.get(m.goldIndex()).article())
                .thenComparingInt(m -> gold.get(m.goldIndex()).start())
                .thenComparingInt(m -> predicted.get(m.predictedIndex()).start())
                .thenComparingInt(Match::goldIndex) // identical spans: file order decides
                .thenComparingInt(Match::predictedIndex));
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] predictedTaken = new boolean[predicted.size()];
        List<Match> chosen = new ArrayList<>();
        for (Match candidate : candidates) {
            if (!goldTaken[candidate.goldIndex()] && !predictedTaken[candidate.predictedIndex()]) {
                goldTaken[candidate.goldIndex()] = true;
                predictedTaken[candidate.predictedIndex()] = true;
                chosen.add(candidate);
            }
        }
        return chosen;
    }
}
