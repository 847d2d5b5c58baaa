package dev.recap.schemas;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Client settings every Recap client needs on top of the caller's (bootstrap servers, TLS, SASL): table
 * readers that never commit and see only committed records, and idempotent producers with {@code
 * acks=all} whose retries never duplicate a record.
 */
public final class ClientConfigs {

    /** The environment variable that names the bootstrap servers. */
    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";

    // KAFKA_* variables that belong to the broker image or the JVM, not to clients
    private static final Set<String> NOT_CLIENT_SETTINGS =
            Set.of("KAFKA_HOME", "KAFKA_OPTS", "KAFKA_HEAP_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_LOG4J_OPTS");

    private ClientConfigs() {}

    /**
     * Every {@code KAFKA_*} variable of {@code env} as a client property ({@code KAFKA_SECURITY_PROTOCOL}
     * becomes {@code security.protocol}, {@code KAFKA_SASL_JAAS_CONFIG} becomes {@code sasl.jaas.config}),
     * so TLS and SASL need no code; {@code KAFKA_BOOTSTRAP_SERVERS} included, as {@code bootstrap.servers}.
     */
    public static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> config = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && !NOT_CLIENT_SETTINGS.contains(name)) {
                config.put(
                        name.substring("KAFKA_".length())
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '.'),
                        value);
            }
        });
        return config;
    }

    /** A consumer that reads a topic from its beginning without a group and without committing. */
    public static Map<String, Object> tableReader(Map<String, Object> base, String clientId) {
        Map<String, Object> config = copy(base);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Streams writes with exactly_once_v2: aborted records must stay invisible to readers.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    /** A producer whose sends are durable ({@code acks=all}) and never duplicated by retries. */
    public static Map<String, Object> reliableProducer(Map<String, Object> base, String clientId) {
        Map<String, Object> config = copy(base);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    private static Map<String, Object> copy(Map<String, Object> base) {
        Objects.requireNonNull(base, "base");
        if (!base.containsKey(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("Kafka config needs " + ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
        }
        return new HashMap<>(base);
    }
}
