package dev.recap.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Mean and sample standard deviation of one figure over the measured runs of a benchmark report. */
final class RunStats {

    private RunStats() {}

    static <R> double mean(List<R> runs, ToDoubleFunction<R> figure) {
        return runs.stream().mapToDouble(figure).average().orElse(Double.NaN);
    }

    /** The sample standard deviation (n − 1); 0 for a single run. */
    static <R> double sd(List<R> runs, ToDoubleFunction<R> figure) {
        if (runs.size() < 2) {
            return 0;
        }
        double mean = mean(runs, figure);
        double squares = runs.stream()
                .mapToDouble(figure)
                .map(x -> (x - mean) * (x - mean))
                .sum();
        return Math.sqrt(squares / (runs.size() - 1));
    }
}
