package dev.recap.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.schemas.TopicCatalogue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void shouldCreateEveryCatalogueTopicWithItsCleanupPolicyAndPartitions() throws Exception {
        TopicCatalogue catalogue = TopicCatalogue.withPrefix("created-");

        Set<String> created = kafka.createTopics(catalogue);

        Set<String> expected = catalogue.all().stream().map(t -> t.name()).collect(Collectors.toSet());
        assertThat(created).isEqualTo(expected);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            var posts = admin.describeTopics(List.of("created-posts"))
                    .allTopicNames()
                    .get()
                    .get("created-posts");
            assertThat(posts.partitions()).hasSize(TopicCatalogue.DEFAULT_PARTITIONS);
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, "created-talk-mentions");
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        }
        assertThat(kafka.createTopics(catalogue)).isEmpty();
    }

    @Test
    void shouldRefuseAPortOutsideTheTcpRange() {
        assertThatThrownBy(() -> EmbeddedKafka.start(70_000, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a TCP port: 70000");
    }

    @Test
    void shouldCarryARecordFromAnIdempotentProducerToAReadCommittedConsumer() throws Exception {
        TopicCatalogue catalogue = TopicCatalogue.withPrefix("roundtrip-");
        kafka.createTopics(catalogue);
        String topic = catalogue.posts().name();
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");

        try (var producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, 0, "k", "v")).get();
        }

        try (var consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(consumer.assignment());
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(10));
            assertThat(records.count()).isEqualTo(1);
            var record = records.iterator().next();
            assertThat(record.key()).isEqualTo("k");
            assertThat(record.value()).isEqualTo("v");
        }
    }
}
