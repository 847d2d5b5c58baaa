package dev.recap.notifier.ledger;

import dev.recap.events.Channel;
import dev.recap.events.Delivery;
import dev.recap.events.DeliveryState;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.schemas.TopicSpec;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record of what was delivered, kept in the compacted {@code deliveries} topic under
 * {@link DeliveryKey}. Loaded by reading the topic to its end; {@link #record(Delivery)} returns only once
 * the broker has acknowledged the entry, so the next send can rely on it.
 */
public final class DeliveryLedger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLedger.class);

    private final Map<String, Delivery> latest;
    private final Producer<String, Delivery> producer;
    private final String topic;
    private final Duration timeout;

    private DeliveryLedger(
            Map<String, Delivery> latest, Producer<String, Delivery> producer, String topic, Duration timeout) {
        this.latest = latest;
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
    }

    /** Reads the deliveries topic of {@code catalogue} to its end and opens a producer for new entries. */
    public static DeliveryLedger load(TopicCatalogue catalogue, Map<String, Object> kafkaConfig, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        TopicSpec<String, Delivery> deliveries = catalogue.deliveries();
        Map<String, Delivery> latest = new HashMap<>();
        new CompactedTopicReader(kafkaConfig, timeout)
                .readToEnd(deliveries)
                .values()
                .forEach(delivery -> latest.put(DeliveryKey.of(delivery), delivery));
        Producer<String, Delivery> producer = new KafkaProducer<>(
                ClientConfigs.reliableProducer(kafkaConfig, "recap-notifier-ledger"),
                deliveries.keySerde().serializer(),
                deliveries.valueSerde().serializer());
        LOG.info("Delivery ledger loaded: {} entries from {}", latest.size(), deliveries.name());
        return new DeliveryLedger(latest, producer, deliveries.name(), timeout);
    }

    /** Whether the latest entry for this week, subscriber and channel says SENT. */
    public boolean alreadySent(String week, String subscriberId, Channel channel) {
        return latest(week, subscriberId, channel)
                .map(d -> d.getState() == DeliveryState.SENT)
                .orElse(false);
    }

    /** The latest entry for this week, subscriber and channel, if any. */
    public Optional<Delivery> latest(String week, String subscriberId, Channel channel) {
        return Optional.ofNullable(latest.get(DeliveryKey.of(week, subscriberId, channel)));
    }

    /** How many attempts the ledger already counts for this week, subscriber and channel. */
    public int attempts(String week, String subscriberId, Channel channel) {
        return latest(week, subscriberId, channel).map(Delivery::getAttempts).orElse(0);
    }

    /**
     * Writes {@code delivery} and waits for the broker's acknowledgement.
     *
     * @throws LedgerWriteException when the write is not acknowledged within the timeout
     */
    public void record(Delivery delivery) {
        String key = DeliveryKey.of(delivery);
        try {
            producer.send(new ProducerRecord<>(topic, key, delivery)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerWriteException("Interrupted while recording delivery " + key, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new LedgerWriteException("Cannot record delivery " + key + " in " + topic, e);
        }
        latest.put(key, delivery);
    }

    @Override
    public void close() {
        producer.close(timeout);
    }
}
