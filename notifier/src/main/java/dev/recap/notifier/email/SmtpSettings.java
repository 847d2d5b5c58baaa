package dev.recap.notifier.email;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the SMTP server: host, port, optional credentials, transport security (none, STARTTLS
 * required, or SMTPS from the first byte), and one timeout for connect, read and write (Jakarta Mail waits
 * forever by default). {@link #toString()} never shows the password.
 */
public record SmtpSettings(
        String host, int port, Optional<String> user, Optional<String> password, Security security, Duration timeout) {

    /** How the connection is protected. STARTTLS, when asked for, is required: no fallback to clear text. */
    public enum Security {
        NONE,
        STARTTLS,
        SMTPS
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        HeaderValues.singleLine("SMTP host", Objects.requireNonNull(host, "host"));
        if (host.isBlank()) {
            throw new IllegalArgumentException("SMTP host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port must be 1..65535, was " + port);
        }
        user = Objects.requireNonNull(user, "user").filter(u -> !u.isBlank());
        password = Objects.requireNonNull(password, "password").filter(p -> !p.isEmpty());
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SMTP timeout must be positive, was " + timeout);
        }
    }

    /** A server without authentication or STARTTLS (Mailpit, GreenMail, a local relay). */
    public static SmtpSettings plain(String host, int port) {
        return new SmtpSettings(host, port, Optional.empty(), Optional.empty(), Security.NONE, DEFAULT_TIMEOUT);
    }

    /** Whether to authenticate: only when a user name is configured. */
    public boolean authenticates() {
        return user.isPresent();
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user.orElse("(none)") + ", password="
                + (password.isPresent() ? "(hidden)" : "(none)") + ", security=" + security + ", timeout=" + timeout
                + "]";
    }
}
