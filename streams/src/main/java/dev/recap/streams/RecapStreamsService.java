package dev.recap.streams;

import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.classify.ThemeClassifier;
import dev.recap.streams.topology.RecapTopology;
import dev.recap.streams.web.StoreNames;
import dev.recap.streams.web.StreamsHttpServer;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link RecapTopology} with {@link StreamsSettings}: a failed stream thread is replaced (poison
 * records already go to the dead-letter topic, so a thread dies only of something worth retrying), the
 * state is queryable over HTTP ({@link StreamsHttpServer}, unless the port is -1), and {@link #close()}
 * waits for a clean shutdown.
 */
public final class RecapStreamsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecapStreamsService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final StreamsHttpServer http;
    private final StreamsSettings effective;
    private final Set<String> stores;

    public RecapStreamsService(TopicCatalogue catalogue, StreamsSettings settings) {
        Objects.requireNonNull(catalogue, "catalogue");
        Topology topology =
                RecapTopology.build(catalogue, settings.topologyOptions(), ThemeClassifier.withDefaultRules());
        this.stores = StoreNames.in(topology);
        // Bound before Streams is built: with port 0 only the bound port can be advertised to other instances.
        this.http = settings.httpPort() == StreamsSettings.HTTP_DISABLED
                ? null
                : StreamsHttpServer.bind(settings.httpPort());
        this.effective = http == null ? settings : settings.withHttpPort(http.port());
        try {
            this.streams = new KafkaStreams(
                    topology, effective.toProperties(catalogue.deadLetters().name()));
        } catch (RuntimeException e) {
            if (http != null) {
                http.close();
            }
            throw e;
        }
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("A stream thread failed; replacing it", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    /** Starts processing in the background, then serves HTTP queries. */
    public void start() {
        streams.start();
        if (http != null) {
            http.start(streams, new HostInfo(effective.advertisedHost(), http.port()), stores);
        }
    }

    /** The state of the Streams client, for health checks. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /**
     * The talk id that {@code talkKey} resolves to, read from this instance's resolver store; empty when
     * the key is not known here yet or the store is not queryable (starting, rebalancing).
     */
    public Optional<String> talkIdOf(String talkKey) {
        try {
            ReadOnlyKeyValueStore<String, String> store = streams.store(StoreQueryParameters.fromNameAndType(
                    RecapTopology.TALK_RESOLUTIONS_STORE, QueryableStoreTypes.keyValueStore()));
            return Optional.ofNullable(store.get(talkKey));
        } catch (InvalidStateStoreException e) {
            return Optional.empty();
        }
    }

    /**
     * Talks and weeks changed on this instance and not yet published (the sum of the processors' {@code
     * pending-changes} gauges): 0 once every digest and theme-day is current with what was processed.
     */
    public long pendingChanges() {
        return Math.round(streams.metrics().entrySet().stream()
                .filter(e -> e.getKey().group().equals(RecapTopology.PENDING_CHANGES_GROUP)
                        && e.getKey().name().equals(RecapTopology.PENDING_CHANGES_METRIC))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
                .sum());
    }

    /** The port the HTTP server listens on, or -1 when HTTP is disabled. */
    public int httpPort() {
        return http == null ? StreamsSettings.HTTP_DISABLED : http.port();
    }

    /** The settings in force, with the HTTP port actually bound. */
    public StreamsSettings settings() {
        return effective;
    }

    @Override
    public void close() {
        if (http != null) {
            http.close();
        }
        if (!streams.close(CLOSE_TIMEOUT)) {
            LOG.warn("Kafka Streams did not stop within {}", CLOSE_TIMEOUT);
        }
    }
}
