package dev.recap.notifier.slack;

/**
 * A digest could not be delivered to a Slack channel. {@link #permanent()} tells whether trying again can
 * help: a 4xx answer (other than 429) or an unknown channel is permanent; 5xx, 429 and network errors that
 * outlasted the retries are not. Messages never contain the webhook URL.
 */
public final class SlackDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final boolean permanent;
    private final int status;
    private final int partsDelivered;

    /**
     * @param reason Slack's reason ({@code invalid_payload}, {@code no_service}, ...) or ours
     * @param status the HTTP status of the last answer, 0 when there was none
     * @param partsDelivered the parts posted before the failure (a retry would post them again)
     */
    public SlackDeliveryException(String message, String reason, boolean permanent, int status, int partsDelivered) {
        super(message);
        this.reason = reason;
        this.permanent = permanent;
        this.status = status;
        this.partsDelivered = partsDelivered;
    }

    /** A failure before any request: an unknown channel, a subscriber without one. */
    static SlackDeliveryException permanent(String message, String reason) {
        return new SlackDeliveryException(message, reason, true, 0, 0);
    }

    public String reason() {
        return reason;
    }

    public boolean permanent() {
        return permanent;
    }

    public int status() {
        return status;
    }

    public int partsDelivered() {
        return partsDelivered;
    }
}
