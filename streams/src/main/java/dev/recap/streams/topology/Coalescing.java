package dev.recap.streams.topology;

import java.time.Duration;
import java.util.Objects;

/**
 * When a processor that coalesces changes publishes them: once its input has been quiet for {@code quiet}
 * (a burst is over, so one publication covers all of it), and at the latest {@code maxDelay} after the
 * oldest unpublished change, however busy the input stays. The processor checks every {@link
 * #checkEvery()} (a quarter of {@code quiet}) of wall-clock time. A replay of a whole topic thus rebuilds
 * each talk and each week once per {@code maxDelay} instead of once per second, while a pipeline that goes
 * quiet publishes about {@code quiet} later.
 *
 * <p>Under {@code exactly_once_v2} a processor behind a repartition topic receives its records in bursts,
 * one per upstream commit: {@code quiet} must be longer than the commit interval, or every gap between two
 * bursts would look like the end of the input.
 */
final class Coalescing {

    private final long quietMs;
    private final long maxDelayMs;
    private long lastRecordMs = Long.MIN_VALUE;
    private long pendingSinceMs = Long.MIN_VALUE;

    Coalescing(Duration quiet, Duration maxDelay) {
        this.quietMs = Math.max(4, Objects.requireNonNull(quiet, "quiet").toMillis());
        this.maxDelayMs = Objects.requireNonNull(maxDelay, "maxDelay").toMillis();
    }

    /** How often the processor checks {@link #due}. */
    Duration checkEvery() {
        return Duration.ofMillis(quietMs / 4);
    }

    /** A record arrived at wall-clock {@code nowMs}; {@code changed} when it left something to publish. */
    void onRecord(long nowMs, boolean changed) {
        lastRecordMs = nowMs;
        if (changed && pendingSinceMs == Long.MIN_VALUE) {
            pendingSinceMs = nowMs;
        }
    }

    /** Marks changes as pending since {@code nowMs} (changes found in the stores on restart). */
    void pending(long nowMs) {
        if (pendingSinceMs == Long.MIN_VALUE) {
            pendingSinceMs = nowMs;
        }
    }

    /** True when the pending changes should be published at wall-clock {@code nowMs}. */
    boolean due(long nowMs) {
        if (pendingSinceMs == Long.MIN_VALUE) {
            return false;
        }
        boolean quiet = lastRecordMs == Long.MIN_VALUE || nowMs - lastRecordMs >= quietMs;
        return quiet || nowMs - pendingSinceMs >= maxDelayMs;
    }

    /** The pending changes were published. */
    void published() {
        pendingSinceMs = Long.MIN_VALUE;
    }
}
