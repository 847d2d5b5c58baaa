package dev.recap.streams;

import dev.recap.schemas.ClientConfigs;
import dev.recap.streams.errors.DeadLetterConfig;
import dev.recap.streams.errors.DeadLetterDeserializationHandler;
import dev.recap.streams.errors.DeadLetterProcessingHandler;
import dev.recap.streams.topology.TopologyOptions;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The settings of the Streams app, from the environment with defaults: application id, bootstrap
 * servers, state folder, the zone days and weeks are computed in, exactly-once processing, and the HTTP
 * port and advertised host of the interactive-query server. Poison records go to the dead-letter topic
 * in Recap's dead-letter format and processing continues.
 */
public record StreamsSettings(
        String applicationId,
        String bootstrapServers,
        String stateDir,
        ZoneId zone,
        long commitIntervalMs,
        int httpPort,
        String advertisedHost,
        Map<String, String> clientProperties) {

    public static final String DEFAULT_APPLICATION_ID = "recap-streams";
    public static final String DEFAULT_BOOTSTRAP = "localhost:9092";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    /** Kafka Streams' own default under exactly-once: digests follow their input within a fraction of a second. */
    public static final long DEFAULT_COMMIT_INTERVAL_MS = 100;

    // a stream thread busy with a large batch or a publication can leave more than two short commit
    // intervals between two bursts of a repartition topic: quieter than this is not the end of the input
    private static final long MIN_QUIET_MS = 500;

    /** The producers' batch size, in bytes. */
    public static final int PRODUCER_BATCH_BYTES = 256 * 1024;

    public static final int DEFAULT_HTTP_PORT = 7072;
    /** An HTTP port of 0 binds any free port. */
    public static final int EPHEMERAL_HTTP_PORT = 0;
    /** An HTTP port of -1 runs no HTTP server (and no interactive queries). */
    public static final int HTTP_DISABLED = -1;

    public static final String DEFAULT_ADVERTISED_HOST = "localhost";

    public StreamsSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(advertisedHost, "advertisedHost");
        clientProperties = Map.copyOf(Objects.requireNonNull(clientProperties, "clientProperties"));
        if (applicationId.isBlank()) {
            throw new IllegalArgumentException("The application id must not be blank");
        }
        if (httpPort < HTTP_DISABLED || httpPort > 65_535) {
            throw new IllegalArgumentException(
                    "The HTTP port must be 1-65535, 0 (any free port) or -1 (no HTTP server), was " + httpPort);
        }
        if (advertisedHost.isBlank() || advertisedHost.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
            throw new IllegalArgumentException("Not a host name: '" + advertisedHost + "'");
        }
    }

    /** Settings with the default HTTP port and advertised host. */
    public StreamsSettings(
            String applicationId, String bootstrapServers, String stateDir, ZoneId zone, long commitIntervalMs) {
        this(
                applicationId,
                bootstrapServers,
                stateDir,
                zone,
                commitIntervalMs,
                DEFAULT_HTTP_PORT,
                DEFAULT_ADVERTISED_HOST,
                Map.of());
    }

    /**
     * Reads {@code RECAP_STREAMS_APPLICATION_ID}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code RECAP_STATE_DIR},
     * {@code RECAP_ZONE}, {@code RECAP_COMMIT_INTERVAL_MS}, {@code RECAP_STREAMS_HTTP_PORT} and {@code
     * RECAP_STREAMS_ADVERTISED_HOST}, and passes every other {@code KAFKA_*} variable to the Kafka clients
     * ({@code KAFKA_SECURITY_PROTOCOL} as {@code security.protocol}, and so on: TLS and SASL).
     *
     * @throws IllegalArgumentException naming the variable whose value is not valid
     */
    // The clients' own properties: bootstrap servers have their own setting.
    private static Map<String, String> clientProperties(Map<String, String> env) {
        Map<String, String> client = new TreeMap<>(ClientConfigs.fromEnvironment(env));
        client.remove(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
        return client;
    }

    public static StreamsSettings fromEnvironment(Map<String, String> env) {
        return new StreamsSettings(
                env.getOrDefault("RECAP_STREAMS_APPLICATION_ID", DEFAULT_APPLICATION_ID),
                env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", DEFAULT_BOOTSTRAP),
                env.get("RECAP_STATE_DIR"),
                zone(env.getOrDefault("RECAP_ZONE", DEFAULT_ZONE.getId())),
                number(env, "RECAP_COMMIT_INTERVAL_MS", DEFAULT_COMMIT_INTERVAL_MS),
                (int) number(env, "RECAP_STREAMS_HTTP_PORT", DEFAULT_HTTP_PORT),
                env.getOrDefault("RECAP_STREAMS_ADVERTISED_HOST", DEFAULT_ADVERTISED_HOST),
                clientProperties(env));
    }

    public StreamsSettings withApplicationId(String id) {
        return edit(e -> e.applicationId = id);
    }

    public StreamsSettings withBootstrapServers(String servers) {
        return edit(e -> e.bootstrapServers = servers);
    }

    public StreamsSettings withStateDir(String dir) {
        return edit(e -> e.stateDir = dir);
    }

    public StreamsSettings withZone(ZoneId z) {
        return edit(e -> e.zone = z);
    }

    public StreamsSettings withCommitIntervalMs(long ms) {
        return edit(e -> e.commitIntervalMs = ms);
    }

    public StreamsSettings withHttpPort(int port) {
        return edit(e -> e.httpPort = port);
    }

    public StreamsSettings withAdvertisedHost(String host) {
        return edit(e -> e.advertisedHost = host);
    }

    // A copy with one change; the canonical constructor checks the result.
    private StreamsSettings edit(Consumer<Edit> change) {
        Edit e = new Edit(this);
        change.accept(e);
        return new StreamsSettings(
                e.applicationId,
                e.bootstrapServers,
                e.stateDir,
                e.zone,
                e.commitIntervalMs,
                e.httpPort,
                e.advertisedHost,
                clientProperties);
    }

    private static final class Edit {
        String applicationId;
        String bootstrapServers;
        String stateDir;
        ZoneId zone;
        long commitIntervalMs;
        int httpPort;
        String advertisedHost;

        Edit(StreamsSettings from) {
            applicationId = from.applicationId;
            bootstrapServers = from.bootstrapServers;
            stateDir = from.stateDir;
            zone = from.zone;
            commitIntervalMs = from.commitIntervalMs;
            httpPort = from.httpPort;
            advertisedHost = from.advertisedHost;
        }
    }

    /**
     * How the topology dates and publishes: days and weeks in {@link #zone()}; changed talks, digests and
     * theme-days published once the input has been quiet for two commit intervals and at least 500 ms
     * (records behind a repartition topic come in bursts one commit apart), and at the latest 10 s after a
     * change while it stays busy; late arrivals counted for 4 weeks.
     */
    public TopologyOptions topologyOptions() {
        Duration quiet = Duration.ofMillis(Math.max(MIN_QUIET_MS, 2 * Math.max(1, commitIntervalMs)));
        Duration maxDelay = quiet.compareTo(TopologyOptions.DEFAULT_MAX_EMIT_DELAY) > 0
                ? quiet
                : TopologyOptions.DEFAULT_MAX_EMIT_DELAY;
        return new TopologyOptions(zone, TopologyOptions.DEFAULT_LATE_ARRIVAL_WEEKS, quiet, maxDelay);
    }

    /** The {@code host:port} other instances reach this one's HTTP server at, once the port is known. */
    public String applicationServer() {
        if (httpPort <= 0) {
            throw new IllegalStateException("No bound HTTP port yet (port is " + httpPort + ")");
        }
        return advertisedHost + ":" + httpPort;
    }

    /** The settings, with the names of the client properties but not their values (they hold secrets). */
    @Override
    public String toString() {
        return "StreamsSettings[applicationId=" + applicationId + ", bootstrapServers=" + bootstrapServers
                + ", stateDir=" + stateDir + ", zone=" + zone + ", commitIntervalMs=" + commitIntervalMs
                + ", httpPort=" + httpPort + ", advertisedHost=" + advertisedHost + ", clientProperties="
                + new TreeMap<>(clientProperties).keySet() + "]";
    }

    /**
     * The Kafka Streams properties; {@code deadLetterTopic} receives records that cannot be processed.
     * {@code application.server} is set when the HTTP port is a real port (bind port 0 first, then pass
     * the bound port with {@link #withHttpPort(int)}).
     */
    public Properties toProperties(String deadLetterTopic) {
        Properties p = new Properties();
        // the environment's client settings first: TLS and SASL reach every client, Recap's own settings win
        p.putAll(clientProperties);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.NO_OPTIMIZATION);
        p.put(DeadLetterConfig.TOPIC_CONFIG, Objects.requireNonNull(deadLetterTopic, "deadLetterTopic"));
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        // larger batches than the 16 KB default: publications come in bursts of items and digests of hundreds
        // of KB, and zstd compresses a larger batch better (StreamsBenchmark: +10 %; 1 MB did worse)
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
        if (stateDir != null) {
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        }
        if (httpPort > 0) {
            p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer());
        }
        return p;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("RECAP_ZONE is not a time zone: '" + id + "'", e);
        }
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number != (int) number && name.endsWith("PORT")) {
                throw new IllegalArgumentException(name + " is out of range: '" + value + "'");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: '" + value + "'", e);
        }
    }
}
