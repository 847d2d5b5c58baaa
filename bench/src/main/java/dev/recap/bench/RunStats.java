package dev.recap.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.ToDoubleFunction;

/**
 * The summary lines of a benchmark report: each figure's mean ± sample standard deviation over the
 * measured runs, and whether the target was met.
 */
final class RunStats {

    /** One figure of a run, printed as {@code label mean ± sd unit} with {@code format} for both numbers. */
    record Figure<R>(String label, String format, String unit, ToDoubleFunction<R> value) {}

    private RunStats() {}

    /** {@code label mean ± sd unit} for each figure, joined by "; ". */
    @SafeVarargs
    static <R> String meanAndSd(List<R> runs, Figure<R>... figures) {
        StringJoiner line = new StringJoiner("; ");
        for (Figure<R> f : figures) {
            String text = f.label() + " " + String.format(Locale.ROOT, f.format(), mean(runs, f.value())) + " ± "
                    + String.format(Locale.ROOT, f.format(), sd(runs, f.value()));
            line.add(f.unit().isEmpty() ? text : text + " " + f.unit());
        }
        return line.toString();
    }

    /** {@code target: what >= target unit: met} (or {@code NOT met}). */
    static String target(String what, double target, String unit, double measured) {
        return String.format(
                Locale.ROOT, "target: %s >= %,.0f %s: %s", what, target, unit, measured >= target ? "met" : "NOT met");
    }

    /** The system load average, which says how busy the machine was during the runs. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

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
