package dev.recap.ingest;

import dev.recap.ingest.source.FeedPoll;
import dev.recap.ingest.source.FeedPoller;
import dev.recap.ingest.source.FeedStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows feeds: at each round it polls the feeds that are due, publishes the posts of new items (their
 * articles fetched when the feed carries only summaries) and the first failure of a feed as a dead
 * letter, and checks every send. One producer serves the whole follow; {@link #close()} closes it.
 */
public final class FeedFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedFollower.class);
    private static final Duration MAX_SLEEP = Duration.ofMinutes(1);
    private final IngestRun run;
    private final FileExtractor extractor;
    private final FeedPoller poller;
    private final Clock clock;

    FeedFollower(Supplier<IngestRun> runs, FileExtractor extractor, FeedPoller poller, Clock clock) {
        this.run = runs.get();
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.poller = Objects.requireNonNull(poller, "poller");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Polls every due feed once, publishes, waits for the sends; returns the totals so far. */
    public IngestSummary pollOnce() throws InterruptedException {
        for (FeedPoll poll : poller.pollDue()) {
            publish(poll);
        }
        run.flush();
        return run.summary();
    }

    /** Polls until the thread is interrupted, sleeping until the next feed is due. */
    public void followUntilInterrupted() throws InterruptedException {
        followUntilInterrupted(summary -> {});
    }

    /** As {@link #followUntilInterrupted()}, telling {@code afterRound} the totals after every round. */
    public void followUntilInterrupted(Consumer<IngestSummary> afterRound) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            IngestSummary summary = pollOnce();
            LOG.debug("Feeds polled; {} posts, {} dead letters so far", summary.posts(), summary.deadLetters());
            afterRound.accept(summary);
            Instant next = poller.nextDue().orElse(clock.instant().plus(MAX_SLEEP));
            Duration wait = Duration.between(clock.instant(), next);
            if (wait.compareTo(MAX_SLEEP) > 0) {
                wait = MAX_SLEEP;
            }
            if (!wait.isNegative() && !wait.isZero()) {
                Thread.sleep(wait.toMillis());
            }
        }
        throw new InterruptedException("feed following stopped");
    }

    /** The state of every feed followed. */
    public List<FeedStatus> statuses() {
        return poller.statuses();
    }

    private void publish(FeedPoll poll) {
        if (poll instanceof FeedPoll.NewItems items && !items.items().isEmpty()) {
            run.publish(poll.url(), extractor.feedPosts().extract(items.feed(), items.items()));
        } else if (poll instanceof FeedPoll.Other other) {
            run.publish(poll.url(), extractor.read(poll.url(), other.bytes()));
        } else if (poll instanceof FeedPoll.Failed failed && failed.newlyFailing()) {
            run.deadLetter(poll.url(), failed.original(), failed.reason(), failed.message());
        }
    }

    @Override
    public void close() {
        run.close();
    }
}
