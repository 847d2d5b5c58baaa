package dev.recap.notifier.subscribers;

/** A subscriber record was not acknowledged by Kafka: the change it carried did not happen. */
public final class SubscriberWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubscriberWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
