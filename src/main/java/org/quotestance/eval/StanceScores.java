package org.quotestance.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stance scores over three classes: support, deny and other (discuss + unrelated), because
 * telling discuss from unrelated matters far less than getting support vs deny right.
 *
 * @param confusion rows are gold classes, columns predicted classes, both in {@link #LABELS} order
 */
public record StanceScores(
        double accuracy,
        double macroF1,
        int correct,
        int total,
        Map<String, ClassScores> perClass,
        List<String> labels,
        int[][] confusion) {

    public static final List<String> LABELS = List.of("support", "deny", "other");

    public record ClassScores(double precision, double recall, double f1, int gold, int predicted, int correct) {
    }

    /** support and deny stay; every other stance (discuss, unrelated, empty) is "other". */
    public static String group(String stance) {
        return stance.equals("support") || stance.equals("deny") ? stance : "other";
    }

    /** @param pairs gold and predicted stance of each scored quote, as {gold, predicted} */
    public static StanceScores of(List<String[]> pairs) {
        int[][] confusion = new int[LABELS.size()][LABELS.size()];
        for (String[] pair : pairs) {
            confusion[LABELS.indexOf(group(pair[0]))][LABELS.indexOf(group(pair[1]))]++;
        }
        Map<String, ClassScores> perClass = new LinkedHashMap<>();
        List<Double> presentF1 = new ArrayList<>();
        int correct = 0;
        for (int c = 0; c < LABELS.size(); c++) {
            int gold = 0;
            int predicted = 0;
            for (int other = 0; other < LABELS.size(); other++) {
                gold += confusion[c][other];
                predicted += confusion[other][c];
            }
            int hits = confusion[c][c];
            correct += hits;
            double precision = Accuracy.rate(hits, predicted);
            double recall = Accuracy.rate(hits, gold);
            double f1 = Accuracy.f1(precision, recall);
            perClass.put(LABELS.get(c), new ClassScores(Accuracy.round(precision), Accuracy.round(recall),
                    Accuracy.round(f1), gold, predicted, hits));
            // Like scikit-learn: a class absent from both gold and predictions does not drag the mean to 0.
            if (gold + predicted > 0) {
                presentF1.add(f1);
            }
        }
        double macroF1 = presentF1.stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
        return new StanceScores(Accuracy.round(Accuracy.rate(correct, pairs.size())), Accuracy.round(macroF1),
                correct, pairs.size(), perClass, LABELS, confusion);
    }
}
