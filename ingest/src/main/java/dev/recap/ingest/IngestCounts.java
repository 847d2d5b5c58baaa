package dev.recap.ingest;

/**
 * How much a run has published so far: posts (of which {@code updates} were already known), talk
 * mentions, scheduled talks and dead letters. Progress reporters receive it after each input.
 */
public record IngestCounts(int posts, int talks, int scheduledTalks, int updates, int deadLetters) {

    public IngestCounts {
        if (posts < 0 || talks < 0 || scheduledTalks < 0 || updates < 0 || deadLetters < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }
}
