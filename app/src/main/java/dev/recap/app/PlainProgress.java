package dev.recap.app;

import dev.recap.ingest.IngestCounts;
import dev.recap.ingest.IngestProgress;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Progress for runs whose output is not a terminal (pipes, CI, compose logs), where a redrawn bar would
 * be noise: one plain line every {@value #EVERY_INPUTS} inputs or every {@link #EVERY} (whichever comes
 * first) with what the run has published so far. None after the last input: the summary follows it.
 */
final class PlainProgress implements IngestProgress {

    static final int EVERY_INPUTS = 100;
    static final Duration EVERY = Duration.ofSeconds(10);
    private final PrintWriter out;
    private final Clock clock;
    private Instant started;
    private Instant lastLine;
    private int total;
    private int done;

    PlainProgress(PrintWriter out, Clock clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void started(int inputs) {
        total = inputs;
        done = 0;
        started = clock.instant();
        lastLine = started;
    }

    @Override
    public void advanced(String source, IngestCounts soFar) {
        done++;
        Instant now = clock.instant();
        boolean due = done % EVERY_INPUTS == 0 || !now.isBefore(lastLine.plus(EVERY));
        if (due && done < total) {
            out.println(line(done, total, soFar, Duration.between(started, now)));
            out.flush();
            lastLine = now;
        }
    }

    static String line(int done, int total, IngestCounts soFar, Duration elapsed) {
        return String.format(
                Locale.ROOT,
                "Ingesting: %d/%d input(s) read; %d post(s) (%d update(s)), %d talk mention(s), %d scheduled talk(s),"
                        + " %d dead letter(s) so far; %.1f s",
                done,
                total,
                soFar.posts(),
                soFar.updates(),
                soFar.talks(),
                soFar.scheduledTalks(),
                soFar.deadLetters(),
                elapsed.toMillis() / 1000.0);
    }
}
