package dev.recap.notifier.web;

import dev.recap.events.Digest;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.schemas.TopicCatalogue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The latest digest of each week, read from the compacted {@code digests} topic and kept for {@code maxAge}
 * so that page views do not each read the topic; weeks sorted oldest first.
 */
public final class DigestArchive implements Supplier<Map<String, Digest>> {

    /** A sensible {@code maxAge}: digests change a few times a week, pages may lag a little. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(30);

    // A page view may wait for this read: the broker must not hold an empty fetch for the default 500 ms.
    private static final int FETCH_MAX_WAIT_MS = 20;

    private final TopicCatalogue catalogue;
    private final CompactedTopicReader reader;
    private final Duration maxAge;
    private final Clock clock;
    private Map<String, Digest> weeks;
    private Instant readAt;

    public DigestArchive(
            TopicCatalogue catalogue, Map<String, Object> kafkaConfig, Duration timeout, Duration maxAge, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MS);
        this.reader = new CompactedTopicReader(config, timeout);
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Every week's latest digest, read again when the last read is older than {@code maxAge}.
     *
     * @throws org.apache.kafka.common.errors.TimeoutException when the topic cannot be read in time
     */
    @Override
    public synchronized Map<String, Digest> get() {
        Instant now = clock.instant();
        if (weeks == null || !now.isBefore(readAt.plus(maxAge))) {
            Map<String, Digest> byWeek = new TreeMap<>();
            reader.readToEnd(catalogue.digests()).values().forEach(d -> byWeek.put(d.getWeek(), d));
            weeks = Collections.unmodifiableMap(byWeek);
            readAt = now;
        }
        return weeks;
    }
}
