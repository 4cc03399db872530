package org.quotestance.eval;

/** A share of correct cases, kept with its numerator and denominator. */
public record Accuracy(double accuracy, int correct, int total) {

    /** An empty denominator gives 0 (not NaN), so the JSON report stays valid. */
    public static Accuracy of(int correct, int total) {
        return new Accuracy(round(rate(correct, total)), correct, total);
    }

    static double rate(int correct, int total) {
        return total == 0 ? 0.0 : (double) correct / total;
    }

    /** Reported numbers carry four decimals: enough to compare runs, short enough to read. */
    static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
