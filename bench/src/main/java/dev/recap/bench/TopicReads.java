package dev.recap.bench;

import dev.recap.events.Digest;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicSpec;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * The reads of {@link StreamsBenchmark} besides the app: the baseline (a plain read_committed consumer
 * decoding a whole topic with the catalogue's deserializers) and the count of what the app wrote to the
 * digests topic.
 */
final class TopicReads {

    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * What the app wrote to the digests topic in one run: records, the distinct ISO weeks they name, and the
     * largest record value in bytes (a digest holds every item of its week, rewritten on each update).
     */
    record DigestTally(long records, Set<String> weeks, int largestValueBytes) {}

    private TopicReads() {}

    /**
     * Reads {@code spec}'s topic from the beginning until {@code expected} records came, decoding every key
     * and value; returns how long that took in nanoseconds, from the consumer's creation to the last record.
     */
    static <K, V> long readAll(Map<String, Object> client, TopicSpec<K, V> spec, long expected, Duration timeout)
            throws TimeoutException {
        long began = System.nanoTime();
        long deadline = began + timeout.toNanos();
        Map<String, Object> config = ClientConfigs.tableReader(client, "bench-plain-consumer");
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(
                config, spec.keySerde().deserializer(), spec.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(spec.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long read = 0;
            long values = 0;
            while (read < expected) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("Read " + read + " of " + expected + " records of " + spec.name());
                }
                for (ConsumerRecord<K, V> record : consumer.poll(POLL)) {
                    read++;
                    values += record.value() == null ? 0 : 1;
                }
            }
            long took = System.nanoTime() - began;
            if (values != expected) {
                throw new IllegalStateException("Decoded " + values + " values of " + expected + " records");
            }
            return took;
        }
    }

    /**
     * The digests written after {@code from} (offsets taken before the run), read with read_committed once
     * no transaction is open on the topic.
     */
    static DigestTally digestsSince(
            Admin admin,
            Map<String, Object> client,
            TopicSpec<String, Digest> digests,
            Map<TopicPartition, Long> from,
            Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<TopicPartition> partitions = List.copyOf(from.keySet());
        Map<TopicPartition, Long> end = stableEnds(admin, partitions, timeout);
        Map<String, Object> config = ClientConfigs.tableReader(client, "bench-digest-reader");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, Digest> consumer = new KafkaConsumer<>(
                config, digests.keySerde().deserializer(), digests.valueSerde().deserializer())) {
            consumer.assign(partitions);
            from.forEach(consumer::seek);
            long records = 0;
            int largest = 0;
            Set<String> weeks = new HashSet<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("The digests topic was not read to its end in " + timeout);
                }
                for (ConsumerRecord<String, Digest> record : consumer.poll(POLL)) {
                    records++;
                    largest = Math.max(largest, record.serializedValueSize());
                    if (record.value() != null) {
                        weeks.add(record.value().getWeek());
                    }
                }
            }
            return new DigestTally(records, weeks, largest);
        }
    }

    /** The end offsets of {@code partitions} once no transaction is open on any of them. */
    private static Map<TopicPartition, Long> stableEnds(Admin admin, List<TopicPartition> partitions, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<TopicPartition, Long> stable = AppProgress.ends(admin, partitions, IsolationLevel.READ_COMMITTED);
            if (stable.equals(AppProgress.ends(admin, partitions, IsolationLevel.READ_UNCOMMITTED))) {
                return stable;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("A transaction stayed open on " + partitions + " for " + timeout);
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
