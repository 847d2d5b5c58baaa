package dev.recap.notifier.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;

/** A message whose Message-ID is chosen by us: Jakarta Mail would otherwise invent a new one on every save. */
final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = HeaderValues.singleLine("Message-ID", Objects.requireNonNull(messageId, "messageId"));
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
