package dev.recap.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the ids of the posts already on the compacted {@code posts} topic (keys only, without a group,
 * without committing), so a run can tell updates from new posts. Gives up, empty, when the topic cannot
 * be read in time: the run then counts re-sends within itself only.
 */
public final class PostKeys {

    private static final Logger LOG = LoggerFactory.getLogger(PostKeys.class);

    private PostKeys() {}

    /** The live keys of {@code topic}, or empty when it could not be read within {@code timeout}. */
    public static Optional<Set<String>> read(Map<String, Object> clientConfig, String topic, Duration timeout) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "recap-ingest-post-keys");
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Set<String> keys = new HashSet<>();
            while (!caughtUp(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    LOG.warn(
                            "Could not read the keys of {} within {}; counting updates within this run",
                            topic,
                            timeout);
                    return Optional.empty();
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null) {
                        String key = new String(record.key(), StandardCharsets.UTF_8);
                        if (record.value() == null) {
                            keys.remove(key);
                        } else {
                            keys.add(key);
                        }
                    }
                }
            }
            return Optional.of(keys);
        } catch (KafkaException e) {
            LOG.warn("Could not read the keys of {}; counting updates within this run", topic, e);
            return Optional.empty();
        }
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
