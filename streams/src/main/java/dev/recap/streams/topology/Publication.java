package dev.recap.streams.topology;

import java.time.Duration;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * How a processor that keeps a set of changed talks or weeks publishes them: when {@link Coalescing} says
 * so, checked on wall-clock time, with the size of the set on the {@link PendingChanges} gauge. The
 * processor calls {@link #start} from {@code init}, {@link #recordSeen} after each record and {@link
 * #close} from {@code close}.
 */
final class Publication {

    private final String processor;
    private final Coalescing coalescing;
    private ProcessorContext<?, ?> context;
    private IntSupplier changed;
    private PendingChanges pending;

    Publication(String processor, Duration quiet, Duration maxDelay) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.coalescing = new Coalescing(quiet, maxDelay);
    }

    /**
     * Schedules the checks; {@code changed} counts the changes not yet published (those restored from the
     * stores count as pending from now), {@code publish} publishes them all.
     */
    void start(ProcessorContext<?, ?> context, IntSupplier changed, Runnable publish) {
        this.context = Objects.requireNonNull(context, "context");
        this.changed = Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(publish, "publish");
        if (changed.getAsInt() > 0) {
            coalescing.pending(context.currentSystemTimeMs());
        }
        pending = new PendingChanges(context, processor);
        pending.record(changed.getAsInt());
        context.schedule(coalescing.checkEvery(), PunctuationType.WALL_CLOCK_TIME, now -> {
            if (coalescing.due(now)) {
                publish.run();
                coalescing.published();
                pending.record(changed.getAsInt());
            }
        });
    }

    /** A record was processed, now. */
    void recordSeen() {
        int count = changed.getAsInt();
        coalescing.onRecord(context.currentSystemTimeMs(), count > 0);
        pending.record(count);
    }

    void close() {
        if (pending != null) {
            pending.close();
        }
    }
}
