package dev.recap.streams.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the key-value stores of the tasks active on this instance only. A store that cannot be read
 * yet (starting, restoring, rebalancing) raises {@link NotQueryableException}.
 */
final class LocalStores {

    private final KafkaStreams streams;

    LocalStores(KafkaStreams streams) {
        this.streams = Objects.requireNonNull(streams, "streams");
    }

    /** The value of {@code key}, when an active task of this instance holds it. */
    <V> Optional<V> get(String store, String key) {
        try {
            return Optional.ofNullable(this.<V>store(store).get(key));
        } catch (InvalidStateStoreException e) {
            throw notQueryable(store, e);
        }
    }

    /** Every entry of {@code store} on this instance, in key order per partition. */
    <V> List<KeyValue<String, V>> all(String store) {
        try (KeyValueIterator<String, V> entries = this.<V>store(store).all()) {
            return drain(entries);
        } catch (InvalidStateStoreException e) {
            throw notQueryable(store, e);
        }
    }

    /** The entries of {@code store} on this instance whose key starts with {@code prefix}. */
    <V> List<KeyValue<String, V>> withPrefix(String store, String prefix) {
        try (KeyValueIterator<String, V> entries =
                this.<V>store(store).prefixScan(prefix, Serdes.String().serializer())) {
            return drain(entries);
        } catch (InvalidStateStoreException e) {
            throw notQueryable(store, e);
        }
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String store) {
        try {
            return streams.store(
                    StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore()));
        } catch (IllegalStateException e) {
            throw new NotQueryableException("Kafka Streams is " + streams.state(), e);
        }
    }

    private static <V> List<KeyValue<String, V>> drain(KeyValueIterator<String, V> entries) {
        List<KeyValue<String, V>> list = new ArrayList<>();
        entries.forEachRemaining(list::add);
        return list;
    }

    private static NotQueryableException notQueryable(String store, InvalidStateStoreException e) {
        return new NotQueryableException("Store " + store + " is not queryable right now", e);
    }
}
