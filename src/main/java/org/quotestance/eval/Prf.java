package org.quotestance.eval;

/**
 * Precision, recall and F1 with the counts behind them.
 *
 * @param correctPredictions predictions matched to (non-boilerplate) gold
 * @param matchedGold required gold quotes that were found
 * @param gold required gold quotes
 */
public record Prf(double precision, double recall, double f1,
                  int correctPredictions, int predictions, int matchedGold, int gold) {

    public static Prf of(int correctPredictions, int predictions, int matchedGold, int gold) {
        double precision = Accuracy.rate(correctPredictions, predictions);
        double recall = Accuracy.rate(matchedGold, gold);
        return new Prf(Accuracy.round(precision), Accuracy.round(recall),
                Accuracy.round(Accuracy.f1(precision, recall)), correctPredictions, predictions, matchedGold, gold);
    }
}
