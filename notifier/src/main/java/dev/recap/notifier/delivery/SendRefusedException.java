package dev.recap.notifier.delivery;

/** A send the notifier will not do as asked (a past week, a week not over); the message says how to insist. */
public final class SendRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SendRefusedException(String message) {
        super(message);
    }
}
