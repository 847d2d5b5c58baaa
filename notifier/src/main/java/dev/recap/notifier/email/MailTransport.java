package dev.recap.notifier.email;

/**
 * Where composed emails go: an SMTP server ({@link SmtpMailTransport}) or a folder of {@code .eml} files
 * ({@link OutboxMailTransport}). A run opens one {@link Batch}, sends through it and closes it, so a
 * connection is reused for every message of the run.
 */
public interface MailTransport {

    /** Starts a batch; nothing is connected until the first send. */
    Batch openBatch();

    /** The messages of one run, sharing one connection. Not thread-safe. */
    interface Batch extends AutoCloseable {

        /** Delivers one message, or throws; a failure leaves the batch usable for the next message. */
        void send(OutgoingEmail email) throws MailSendException;

        /** Releases the connection; never throws. */
        @Override
        void close();
    }
}
