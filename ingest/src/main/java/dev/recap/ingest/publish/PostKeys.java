package dev.recap.ingest.publish;

import dev.recap.events.Post;
import dev.recap.schemas.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the posts already on the compacted {@code posts} topic (without a group, without committing): the
 * id of each and when it was first seen, so a run can tell updates from new posts and an update keeps the
 * first-seen time of the post it updates (an undated post stays in its week). Gives up, empty, when the
 * topic cannot be read in time: the run then counts re-sends within itself only.
 */
public final class PostKeys {

    private static final Logger LOG = LoggerFactory.getLogger(PostKeys.class);
    private static final AvroSerde<Post> POSTS = AvroSerde.of(Post.class);

    private PostKeys() {}

    /**
     * The live keys of {@code topic} and the first-seen time of their posts, or empty when it could not be
     * read within {@code timeout}. A value that cannot be decoded leaves its key with no time.
     */
    public static Optional<Map<String, Optional<Instant>>> read(
            Map<String, Object> clientConfig, String topic, Duration timeout) {
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
            Map<String, Optional<Instant>> keys = new HashMap<>();
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
                            keys.put(key, firstSeen(record.value()));
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

    private static Optional<Instant> firstSeen(byte[] value) {
        try {
            return Optional.of(POSTS.decode(value).getFirstSeen());
        } catch (RuntimeException e) {
            // a record of a schema this build cannot read: the post is known, its first sighting is not
            return Optional.empty();
        }
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
