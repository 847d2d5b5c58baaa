package dev.recap.bench;

import dev.recap.events.TalkMention;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicSpec;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Produces generated mentions to the talk-mentions topic as ingest does (idempotent, {@code acks=all},
 * zstd, 20 ms linger, key = talk key), serialized with the catalogue's serdes; every send is checked.
 */
final class MentionProducer {

    /** What was produced: records, distinct keys, shortened mentions, posts, bytes of values, and the time. */
    record Produced(long records, int distinctKeys, long shortened, int posts, long valueBytes, long nanos) {}

    private MentionProducer() {}

    static Produced produce(
            Map<String, Object> client, TopicSpec<String, TalkMention> topic, MentionGenerator generator) {
        Map<String, Object> config = ClientConfigs.reliableProducer(client, "bench-mention-producer");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        Set<String> fullTitles = new HashSet<>(generator.titles());
        Set<String> keys = new HashSet<>();
        Set<String> posts = new HashSet<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long[] counts = new long[3];
        long began = System.nanoTime();
        try (Serializer<String> keySerializer = topic.keySerde().serializer();
                Serializer<TalkMention> valueSerializer = topic.valueSerde().serializer();
                KafkaProducer<byte[], byte[]> producer =
                        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            generator.forEach(mention -> {
                byte[] value = valueSerializer.serialize(topic.name(), mention);
                keys.add(mention.getTalkKey());
                posts.add(mention.getPostId());
                counts[0]++;
                counts[1] += fullTitles.contains(mention.getTitle()) ? 0 : 1;
                counts[2] += value.length;
                producer.send(
                        new ProducerRecord<>(
                                topic.name(), keySerializer.serialize(topic.name(), mention.getTalkKey()), value),
                        (metadata, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            });
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("A mention could not be produced", failure.get());
        }
        return new Produced(counts[0], keys.size(), counts[1], posts.size(), counts[2], System.nanoTime() - began);
    }
}
