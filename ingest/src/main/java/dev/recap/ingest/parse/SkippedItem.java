package dev.recap.ingest.parse;

import java.util.Objects;

/**
 * One part of a document that was left out while the rest was read (a feed item, a schedule event): why,
 * in words that name the part, and the part's own bytes for a dead letter ({@code null} when they could
 * not be kept).
 */
public record SkippedItem(SkipReason reason, String message, byte[] original) {

    public SkippedItem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
