package dev.recap.streams;

import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.classify.ThemeClassifier;
import dev.recap.streams.topology.RecapTopology;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link RecapTopology} with {@link StreamsSettings}: a failed stream thread is replaced (poison
 * records already go to the dead-letter topic, so a thread dies only of something worth retrying), and
 * {@link #close()} waits for a clean shutdown.
 */
public final class RecapStreamsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecapStreamsService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;

    public RecapStreamsService(TopicCatalogue catalogue, StreamsSettings settings) {
        Objects.requireNonNull(catalogue, "catalogue");
        Topology topology = RecapTopology.build(catalogue, settings.zone(), ThemeClassifier.withDefaultRules());
        this.streams = new KafkaStreams(
                topology, settings.toProperties(catalogue.deadLetters().name()));
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("A stream thread failed; replacing it", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    /** Starts processing in the background. */
    public void start() {
        streams.start();
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

    @Override
    public void close() {
        if (!streams.close(CLOSE_TIMEOUT)) {
            LOG.warn("Kafka Streams did not stop within {}", CLOSE_TIMEOUT);
        }
    }
}
