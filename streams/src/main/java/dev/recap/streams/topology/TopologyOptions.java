package dev.recap.streams.topology;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the topology dates and publishes: the zone of days and ISO weeks, how many weeks an item published
 * earlier still counts as a late arrival of the week it came in, and when changed talks, digests and
 * theme-days are published: once the input has been quiet for {@code emitInterval}, and at the latest
 * {@code maxEmitDelay} after a change while the input stays busy (changes in between are coalesced, see
 * {@link Coalescing}; under exactly-once, {@code emitInterval} must be longer than the commit interval).
 */
public record TopologyOptions(ZoneId zone, int lateArrivalWeeks, Duration emitInterval, Duration maxEmitDelay) {

    public static final int DEFAULT_LATE_ARRIVAL_WEEKS = 4;
    public static final Duration DEFAULT_EMIT_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_EMIT_DELAY = Duration.ofSeconds(10);

    public TopologyOptions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(emitInterval, "emitInterval");
        Objects.requireNonNull(maxEmitDelay, "maxEmitDelay");
        if (maxEmitDelay.compareTo(emitInterval) < 0) {
            throw new IllegalArgumentException(
                    "maxEmitDelay must be at least emitInterval (" + emitInterval + "), not " + maxEmitDelay);
        }
        if (lateArrivalWeeks < 0) {
            throw new IllegalArgumentException("lateArrivalWeeks must be 0 or more, not " + lateArrivalWeeks);
        }
        if (emitInterval.isNegative() || emitInterval.isZero()) {
            throw new IllegalArgumentException("emitInterval must be positive, not " + emitInterval);
        }
    }

    /** Defaults in {@code zone}. */
    public static TopologyOptions in(ZoneId zone) {
        return new TopologyOptions(zone, DEFAULT_LATE_ARRIVAL_WEEKS, DEFAULT_EMIT_INTERVAL, DEFAULT_MAX_EMIT_DELAY);
    }
}
