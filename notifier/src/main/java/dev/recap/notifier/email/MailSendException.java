package dev.recap.notifier.email;

/** One message could not be delivered (SMTP refusal, lost connection, outbox write failure). */
public final class MailSendException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
