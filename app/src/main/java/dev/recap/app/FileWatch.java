package dev.recap.app;

import dev.recap.ingest.FileIngestor;
import dev.recap.ingest.IngestProgress;
import dev.recap.ingest.IngestSummary;
import dev.recap.ingest.SourceWalker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code recap ingest --watch}: scans the input paths every few seconds (polling modification times and
 * sizes, which also works on network and container mounts where file events do not) and re-ingests the
 * files that are new or changed once they have settled.
 */
final class FileWatch {

    static final Duration SCAN_INTERVAL = Duration.ofSeconds(2);
    private final FileIngestor ingestor;
    private final List<Path> paths;
    private final PrintWriter out;
    private final SourceWalker walker = SourceWalker.fromWorkingDirectory();

    FileWatch(FileIngestor ingestor, List<String> inputs, PrintWriter out) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.paths = inputs.stream()
                .filter(i -> !FileIngestor.isUrl(i))
                .map(Path::of)
                .toList();
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Watches until the thread is interrupted. */
    void run() throws InterruptedException {
        Map<Path, ChangedFiles.Stamp> ingested = new HashMap<>(ChangedFiles.snapshot(walker.walk(paths)));
        Map<Path, ChangedFiles.Stamp> previous = ingested;
        out.printf("Watching %d file(s) for changes; Ctrl-C to stop.%n", ingested.size());
        out.flush();
        while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(SCAN_INTERVAL.toMillis());
            Map<Path, ChangedFiles.Stamp> current = ChangedFiles.snapshot(walker.walk(paths));
            List<Path> changed = ChangedFiles.settledChanges(ingested, previous, current);
            if (!changed.isEmpty()) {
                IngestSummary summary = ingestor.ingestInputs(
                        changed.stream().map(Path::toString).toList(), IngestProgress.none());
                IngestCommand.printSummary(out, summary, changed.size() + " changed file(s)");
                changed.forEach(path -> ingested.put(path, current.get(path)));
            }
            previous = current;
        }
        throw new InterruptedException("watch stopped");
    }
}
