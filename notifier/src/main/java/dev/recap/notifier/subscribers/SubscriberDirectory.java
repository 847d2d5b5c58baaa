package dev.recap.notifier.subscribers;

import dev.recap.events.Subscriber;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.schemas.TopicCatalogue;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The current subscribers, read from the compacted {@code subscribers} topic on every call (to the end
 * offsets of that moment), so a record acknowledged by {@link SubscriberWriter} is always seen.
 */
public final class SubscriberDirectory {

    private final TopicCatalogue catalogue;
    private final CompactedTopicReader reader;

    public SubscriberDirectory(TopicCatalogue catalogue, Map<String, Object> kafkaConfig, Duration timeout) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.reader = new CompactedTopicReader(kafkaConfig, timeout);
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
