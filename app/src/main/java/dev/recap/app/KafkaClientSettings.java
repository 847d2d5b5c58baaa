package dev.recap.app;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Kafka client settings from the environment: {@code KAFKA_BOOTSTRAP_SERVERS}, and every other {@code
 * KAFKA_*} variable passed through as a client property ({@code KAFKA_SECURITY_PROTOCOL} becomes {@code
 * security.protocol}, {@code KAFKA_SASL_JAAS_CONFIG} becomes {@code sasl.jaas.config}), so TLS and SASL need
 * no code.
 */
final class KafkaClientSettings {

    static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    static final String DEFAULT_BOOTSTRAP = "localhost:9092";
    // KAFKA_* variables that belong to the broker image or the JVM, not to clients
    private static final Set<String> NOT_CLIENT_SETTINGS =
            Set.of("KAFKA_HOME", "KAFKA_OPTS", "KAFKA_HEAP_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_LOG4J_OPTS");

    private KafkaClientSettings() {}

    /** Client properties from {@code env}; {@code bootstrapOverride} wins over the environment when set. */
    static Map<String, Object> fromEnvironment(Map<String, String> env, String bootstrapOverride) {
        Map<String, Object> config = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && !NOT_CLIENT_SETTINGS.contains(name)) {
                config.put(
                        name.substring("KAFKA_".length())
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '.'),
                        value);
            }
        });
        String bootstrap =
                bootstrapOverride != null ? bootstrapOverride : env.getOrDefault(BOOTSTRAP_ENV, DEFAULT_BOOTSTRAP);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }
}
