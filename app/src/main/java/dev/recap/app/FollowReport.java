package dev.recap.app;

import dev.recap.ingest.IngestSummary;
import dev.recap.ingest.source.FeedStatus;
import dev.recap.ingest.source.Redaction;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What {@code recap ingest --feed URL} prints while it follows feeds: a line after each round that
 * published something (new posts, talk mentions and dead letters, with the totals), a line when a feed
 * starts failing or fails again, and one when it recovers. Quiet rounds print nothing.
 */
final class FollowReport {

    private final PrintWriter out;
    private final Supplier<List<FeedStatus>> statuses;
    private final Map<String, Integer> failures = new HashMap<>();
    private int posts;
    private int talks;
    private int deadLetters;

    FollowReport(PrintWriter out, Supplier<List<FeedStatus>> statuses) {
        this.out = Objects.requireNonNull(out, "out");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
    }

    /** The line that says {@code status}'s feed is failing, and when it is tried again. */
    static String failing(FeedStatus status) {
        return String.format(
                "Feed %s failing (%d time(s)): %s; next attempt %s",
                Redaction.of(status.url()), status.failures(), status.lastError(), status.nextAttempt());
    }

    void afterRound(IngestSummary totals) {
        if (totals.posts() != posts || totals.deadLetters() != deadLetters) {
            out.printf(
                    "%d new post(s), %d talk mention(s), %d dead letter(s); %d post(s) since the start%n",
                    totals.posts() - posts, totals.talks() - talks, totals.deadLetters() - deadLetters, totals.posts());
            posts = totals.posts();
            talks = totals.talks();
            deadLetters = totals.deadLetters();
        }
        for (FeedStatus status : statuses.get()) {
            int before = failures.getOrDefault(status.url(), 0);
            if (status.failures() > before) {
                out.println(failing(status));
            } else if (status.failures() == 0 && before > 0) {
                out.printf("Feed %s reads again%n", Redaction.of(status.url()));
            }
            failures.put(status.url(), status.failures());
        }
        out.flush();
    }
}
