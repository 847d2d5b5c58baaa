package dev.recap.notifier.slack;

import java.time.Duration;

/** Waits for a while; injected so tests can record the waits instead of sleeping through them. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread for {@link Thread#sleep}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits {@code duration} (always positive), or throws when the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;
}
