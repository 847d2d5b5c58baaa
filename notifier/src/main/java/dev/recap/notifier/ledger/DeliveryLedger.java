package dev.recap.notifier.ledger;

import dev.recap.events.Channel;
import dev.recap.events.Delivery;
import dev.recap.events.DeliveryState;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.schemas.TopicSpec;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record of what was delivered, kept in the compacted {@code deliveries} topic under
 * {@link DeliveryKey}. Loaded by reading the topic to its end. A send is bracketed: {@link #begin} writes
 * SENDING and waits for the broker before the message leaves, {@link #finish} writes SENT or FAILED after.
 * A run that dies in between leaves SENDING, which later runs treat as possibly sent ({@link #uncertain}).
 * Thread-safe: several senders share one ledger.
 */
public final class DeliveryLedger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLedger.class);

    private final Map<String, Delivery> latest;
    private final AtomicInteger unacknowledged = new AtomicInteger();
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
        Map<String, Delivery> latest = new ConcurrentHashMap<>();
        new CompactedTopicReader(kafkaConfig, timeout)
                .readToEnd(deliveries)
                .values()
                .forEach(delivery -> latest.put(DeliveryKey.of(delivery), delivery));
        Map<String, Object> config = ClientConfigs.reliableProducer(kafkaConfig, "recap-notifier-ledger");
        // every SENDING entry is waited for before its message leaves: lingering would only add latency
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Producer<String, Delivery> producer = new KafkaProducer<>(
                config,
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
     * Whether an earlier run began this delivery and never recorded how it ended (it stopped between the
     * SENDING entry and the outcome): the message may or may not have gone out, so it is not sent again
     * without {@code --force}.
     */
    public boolean uncertain(String week, String subscriberId, Channel channel) {
        return latest(week, subscriberId, channel)
                .map(d -> d.getState() == DeliveryState.SENDING)
                .orElse(false);
    }

    /**
     * Records that {@code delivery} is about to be attempted (state SENDING) and waits for the broker's
     * acknowledgement: from then on a restart treats it as possibly sent, never as not sent.
     *
     * @throws LedgerWriteException when the entry is not acknowledged within the timeout
     */
    public void begin(Delivery delivery) {
        if (delivery.getState() != DeliveryState.SENDING) {
            throw new IllegalArgumentException("begin takes a SENDING entry, was " + delivery.getState());
        }
        record(delivery);
    }

    /**
     * Starts writing the SENDING entry of {@code delivery} and returns at once; the message may leave only
     * once {@link Pending#await()} returned. Lets a sender record its next delivery while the current one
     * is on the wire.
     */
    public Pending beginAsync(Delivery delivery) {
        if (delivery.getState() != DeliveryState.SENDING) {
            throw new IllegalArgumentException("begin takes a SENDING entry, was " + delivery.getState());
        }
        String key = DeliveryKey.of(delivery);
        latest.put(key, delivery);
        Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(topic, key, delivery));
        return () -> {
            try {
                ack.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LedgerWriteException("Interrupted while recording delivery " + key, e);
            } catch (ExecutionException | TimeoutException e) {
                throw new LedgerWriteException("Cannot record delivery " + key + " in " + topic, e);
            }
        };
    }

    /** A SENDING entry on its way to the broker. */
    @FunctionalInterface
    public interface Pending {
        /**
         * Returns once the broker has acknowledged the entry.
         *
         * @throws LedgerWriteException when it does not within the timeout
         */
        void await();
    }

    /**
     * Records the outcome of a delivery without waiting: the next send does not depend on it, since until it
     * is acknowledged the SENDING entry already stops a resend. {@link #flush()} waits for every outcome.
     */
    public void finish(Delivery delivery) {
        String key = DeliveryKey.of(delivery);
        latest.put(key, delivery);
        producer.send(new ProducerRecord<>(topic, key, delivery), (metadata, error) -> {
            if (error != null) {
                unacknowledged.incrementAndGet();
                LOG.error("Delivery outcome {} not recorded in {}; it stays SENDING (uncertain)", key, topic, error);
            }
        });
    }

    /**
     * Waits until every outcome given to {@link #finish} is acknowledged.
     *
     * @throws LedgerWriteException when some outcome could not be written
     */
    public void flush() {
        producer.flush();
        int lost = unacknowledged.getAndSet(0);
        if (lost > 0) {
            throw new LedgerWriteException(lost + " delivery outcome(s) could not be recorded in " + topic, null);
        }
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
        producer.flush();
        producer.close(timeout);
    }
}
