package dev.recap.notifier.subscribers;

import dev.recap.events.Subscriber;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.schemas.TopicCatalogue;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The current subscribers, read from the compacted {@code subscribers} topic on every call (to the end
 * offsets of that moment), so a record acknowledged by {@link SubscriberWriter} is always seen.
 */
public final class SubscriberDirectory {

    // A web request waits for this read: the broker must not hold an empty fetch for the default 500 ms.
    private static final int FETCH_MAX_WAIT_MS = 20;

    private final TopicCatalogue catalogue;
    private final CompactedTopicReader reader;

    public SubscriberDirectory(TopicCatalogue catalogue, Map<String, Object> kafkaConfig, Duration timeout) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MS);
        this.reader = new CompactedTopicReader(config, timeout);
    }

    /**
     * Every subscriber, by id.
     *
     * @throws org.apache.kafka.common.errors.TimeoutException when the topic cannot be read within the timeout
     */
    public Map<String, Subscriber> current() {
        return reader.readToEnd(catalogue.subscribers());
    }

    /** The current record of {@code subscriberId}, if there is one. */
    public Optional<Subscriber> find(String subscriberId) {
        Objects.requireNonNull(subscriberId, "subscriberId");
        return Optional.ofNullable(current().get(subscriberId));
    }
}
