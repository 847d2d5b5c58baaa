package dev.recap.notifier.email;

import dev.recap.notifier.io.AtomicFileWriter;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes each message to {@code <root>/<week>/<subscriberId>.eml} instead of sending it (the demo and
 * tests). Files appear whole or not at all; a resend replaces the previous file.
 */
public final class OutboxMailTransport implements MailTransport {

    private final Path root;

    public OutboxMailTransport(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The file a message for {@code week} and {@code subscriberId} is written to. */
    public Path pathOf(String week, String subscriberId) {
        return root.resolve(AtomicFileWriter.safeName(week)).resolve(AtomicFileWriter.safeName(subscriberId) + ".eml");
    }

    @Override
    public Batch openBatch() {
        return new Batch() {
            @Override
            public void send(OutgoingEmail email) throws MailSendException {
                try {
                    AtomicFileWriter.write(pathOf(email.week(), email.subscriberId()), out -> {
                        try {
                            email.message().writeTo(out);
                        } catch (MessagingException e) {
                            throw new IOException("Cannot write message: " + e.getMessage(), e);
                        }
                    });
                } catch (IOException | IllegalArgumentException e) {
                    throw new MailSendException("Cannot write the outbox file of " + email.subscriberId(), e);
                }
            }

            @Override
            public void close() {
                // Nothing is held open between files.
            }
        };
    }

    @Override
    public String toString() {
        return "OutboxMailTransport[" + root + "]";
    }
}
