package dev.recap.bench;

import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.schemas.TopicSpec;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes {@link MailBenchmark}'s week as the Streams app and the CLI would: the digest, keyed by week, and
 * the subscribers, keyed by id, with the catalogue's serdes, idempotent and {@code acks=all}. Sends are
 * asynchronous with one flush at the end; every one is checked by its callback.
 */
final class MailWeekProducer {

    private MailWeekProducer() {}

    /** Publishes the digest and subscribers {@code 1..subscribers}; returns the nanoseconds it took. */
    static long publish(
            Map<String, Object> client, TopicCatalogue catalogue, MailDigestGenerator generator, int subscribers) {
        Map<String, Object> config = ClientConfigs.reliableProducer(client, "bench-mail-week-producer");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long began = System.nanoTime();
        TopicSpec<String, Digest> digests = catalogue.digests();
        try (KafkaProducer<String, Digest> producer = new KafkaProducer<>(
                config, digests.keySerde().serializer(), digests.valueSerde().serializer())) {
            Digest digest = generator.digest();
            producer.send(new ProducerRecord<>(digests.name(), digest.getWeek(), digest), (m, e) -> failed(failure, e));
            producer.flush();
        }
        TopicSpec<String, Subscriber> topic = catalogue.subscribers();
        try (KafkaProducer<String, Subscriber> producer = new KafkaProducer<>(
                config, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (int n = 1; n <= subscribers && failure.get() == null; n++) {
                Subscriber subscriber = generator.subscriber(n);
                producer.send(
                        new ProducerRecord<>(topic.name(), subscriber.getId(), subscriber),
                        (m, e) -> failed(failure, e));
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The bench week could not be published", failure.get());
        }
        return System.nanoTime() - began;
    }

    private static void failed(AtomicReference<Exception> failure, Exception e) {
        if (e != null) {
            failure.compareAndSet(null, e);
        }
    }
}
