package dev.recap.notifier.subscribers;

import dev.recap.events.Subscriber;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.schemas.TopicSpec;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes {@link Subscriber} records to the compacted {@code subscribers} topic, keyed by id, with an
 * idempotent {@code acks=all} producer; {@link #write} returns only once the broker has acknowledged the
 * record. Never writes tombstones: an unsubscribed subscriber stays as a record, so no replay revives them.
 */
public final class SubscriberWriter implements AutoCloseable {

    private final Producer<String, Subscriber> producer;
    private final String topic;
    private final Duration timeout;

    private SubscriberWriter(Producer<String, Subscriber> producer, String topic, Duration timeout) {
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
    }

    /** A writer to the subscribers topic of {@code catalogue}, waiting up to {@code timeout} for each ack. */
    public static SubscriberWriter open(TopicCatalogue catalogue, Map<String, Object> kafkaConfig, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        TopicSpec<String, Subscriber> subscribers = catalogue.subscribers();
        Producer<String, Subscriber> producer = new KafkaProducer<>(
                ClientConfigs.reliableProducer(kafkaConfig, "recap-notifier-subscribers"),
                subscribers.keySerde().serializer(),
                subscribers.valueSerde().serializer());
        return new SubscriberWriter(producer, subscribers.name(), timeout);
    }

    /**
     * Writes {@code subscriber} under its id and waits for the acknowledgement.
     *
     * @throws SubscriberWriteException when it is not acknowledged within the timeout
     */
    public void write(Subscriber subscriber) {
        String id = Objects.requireNonNull(subscriber, "subscriber").getId();
        try {
            producer.send(new ProducerRecord<>(topic, id, subscriber)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SubscriberWriteException("Interrupted while writing subscriber " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new SubscriberWriteException(
                    "Subscriber " + id + " was not acknowledged by " + topic + " within " + timeout, e);
        }
    }

    @Override
    public void close() {
        producer.close(timeout);
    }
}
