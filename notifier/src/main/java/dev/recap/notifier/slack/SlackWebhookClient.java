package dev.recap.notifier.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts Block Kit payloads to Slack incoming webhooks with the JDK {@link HttpClient}. 2xx is delivered;
 * 429 waits for {@code Retry-After} and tries again; 5xx and network errors are retried with exponential
 * backoff; any other status fails at once with Slack's reason. Posts to one webhook are serialised and
 * kept {@link SlackClientSettings#minInterval()} apart (Slack allows about one message a second).
 */
public final class SlackWebhookClient {

    private static final Logger LOG = LoggerFactory.getLogger(SlackWebhookClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_BYTES = 1_024;

    private final SlackClientSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ConcurrentMap<URI, Pacer> pacers = new ConcurrentHashMap<>();

    /** A client on the system clock that really sleeps. */
    public SlackWebhookClient(SlackClientSettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** A client reading time from {@code clock} and waiting through {@code sleeper}. */
    public SlackWebhookClient(SlackClientSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        // No redirects: a webhook never moves, and following one would carry the payload elsewhere.
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Posts {@code payloads} to {@code webhook} in order, each one after the previous is accepted. Throws
     * at the first part that cannot be delivered; {@link SlackDeliveryException#partsDelivered()} says how
     * many were.
     */
    public SlackDeliveryResult post(SlackWebhook webhook, List<ObjectNode> payloads) throws SlackDeliveryException {
        Objects.requireNonNull(webhook, "webhook");
        if (payloads.isEmpty()) {
            throw new IllegalArgumentException("Nothing to post to " + webhook);
        }
        Pacer pacer = pacers.computeIfAbsent(webhook.url(), url -> new Pacer());
        synchronized (pacer) {
            int attempts = 0;
            for (int part = 0; part < payloads.size(); part++) {
                attempts += postPart(webhook, pacer, bytes(payloads.get(part)), part, payloads.size());
            }
            return new SlackDeliveryResult(payloads.size(), attempts);
        }
    }

    /** Returns the number of attempts the part took. */
    private int postPart(SlackWebhook webhook, Pacer pacer, byte[] body, int part, int parts)
            throws SlackDeliveryException {
        Duration delay = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            waitBeforePost(webhook, pacer, delay, part);
            SlackAnswer answer;
            try {
                answer = exchange(webhook, body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SlackDeliveryException(
                        "Interrupted while posting to " + webhook, "interrupted", false, 0, part);
            }
            pacer.last = clock.instant();
            if (answer.delivered()) {
                LOG.debug("Posted part {}/{} to {} in {} attempt(s)", part + 1, parts, webhook, attempt);
                return attempt;
            }
            if (answer.permanent()) {
                throw failure(webhook, answer, part, parts, true, "refused");
            }
            if (attempt >= settings.maxAttempts()) {
                throw failure(webhook, answer, part, parts, false, "failed after " + attempt + " attempts");
            }
            delay = answer.retryDelay(settings, attempt, clock.instant());
            LOG.warn(
                    "Slack webhook {} answered {} to part {}/{}; retrying in {} ms or more (pacing)",
                    webhook,
                    answer.describe(),
                    part + 1,
                    parts,
                    delay.toMillis());
        }
    }

    /** Waits the retry delay or until the webhook's pace allows another post, whichever is longer. */
    private void waitBeforePost(SlackWebhook webhook, Pacer pacer, Duration delay, int part)
            throws SlackDeliveryException {
        Duration wait = delay;
        if (pacer.last != null) {
            Duration pace = Duration.between(clock.instant(), pacer.last.plus(settings.minInterval()));
            wait = pace.compareTo(wait) > 0 ? pace : wait;
        }
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackDeliveryException(
                    "Interrupted while waiting to post to " + webhook, "interrupted", false, 0, part);
        }
    }

    private SlackAnswer exchange(SlackWebhook webhook, byte[] body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(webhook.url())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Recap-Notifier")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String text;
            try (InputStream in = response.body()) {
                // Slack answers a few bytes; a longer body is cut rather than buffered whole.
                text = new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
            }
            String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            return new SlackAnswer(response.statusCode(), webhook.redact(text), retryAfter);
        } catch (IOException e) {
            // The exception's own message may quote the URL: only a redacted description travels on.
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return SlackAnswer.networkError(webhook.redact(reason));
        }
    }

    private static SlackDeliveryException failure(
            SlackWebhook webhook, SlackAnswer answer, int part, int parts, boolean permanent, String what) {
        String message = "Slack webhook of channel " + webhook.channel() + " (" + webhook.redacted() + ") " + what
                + " on part " + (part + 1) + "/" + parts + ": " + answer.describe();
        return new SlackDeliveryException(message, answer.reason(), permanent, answer.status(), part);
    }

    private static byte[] bytes(ObjectNode payload) {
        try {
            return JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A JSON tree always serialises", e);
        }
    }

    /** When the last post to one webhook ended; guarded by the pacer's own monitor. */
    private static final class Pacer {
        private Instant last;
    }
}
