package dev.recap.app;

import dev.recap.ingest.IngestCounts;
import dev.recap.ingest.IngestProgress;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

/**
 * A progress bar on standard error, redrawn in place, for runs on a terminal; elsewhere (pipes, CI,
 * compose logs) {@link #forConsole(boolean, PrintWriter, Clock)} gives a {@link PlainProgress}, which
 * prints a plain line now and then instead.
 */
final class TerminalProgress implements IngestProgress {

    private static final int WIDTH = 30;
    private static final int MAX_SOURCE_CHARS = 40;
    private final PrintWriter err;
    private int total;
    private int done;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} when {@code terminal}, else periodic plain lines on {@code err}. */
    static IngestProgress forConsole(boolean terminal, PrintWriter err, Clock clock) {
        return terminal ? new TerminalProgress(err) : new PlainProgress(err, clock);
    }

    @Override
    public void started(int inputs) {
        total = inputs;
    }

    @Override
    public void advanced(String source, IngestCounts soFar) {
        done++;
        err.print("\r" + line(done, total, source));
        err.flush();
    }

    @Override
    public void finished() {
        if (done > 0) {
            err.println();
            err.flush();
        }
    }

    static String line(int done, int total, String source) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String shown = source.length() <= MAX_SOURCE_CHARS
                ? source
                : "…" + source.substring(source.length() - MAX_SOURCE_CHARS + 1);
        return String.format(
                Locale.ROOT,
                "[%s%s] %d/%d %-" + MAX_SOURCE_CHARS + "s",
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                done,
                total,
                shown);
    }
}
