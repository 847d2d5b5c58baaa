package dev.recap.ingest.source;

import dev.recap.ingest.parse.DocumentParser;
import dev.recap.ingest.parse.DocumentResult;
import dev.recap.ingest.parse.FeedItem;
import dev.recap.ingest.parse.SkipReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds: each due feed is fetched conditionally ({@code ETag}/{@code If-Modified-Since}; 304 means
 * nothing to do), its items deduplicated by GUID, then link, against what earlier polls saw. A feed that
 * fails is retried after an exponential backoff (interval × 2^failures, capped) and logged once per
 * change of state. An OPML list adds its feeds. Not thread-safe: one polling loop owns it.
 */
public final class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private final SafeFetcher fetcher;
    private final DocumentParser parser = new DocumentParser();
    private final Clock clock;
    private final Duration interval;
    private final Duration maxBackoff;
    private final Map<String, FeedState> feeds = new LinkedHashMap<>();

    public FeedPoller(SafeFetcher fetcher, Clock clock, Duration interval, Duration maxBackoff) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
    }

    /** Adds {@code url} to the feeds polled (once); it is due at once. */
    public void add(String url) {
        feeds.computeIfAbsent(url.strip(), u -> new FeedState(u, clock.instant()));
    }

    /** Polls every feed that is due now, in the order they were added. */
    public List<FeedPoll> pollDue() throws InterruptedException {
        Instant now = clock.instant();
        List<FeedState> due =
                feeds.values().stream().filter(f -> !f.nextAttempt.isAfter(now)).toList();
        List<FeedPoll> polls = new ArrayList<>();
        for (FeedState feed : due) {
            polls.add(poll(feed));
        }
        return polls;
    }

    /** When the next feed is due, or empty when none is polled. */
    public Optional<Instant> nextDue() {
        return feeds.values().stream().map(f -> f.nextAttempt).min(Instant::compareTo);
    }

    /** The state of every feed, in the order they were added. */
    public List<FeedStatus> statuses() {
        return feeds.values().stream()
                .map(f -> new FeedStatus(f.url, f.failures, f.lastError, f.nextAttempt))
                .toList();
    }

    private FeedPoll poll(FeedState feed) throws InterruptedException {
        Fetched fetched;
        try {
            fetched = fetcher.fetch(feed.url, feed.validators);
        } catch (FetchException e) {
            return failed(feed, null, e.refused() ? SkipReason.URL_REFUSED : SkipReason.FETCH_FAILED, e.getMessage());
        }
        if (fetched instanceof Fetched.NotModified) {
            return succeeded(feed, new FeedPoll.Unchanged(feed.url));
        }
        Fetched.Body body = (Fetched.Body) fetched;
        DocumentResult document = parser.parse(body.bytes());
        if (document instanceof DocumentResult.Skipped skipped) {
            return failed(feed, body.bytes(), skipped.reason(), skipped.message());
        }
        feed.validators = body.validators();
        if (document instanceof DocumentResult.FeedList list) {
            list.feeds().forEach(this::add);
            return succeeded(feed, new FeedPoll.Unchanged(feed.url));
        }
        if (document instanceof DocumentResult.Feed items) {
            List<FeedItem> fresh =
                    items.items().stream().filter(feed::firstSight).toList();
            return succeeded(feed, new FeedPoll.NewItems(feed.url, items, fresh));
        }
        return succeeded(feed, new FeedPoll.Other(feed.url, body.bytes()));
    }

    private FeedPoll succeeded(FeedState feed, FeedPoll poll) {
        if (feed.failures > 0) {
            LOG.info("Feed {} recovered after {} failed poll(s)", Redaction.of(feed.url), feed.failures);
        }
        feed.failures = 0;
        feed.lastError = null;
        feed.nextAttempt = clock.instant().plus(interval);
        return poll;
    }

    private FeedPoll failed(FeedState feed, byte[] original, SkipReason reason, String message) {
        feed.failures++;
        feed.lastError = message;
        Duration backoff = backoff(feed.failures);
        feed.nextAttempt = clock.instant().plus(backoff);
        boolean newlyFailing = feed.failures == 1;
        if (newlyFailing) {
            LOG.warn(
                    "Feed {} failed: {}; retrying with backoff (next in {})", Redaction.of(feed.url), message, backoff);
        } else {
            LOG.debug("Feed {} failed again ({} times): {}", Redaction.of(feed.url), feed.failures, message);
        }
        return new FeedPoll.Failed(feed.url, original, reason, message, newlyFailing);
    }

    /** interval × 2^failures, capped at the maximum backoff. */
    Duration backoff(int failures) {
        Duration delay = interval;
        for (int i = 0; i < failures && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
