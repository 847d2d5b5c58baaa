package dev.recap.streams;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * The settings of the Streams app, from the environment with defaults: application id, bootstrap
 * servers, state folder, the zone days and weeks are computed in, and exactly-once processing. Poison
 * records go to the dead-letter topic and processing continues.
 */
public record StreamsSettings(
        String applicationId, String bootstrapServers, String stateDir, ZoneId zone, long commitIntervalMs) {

    public static final String DEFAULT_APPLICATION_ID = "recap-streams";
    public static final String DEFAULT_BOOTSTRAP = "localhost:9092";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    public static final long DEFAULT_COMMIT_INTERVAL_MS = 1_000;

    public StreamsSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Reads {@code RECAP_STREAMS_APPLICATION_ID}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code RECAP_STATE_DIR},
     * {@code RECAP_ZONE} and {@code RECAP_COMMIT_INTERVAL_MS}.
     */
    public static StreamsSettings fromEnvironment(Map<String, String> env) {
        return new StreamsSettings(
                env.getOrDefault("RECAP_STREAMS_APPLICATION_ID", DEFAULT_APPLICATION_ID),
                env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", DEFAULT_BOOTSTRAP),
                env.get("RECAP_STATE_DIR"),
                ZoneId.of(env.getOrDefault("RECAP_ZONE", DEFAULT_ZONE.getId())),
                Long.parseLong(
                        env.getOrDefault("RECAP_COMMIT_INTERVAL_MS", String.valueOf(DEFAULT_COMMIT_INTERVAL_MS))));
    }

    public StreamsSettings withApplicationId(String id) {
        return new StreamsSettings(id, bootstrapServers, stateDir, zone, commitIntervalMs);
    }

    public StreamsSettings withBootstrapServers(String servers) {
        return new StreamsSettings(applicationId, servers, stateDir, zone, commitIntervalMs);
    }

    public StreamsSettings withStateDir(String dir) {
        return new StreamsSettings(applicationId, bootstrapServers, dir, zone, commitIntervalMs);
    }

    public StreamsSettings withZone(ZoneId z) {
        return new StreamsSettings(applicationId, bootstrapServers, stateDir, z, commitIntervalMs);
    }

    public StreamsSettings withCommitIntervalMs(long ms) {
        return new StreamsSettings(applicationId, bootstrapServers, stateDir, zone, ms);
    }

    /** The Kafka Streams properties; {@code deadLetterTopic} receives records that cannot be processed. */
    public Properties toProperties(String deadLetterTopic) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.NO_OPTIMIZATION);
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        if (stateDir != null) {
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        }
        return p;
    }
}
