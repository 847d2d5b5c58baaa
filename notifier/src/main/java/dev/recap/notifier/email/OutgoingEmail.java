package dev.recap.notifier.email;

import jakarta.mail.internet.MimeMessage;
import java.util.Objects;

/** One composed message with the week and subscriber it is for (the outbox files it under them). */
public record OutgoingEmail(String week, String subscriberId, MimeMessage message) {

    public OutgoingEmail {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(message, "message");
    }
}
