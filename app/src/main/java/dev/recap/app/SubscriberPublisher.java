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

/** Writes subscribers to the compacted subscribers topic, keyed by id, and waits for every ack. */
final class SubscriberPublisher {

    private SubscriberPublisher() {}

    static void publish(TopicCatalogue catalogue, Map<String, Object> clientConfig, List<Subscriber> subscribers)
            throws InterruptedException {
        Map<String, Object> config = ClientConfigs.reliableProducer(clientConfig, "recap-subscribers-import");
        String topic = catalogue.subscribers().name();
        try (var producer = new KafkaProducer<>(
                config,
                new StringSerializer(),
                catalogue.subscribers().valueSerde().serializer())) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (Subscriber subscriber : subscribers) {
                sends.add(producer.send(new ProducerRecord<>(topic, subscriber.getId(), subscriber)));
            }
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish subscribers to " + topic, e.getCause());
        }
    }
}
