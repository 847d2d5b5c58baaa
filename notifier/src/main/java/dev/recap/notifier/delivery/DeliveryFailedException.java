package dev.recap.notifier.delivery;

/**
 * A channel could not deliver one digest to one subscriber. {@link #permanent()}: trying again cannot help
 * (an SMTP 5xx, a Slack 4xx other than 429); {@link #hardBounce()}: the mailbox itself was refused, so the
 * subscriber is marked bounced and gets nothing more.
 */
public final class DeliveryFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;
    private final boolean hardBounce;

    private final String progress;

    public DeliveryFailedException(String message, Throwable cause, boolean permanent, boolean hardBounce) {
        this(message, cause, permanent, hardBounce, null);
    }

    /** With {@code progress}: what the failed attempt did deliver, for the next one to resume from. */
    public DeliveryFailedException(
            String message, Throwable cause, boolean permanent, boolean hardBounce, String progress) {
        super(message, cause);
        this.permanent = permanent;
        this.hardBounce = hardBounce;
        this.progress = progress;
    }

    /** What was delivered before the failure (such as the Slack parts posted), or {@code null}. */
    public String progress() {
        return progress;
    }

    public boolean permanent() {
        return permanent;
    }

    public boolean hardBounce() {
        return hardBounce;
    }
}
