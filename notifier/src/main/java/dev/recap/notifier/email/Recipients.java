package dev.recap.notifier.email;

import dev.recap.events.Subscriber;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** The {@code To} address of a subscriber: their email with their name, checked, on one line. */
public final class Recipients {

    private Recipients() {}

    /**
     * The validated address of {@code subscriber}.
     *
     * @throws IllegalArgumentException when they have no address, or the address or name holds CR/LF
     * @throws AddressException when the address is not a valid one
     */
    public static InternetAddress of(Subscriber subscriber) throws AddressException {
        String email = subscriber.getEmail();
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("Subscriber " + subscriber.getId() + " has no email address");
        }
        String name = subscriber.getName();
        try {
            InternetAddress to = new InternetAddress(
                    HeaderValues.singleLine("To", email.strip()),
                    name == null ? null : HeaderValues.singleLine("To name", name.strip()),
                    StandardCharsets.UTF_8.name());
            to.validate();
            return to;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("Every JVM has UTF-8", e);
        }
    }
}
