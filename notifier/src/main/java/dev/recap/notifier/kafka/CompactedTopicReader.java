package dev.recap.notifier.kafka;

import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a compacted topic from its beginning to the end offsets taken at the start, and returns it as a
 * table: the latest value per key, a tombstone removing the key. Records that cannot be decoded are
 * logged and skipped. A missing topic reads as empty.
 */
public final class CompactedTopicReader {

    private static final Logger LOG = LoggerFactory.getLogger(CompactedTopicReader.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> kafkaConfig;
    private final Duration timeout;

    public CompactedTopicReader(Map<String, Object> kafkaConfig, Duration timeout) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The table of {@code topic}, keys in the order they were first seen. */
    public <K, V> Map<K, V> readToEnd(TopicSpec<K, V> topic) {
        Map<String, Object> config = ClientConfigs.tableReader(kafkaConfig, "recap-notifier-read-" + topic.name());
        try (Consumer<K, V> consumer = new KafkaConsumer<>(
                config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                    .map(CompactedTopicReader::partition)
                    .toList();
            if (partitions.isEmpty()) {
                LOG.warn("Topic {} has no partitions (missing?); reading it as empty", topic.name());
                return new LinkedHashMap<>();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            Map<K, V> table = drain(consumer, ends, topic.name());
            LOG.debug("Read {} live keys from {}", table.size(), topic.name());
            return table;
        }
    }

    private <K, V> Map<K, V> drain(Consumer<K, V> consumer, Map<TopicPartition, Long> ends, String name) {
        Map<K, V> table = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reachedEnd(consumer, ends)) {
            if (System.nanoTime() - deadline > 0) {
                throw new TimeoutException("Could not read " + name + " to its end within " + timeout);
            }
            try {
                for (ConsumerRecord<K, V> record : consumer.poll(POLL)) {
                    if (record.value() == null) {
                        table.remove(record.key());
                    } else {
                        table.put(record.key(), record.value());
                    }
                }
            } catch (RecordDeserializationException e) {
                LOG.warn("Skipping undecodable record {} at offset {}", e.topicPartition(), e.offset(), e);
                consumer.seek(e.topicPartition(), e.offset() + 1);
            }
        }
        return table;
    }

    private static boolean reachedEnd(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static TopicPartition partition(PartitionInfo info) {
        return new TopicPartition(info.topic(), info.partition());
    }
}
