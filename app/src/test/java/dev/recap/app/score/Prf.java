package dev.recap.app.score;

/** True positives, false positives and false negatives, with precision, recall and F1 as the Python scorer defines them. */
public record Prf(int tp, int fp, int fn) {

    /** tp / (tp + fp); with nothing predicted, 1 when nothing was missed, else 0. */
    public double precision() {
        if (tp + fp == 0) {
            return fn == 0 ? 1.0 : 0.0;
        }
        return (double) tp / (tp + fp);
    }

    /** tp / (tp + fn); 1 when there was nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
