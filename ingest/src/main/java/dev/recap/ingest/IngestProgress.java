package dev.recap.ingest;

/** Hears how a run advances, for a progress bar; called from the ingesting thread. */
public interface IngestProgress {

    /** The run knows it has {@code total} inputs (files and URLs) to read. */
    default void started(int total) {}

    /** One more input, {@code source}, was read and published. */
    default void advanced(String source) {}

    /** The run is over. */
    default void finished() {}

    /** Hears nothing. */
    static IngestProgress none() {
        return new IngestProgress() {};
    }
}
