package dev.recap.app;

import dev.recap.schemas.ClientConfigs;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Kafka client settings from the environment: {@code KAFKA_BOOTSTRAP_SERVERS}, and every other {@code
 * KAFKA_*} variable passed through as a client property ({@code KAFKA_SECURITY_PROTOCOL} becomes {@code
 * security.protocol}, {@code KAFKA_SASL_JAAS_CONFIG} becomes {@code sasl.jaas.config}), so TLS and SASL need
 * no code.
 */
final class KafkaClientSettings {

    static final String BOOTSTRAP_ENV = ClientConfigs.BOOTSTRAP_ENV;
    static final String DEFAULT_BOOTSTRAP = "localhost:9092";

    private KafkaClientSettings() {}

    /** Client properties from {@code env}; {@code bootstrapOverride} wins over the environment when set. */
    static Map<String, Object> fromEnvironment(Map<String, String> env, String bootstrapOverride) {
        Map<String, Object> config = new TreeMap<>(ClientConfigs.fromEnvironment(env));
        String bootstrap =
                bootstrapOverride != null ? bootstrapOverride : env.getOrDefault(BOOTSTRAP_ENV, DEFAULT_BOOTSTRAP);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }
}
