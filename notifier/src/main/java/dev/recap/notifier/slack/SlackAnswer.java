package dev.recap.notifier.slack;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What one post to a webhook came back with: an HTTP status (0 after a network error), Slack's reason text
 * (already redacted, one line, cut) and the {@code Retry-After} header, and what that means for a retry.
 */
record SlackAnswer(int status, String reason, String retryAfter) {

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final int MAX_REASON_CHARS = 200;
    private static final int MAX_BACKOFF_DOUBLINGS = 20;

    SlackAnswer {
        String line = SlackText.oneLine(reason);
        reason = line.isEmpty() ? "(no reason given)" : SlackText.cutPlain(line, MAX_REASON_CHARS);
    }

    static SlackAnswer networkError(String reason) {
        return new SlackAnswer(0, reason, null);
    }

    boolean delivered() {
        return status >= 200 && status < 300;
    }

    /** 429, 5xx and network errors may pass; anything else (4xx, and 1xx/3xx we never expect) will not. */
    boolean permanent() {
        return !delivered() && status != 0 && status != 429 && (status < 500 || status > 599);
    }

    /** How long to wait before attempt {@code attempt + 1}. */
    Duration retryDelay(SlackClientSettings settings, int attempt, Instant now) {
        if (status == 429) {
            Duration asked = retryAfter(now);
            return asked.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : asked;
        }
        return settings.baseDelay().multipliedBy(1L << Math.min(attempt - 1, MAX_BACKOFF_DOUBLINGS));
    }

    String describe() {
        return (status == 0 ? "network error" : "HTTP " + status) + " " + reason;
    }

    /** Seconds or an HTTP date (RFC 9110); absent, past or unreadable means one second. */
    private Duration retryAfter(Instant now) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        String value = retryAfter.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_RETRY_AFTER;
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until =
                        Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() || until.isZero() ? DEFAULT_RETRY_AFTER : until;
            } catch (DateTimeParseException notADate) {
                return DEFAULT_RETRY_AFTER;
            }
        }
    }
}
