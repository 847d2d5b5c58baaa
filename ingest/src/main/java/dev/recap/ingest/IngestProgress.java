package dev.recap.ingest;

/** Hears how a run advances, for a progress bar or a progress line; called from the ingesting thread. */
public interface IngestProgress {

    /** The run knows it has {@code total} inputs (files and URLs) to read. */
    default void started(int total) {}

    /** One more input, {@code source}, was read and published; {@code soFar} is what the run has published. */
    default void advanced(String source, IngestCounts soFar) {}

    /** The run is over (whether it succeeded or not). */
    default void finished() {}

    /** Hears nothing. */
    static IngestProgress none() {
        return new IngestProgress() {};
    }
}
