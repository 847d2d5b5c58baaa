package dev.recap.bench;

import java.util.Objects;

/**
 * One benchmark's result in MB/s (10^6 bytes per second), from a JMH score in operations per second
 * where one operation reads a known number of bytes. The error is JMH's 99.9% confidence half-width,
 * {@code NaN} when the run had too few iterations to give one.
 */
public record Throughput(String benchmark, double mbPerSecond, double errorMbPerSecond) {

    private static final double BYTES_PER_MB = 1_000_000.0;

    public Throughput {
        Objects.requireNonNull(benchmark, "benchmark");
        if (!(mbPerSecond >= 0)) {
            throw new IllegalArgumentException("mbPerSecond must be >= 0, was " + mbPerSecond);
        }
    }

    /** The throughput of {@code opsPerSecond} ± {@code opsError} operations of {@code bytesPerOp} bytes each. */
    public static Throughput of(String benchmark, double opsPerSecond, double opsError, long bytesPerOp) {
        if (bytesPerOp < 1) {
            throw new IllegalArgumentException("bytesPerOp must be >= 1, was " + bytesPerOp);
        }
        double scale = bytesPerOp / BYTES_PER_MB;
        return new Throughput(benchmark, opsPerSecond * scale, opsError * scale);
    }

    /** This throughput divided by {@code baseline}'s: above 1 is faster than the baseline. */
    public double ratioTo(Throughput baseline) {
        return mbPerSecond / baseline.mbPerSecond;
    }

    /** The error of {@link #ratioTo}, from the two relative errors taken as independent. */
    public double ratioErrorTo(Throughput baseline) {
        return ratioTo(baseline) * Math.hypot(relativeError(), baseline.relativeError());
    }

    private double relativeError() {
        return errorMbPerSecond / mbPerSecond;
    }
}
