package dev.recap.streams.topology;

import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The talks or weeks a processor changed and has not published yet, and when it publishes them. The keys
 * are kept in memory and in a store of the processor (so a crash between two publications loses none:
 * they are read back when the task starts); they are published when {@link Coalescing} says so, checked on
 * wall-clock time, in key order, and their count is the {@link PendingChanges} gauge. The processor calls
 * {@link #start} from {@code init}, {@link #mark} for each changed key, {@link #recordSeen} after each
 * record and {@link #close} from {@code close}.
 */
final class Publication {

    private final String processor;
    private final String storeName;
    private final Coalescing coalescing;
    private final Set<String> changed = new HashSet<>();
    private ProcessorContext<?, ?> context;
    private KeyValueStore<String, String> store;
    private PendingChanges pending;

    Publication(String processor, String storeName, Duration quiet, Duration maxDelay) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.coalescing = new Coalescing(quiet, maxDelay);
    }

    /**
     * Reads back the keys not yet published (pending from now) and schedules the checks; {@code publish}
     * receives the changed keys, sorted, and publishes what they changed.
     */
    void start(ProcessorContext<?, ?> context, Consumer<SortedSet<String>> publish) {
        this.context = Objects.requireNonNull(context, "context");
        Objects.requireNonNull(publish, "publish");
        store = context.getStateStore(storeName);
        try (KeyValueIterator<String, String> all = store.all()) {
            all.forEachRemaining(kv -> changed.add(kv.key));
        }
        if (!changed.isEmpty()) {
            coalescing.pending(context.currentSystemTimeMs());
        }
        pending = new PendingChanges(context, processor);
        pending.record(changed.size());
        context.schedule(coalescing.checkEvery(), PunctuationType.WALL_CLOCK_TIME, now -> {
            if (coalescing.due(now)) {
                SortedSet<String> keys = new TreeSet<>(changed);
                publish.accept(keys);
                keys.forEach(store::delete);
                changed.clear();
                coalescing.published();
                pending.record(0);
            }
        });
    }

    /** {@code key} changed and is to be published. */
    void mark(String key) {
        if (changed.add(key)) {
            store.put(key, "");
        }
    }

    /** A record was processed, now. */
    void recordSeen() {
        coalescing.onRecord(context.currentSystemTimeMs(), !changed.isEmpty());
        pending.record(changed.size());
    }

    void close() {
        if (pending != null) {
            pending.close();
        }
    }
}
