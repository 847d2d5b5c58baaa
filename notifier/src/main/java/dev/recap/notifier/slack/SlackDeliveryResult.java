package dev.recap.notifier.slack;

/**
 * A digest delivered to one channel: how many messages (parts) were posted or written, and how many
 * requests that took (retries included; one per part for an outbox).
 */
public record SlackDeliveryResult(int parts, int attempts) {

    public SlackDeliveryResult {
        if (parts < 1 || attempts < parts) {
            throw new IllegalArgumentException("Need parts >= 1 and attempts >= parts, was " + parts + ", " + attempts);
        }
    }
}
