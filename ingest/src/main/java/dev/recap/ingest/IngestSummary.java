package dev.recap.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one ingest run published: how many posts, talk mentions and dead letters, the ids of the posts
 * and the keys of the talks (sorted), and how long it took.
 */
public record IngestSummary(
        int posts,
        int talks,
        int deadLetters,
        SortedSet<String> postIds,
        SortedSet<String> talkKeys,
        Duration elapsed) {

    public IngestSummary {
        if (posts < 0 || talks < 0 || deadLetters < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        postIds = Collections.unmodifiableSortedSet(new TreeSet<>(postIds));
        talkKeys = Collections.unmodifiableSortedSet(new TreeSet<>(talkKeys));
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
