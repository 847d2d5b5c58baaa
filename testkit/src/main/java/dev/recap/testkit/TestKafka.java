package dev.recap.testkit;

import dev.recap.embedded.EmbeddedKafka;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.schemas.TopicCreator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One Kafka broker per test JVM: the cluster named by {@code KAFKA_BOOTSTRAP_SERVERS} when set, else a
 * Testcontainers broker (pinned image) when Docker is available, else the in-JVM embedded broker. Tests
 * share it and stay apart through {@link #freshTopics()} and {@link TestIds}.
 */
public final class TestKafka {

    /** Pinned: a test run must not change because a registry moved a tag. */
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private static final Logger LOG = LoggerFactory.getLogger(TestKafka.class);
    private static volatile String bootstrapServers;

    private TestKafka() {}

    /** The broker's bootstrap servers, starting it on first use. */
    public static String bootstrapServers() {
        String servers = bootstrapServers;
        if (servers == null) {
            synchronized (TestKafka.class) {
                servers = bootstrapServers;
                if (servers == null) {
                    servers = start();
                    bootstrapServers = servers;
                }
            }
        }
        return servers;
    }

    /** Client settings every test client needs (bootstrap servers); add your own to the returned copy. */
    public static Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return config;
    }

    /** A catalogue whose topic names no other test uses, with every topic created. */
    public static TopicCatalogue freshTopics() {
        TopicCatalogue catalogue = TopicCatalogue.withPrefix(TestIds.uniquePrefix());
        try (Admin admin = Admin.create(clientConfig())) {
            TopicCreator.ensure(admin, catalogue.all(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating test topics", e);
        }
        return catalogue;
    }

    private static String start() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            LOG.info("Tests use the Kafka cluster at {} (KAFKA_BOOTSTRAP_SERVERS)", external);
            return external;
        }
        if (dockerAvailable()) {
            KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-kafka-container-stop"));
            LOG.info("Tests use a Testcontainers broker ({}) at {}", KAFKA_IMAGE, container.getBootstrapServers());
            return container.getBootstrapServers();
        }
        EmbeddedKafka embedded = EmbeddedKafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "test-kafka-embedded-stop"));
        LOG.info("Tests use the embedded broker at {}", embedded.bootstrapServers());
        return embedded.bootstrapServers();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Docker is not usable here", e);
            return false;
        }
    }
}
