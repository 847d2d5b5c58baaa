package dev.recap.notifier.slack;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SlackWebhookClient} posts: connect and request timeouts, attempts per message (first try
 * included), the first backoff delay after a 5xx or network error (doubled each time), the longest
 * {@code Retry-After} honoured, and the least time between two posts to one webhook.
 */
public record SlackClientSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration baseDelay,
        Duration maxRetryAfter,
        Duration minInterval) {

    public SlackClientSettings {
        positive("connectTimeout", connectTimeout);
        positive("requestTimeout", requestTimeout);
        positive("baseDelay", baseDelay);
        positive("maxRetryAfter", maxRetryAfter);
        Objects.requireNonNull(minInterval, "minInterval");
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval must not be negative, was " + minInterval);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
    }

    /** 5 s to connect, 10 s a request, 4 attempts, 500 ms first backoff, Retry-After up to 60 s, 1 s apart. */
    public static SlackClientSettings defaults() {
        return new SlackClientSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                4,
                Duration.ofMillis(500),
                Duration.ofSeconds(60),
                Duration.ofSeconds(1));
    }

    /** The same settings with {@code attempts} attempts and a first backoff of {@code delay}. */
    public SlackClientSettings withRetries(int attempts, Duration delay) {
        return new SlackClientSettings(connectTimeout, requestTimeout, attempts, delay, maxRetryAfter, minInterval);
    }

    /** The same settings waiting at most {@code max} on a {@code Retry-After}. */
    public SlackClientSettings withMaxRetryAfter(Duration max) {
        return new SlackClientSettings(connectTimeout, requestTimeout, maxAttempts, baseDelay, max, minInterval);
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
