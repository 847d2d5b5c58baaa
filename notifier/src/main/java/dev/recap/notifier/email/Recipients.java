package dev.recap.notifier.email;

import dev.recap.events.Subscriber;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The addresses of Recap's emails: a subscriber's {@code To} and the configured {@code From}, checked, each on one line. */
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

    /**
     * The configured sender, such as {@code Recap <digest@recap.local>}.
     *
     * @throws IllegalArgumentException when {@code from} is not exactly one valid address
     */
    public static InternetAddress sender(String from) {
        Objects.requireNonNull(from, "from");
        try {
            InternetAddress[] parsed = InternetAddress.parse(HeaderValues.singleLine("From", from), true);
            if (parsed.length != 1) {
                throw new IllegalArgumentException("From must be exactly one address, was '" + from + "'");
            }
            parsed[0].validate();
            return parsed[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a valid From address: '" + from + "'", e);
        }
    }
}
