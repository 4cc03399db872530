package org.quotestance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How often a stance is right at each level of the confidence the pipeline gave it: a calibrated
 * classifier is right about 80% of the time when it says 0.8.
 *
 * @param bins confidence ranges of width 0.1 from 0.5 (lower confidences share the first bin)
 * @param atLeast08 all quotes with confidence of at least 0.8
 */
public record Calibration(List<Bin> bins, Bin atLeast08) {

    public record Bin(String range, int n, double accuracy) {
    }

    private static final double[] EDGES = {0.0, 0.6, 0.7, 0.8, 0.9, 1.0001};

    /** @param pairs {gold, predicted} stances; @param confidences the predictions' confidences */
    static Calibration of(List<String[]> pairs, List<Double> confidences) {
        int[] n = new int[EDGES.length - 1];
        int[] right = new int[EDGES.length - 1];
        int highN = 0;
        int highRight = 0;
        for (int i = 0; i < pairs.size(); i++) {
            double c = confidences.get(i);
            if (Double.isNaN(c)) {
                continue;
            }
            boolean correct = StanceScores.group(pairs.get(i)[0]).equals(StanceScores.group(pairs.get(i)[1]));
            for (int b = 0; b < n.length; b++) {
                if (c >= EDGES[b] && c < EDGES[b + 1]) {
                    n[b]++;
                    right[b] += correct ? 1 : 0;
                }
            }
            if (c >= 0.8) {
                highN++;
                highRight += correct ? 1 : 0;
            }
        }
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < n.length; b++) {
            String range = String.format(Locale.ROOT, "[%.1f, %.1f%s", b == 0 ? 0.0 : EDGES[b], Math.min(EDGES[b + 1], 1.0),
                    b == n.length - 1 ? "]" : ")");
            bins.add(new Bin(range, n[b], Accuracy.round(Accuracy.rate(right[b], n[b]))));
        }
        return new Calibration(bins, new Bin(">= 0.8", highN, Accuracy.round(Accuracy.rate(highRight, highN))));
    }
}
