package dev.recap.app;

import dev.recap.events.Subscriber;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes subscribers to the compacted subscribers topic, keyed by id, and waits for every ack; a tombstone
 * (null value) erases a subscriber once the topic is compacted.
 */
final class SubscriberPublisher {

    private SubscriberPublisher() {}

    static void publish(TopicCatalogue catalogue, Map<String, Object> clientConfig, List<Subscriber> subscribers)
            throws InterruptedException {
        List<ProducerRecord<String, Subscriber>> records = new ArrayList<>();
        String topic = catalogue.subscribers().name();
        for (Subscriber subscriber : subscribers) {
            records.add(new ProducerRecord<>(topic, subscriber.getId(), subscriber));
        }
        send(catalogue, clientConfig, records);
    }

    /** Writes a tombstone for {@code id}: the right to erasure, where an unsubscription is not enough. */
    static void erase(TopicCatalogue catalogue, Map<String, Object> clientConfig, String id)
            throws InterruptedException {
        send(
                catalogue,
                clientConfig,
                List.of(new ProducerRecord<>(catalogue.subscribers().name(), id, null)));
    }

    private static void send(
            TopicCatalogue catalogue,
            Map<String, Object> clientConfig,
            List<ProducerRecord<String, Subscriber>> records)
            throws InterruptedException {
        Map<String, Object> config = ClientConfigs.reliableProducer(clientConfig, "recap-subscribers-import");
        try (var producer = new KafkaProducer<>(
                config,
                new StringSerializer(),
                catalogue.subscribers().valueSerde().serializer())) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (ProducerRecord<String, Subscriber> record : records) {
                sends.add(producer.send(record));
            }
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Could not publish subscribers to "
                            + catalogue.subscribers().name(),
                    e.getCause());
        }
    }
}
