package dev.recap.ingest;

import static org.awaitility.Awaitility.await;

import dev.recap.schemas.TopicSpec;
import dev.recap.testkit.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Every record on a topic, read back from the test broker up to the end offsets at the time of reading. */
final class TopicRecords {

    private TopicRecords() {}

    /** The records of {@code topic}, by partition then offset (so records of one key keep their order). */
    static <K, V> List<ConsumerRecord<K, V>> all(TopicSpec<K, V> topic) {
        Map<String, Object> config = TestKafka.clientConfig();
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(
                config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        records.sort(Comparator.<ConsumerRecord<K, V>>comparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return records;
    }
}
