package dev.recap.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The settings of ingest's producers: idempotent with {@code acks=all} whatever the caller passed, and
 * the connection part (bootstrap, TLS, SASL) reused by the reader of known post ids.
 */
final class ProducerSettings {

    private ProducerSettings() {}

    /** Settings for {@code bootstrapServers}: idempotent, {@code acks=all}, a client id, batching, zstd. */
    static Properties defaults(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "recap-ingest");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        return safe(props);
    }

    // Safety settings win over whatever the caller passed: replays rely on idempotent, fully acked writes.
    static Properties safe(Properties config) {
        Properties props = new Properties();
        props.putAll(config);
        props.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        props.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }

    /** The connection settings (bootstrap, TLS, SASL) of {@code producerConfig}, for a consumer. */
    static Map<String, Object> readerConfig(Properties producerConfig) {
        Map<String, Object> config = new HashMap<>();
        producerConfig.forEach((key, value) -> {
            String name = key.toString();
            if (name.equals(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)
                    || name.startsWith("security.")
                    || name.startsWith("ssl.")
                    || name.startsWith("sasl.")) {
                config.put(name, value);
            }
        });
        return config;
    }
}
