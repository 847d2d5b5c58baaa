package dev.recap.ingest.source;

import java.time.Instant;

/** Where a polled feed stands: consecutive failures, the last error (or {@code null}), the next attempt. */
public record FeedStatus(String url, int failures, String lastError, Instant nextAttempt) {

    public boolean failing() {
        return failures > 0;
    }
}
