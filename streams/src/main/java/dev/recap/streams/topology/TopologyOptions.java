package dev.recap.streams.topology;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the topology dates and publishes: the zone of days and ISO weeks, how many weeks an item published
 * earlier still counts as a late arrival of the week it came in, and how often changed talks, digests and
 * theme-days are published (changes in between are coalesced).
 */
public record TopologyOptions(ZoneId zone, int lateArrivalWeeks, Duration emitInterval) {

    public static final int DEFAULT_LATE_ARRIVAL_WEEKS = 4;
    public static final Duration DEFAULT_EMIT_INTERVAL = Duration.ofSeconds(1);

    public TopologyOptions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(emitInterval, "emitInterval");
        if (lateArrivalWeeks < 0) {
            throw new IllegalArgumentException("lateArrivalWeeks must be 0 or more, not " + lateArrivalWeeks);
        }
        if (emitInterval.isNegative() || emitInterval.isZero()) {
            throw new IllegalArgumentException("emitInterval must be positive, not " + emitInterval);
        }
    }

    /** Defaults in {@code zone}. */
    public static TopologyOptions in(ZoneId zone) {
        return new TopologyOptions(zone, DEFAULT_LATE_ARRIVAL_WEEKS, DEFAULT_EMIT_INTERVAL);
    }
}
