package dev.recap.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one ingest run published: how many posts, talk mentions, scheduled talks and dead letters; how
 * many posts were updates (their id was already on the {@code posts} topic when {@code
 * updatesFromTopic}, else sent earlier in the same run); the ids of the posts and the keys of the talks
 * (sorted); and how long it took.
 */
public record IngestSummary(
        int posts,
        int talks,
        int scheduledTalks,
        int updates,
        boolean updatesFromTopic,
        int deadLetters,
        SortedSet<String> postIds,
        SortedSet<String> talkKeys,
        Duration elapsed) {

    public IngestSummary {
        if (posts < 0 || talks < 0 || scheduledTalks < 0 || updates < 0 || deadLetters < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        postIds = Collections.unmodifiableSortedSet(new TreeSet<>(postIds));
        talkKeys = Collections.unmodifiableSortedSet(new TreeSet<>(talkKeys));
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** The same counts as before issue 3, for callers that publish posts only. */
    public IngestSummary(
            int posts,
            int talks,
            int deadLetters,
            SortedSet<String> postIds,
            SortedSet<String> talkKeys,
            Duration elapsed) {
        this(posts, talks, 0, 0, false, deadLetters, postIds, talkKeys, elapsed);
    }
}
