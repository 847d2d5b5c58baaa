package dev.recap.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.recap.events.DateSource;
import dev.recap.events.Digest;
import dev.recap.events.Post;
import dev.recap.events.PostFormat;
import dev.recap.schemas.DeadLetters;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.testkit.TestIds;
import dev.recap.testkit.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapStreamsIT {

    @TempDir
    Path stateDir;

    @Test
    void shouldBuildTheWeeklyDigestExactlyOnceAndDeadLetterAPoisonRecord() throws Exception {
        TopicCatalogue topics = TestKafka.freshTopics();
        StreamsSettings settings = StreamsSettings.fromEnvironment(Map.of())
                .withApplicationId(TestIds.applicationId("streams-it"))
                .withBootstrapServers(TestKafka.bootstrapServers())
                .withStateDir(stateDir.toString())
                .withZone(ZoneId.of("Europe/Amsterdam"))
                .withCommitIntervalMs(100)
                .withHttpPort(StreamsSettings.EPHEMERAL_HTTP_PORT);
        Post post = Post.newBuilder()
                .setId("p1")
                .setSource("it.md")
                .setTitle("GitOps and continuous delivery with Argo CD")
                .setPublishedDate(LocalDate.of(2023, 4, 19))
                .setDateSource(DateSource.FRONT_MATTER)
                .setFirstSeen(Instant.parse("2023-04-19T10:00:00Z"))
                .setFormat(PostFormat.MARKDOWN)
                .setBodyText("GitOps")
                .setProjects(List.of("Argo"))
                .build();

        try (var producer =
                new KafkaProducer<>(producerConfig(), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.posts().name(), "poison".getBytes(), "not avro".getBytes()))
                    .get();
            byte[] value = topics.posts()
                    .valueSerde()
                    .serializer()
                    .serialize(topics.posts().name(), post);
            producer.send(new ProducerRecord<>(topics.posts().name(), "p1".getBytes(), value))
                    .get();
        }
        try (RecapStreamsService service = new RecapStreamsService(topics, settings)) {
            service.start();

            List<Digest> digests = new ArrayList<>();
            List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
            try (var digestConsumer = consumer(
                            new StringDeserializer(),
                            topics.digests().valueSerde().deserializer());
                    var deadConsumer = consumer(new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                digestConsumer.subscribe(List.of(topics.digests().name()));
                deadConsumer.subscribe(List.of(topics.deadLetters().name()));
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    digestConsumer.poll(Duration.ofMillis(200)).forEach(r -> digests.add(r.value()));
                    deadConsumer.poll(Duration.ofMillis(200)).forEach(dead::add);
                    return !digests.isEmpty() && !dead.isEmpty();
                });
            }

            Digest digest = digests.get(digests.size() - 1);
            assertThat(digest.getWeek()).isEqualTo("2023-W16");
            assertThat(digest.getSections().get(0).getItems().get(0).getTitle())
                    .isEqualTo("GitOps and continuous delivery with Argo CD");
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).key())).isEqualTo("poison");
            assertThat(new String(dead.get(0).value())).isEqualTo("not avro");
            assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.SOURCE))
                    .isEqualTo(topics.posts().name());
            assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.STAGE))
                    .isEqualTo("streams");
            assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.ERROR_CLASS))
                    .isEqualTo("SerializationException");
            assertThat(dead.get(0).headers().lastHeader("__streams.errors.topic"))
                    .isNull();
        }
    }

    private static Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(TestKafka.clientConfig());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    private static <K, V> KafkaConsumer<K, V> consumer(
            org.apache.kafka.common.serialization.Deserializer<K> keys,
            org.apache.kafka.common.serialization.Deserializer<V> values) {
        Map<String, Object> config = new HashMap<>(TestKafka.clientConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, TestIds.groupId("streams-it-reader"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, keys, values);
    }
}
