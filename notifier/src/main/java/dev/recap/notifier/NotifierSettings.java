package dev.recap.notifier;

import dev.recap.notifier.email.MailTransport;
import dev.recap.notifier.email.OutboxMailTransport;
import dev.recap.notifier.email.SmtpMailTransport;
import dev.recap.notifier.email.SmtpSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The notifier's settings: sender address, public base URL (web edition, unsubscribe links), optional
 * output folder for the JSON and web files, optional SMTP server, and how long to wait for Kafka.
 */
public record NotifierSettings(
        String mailFrom, URI publicUrl, Optional<Path> outputDir, Optional<SmtpSettings> smtp, Duration kafkaTimeout) {

    public static final String DEFAULT_MAIL_FROM = "Recap <digest@recap.local>";
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    public static final Duration DEFAULT_KAFKA_TIMEOUT = Duration.ofSeconds(60);
    static final int DEFAULT_SMTP_PORT = 25;
    static final int DEFAULT_STARTTLS_PORT = 587;

    public NotifierSettings {
        Objects.requireNonNull(mailFrom, "mailFrom");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(kafkaTimeout, "kafkaTimeout");
    }

    /**
     * Settings from {@code RECAP_MAIL_FROM}, {@code RECAP_PUBLIC_URL} and {@code RECAP_SMTP_HOST/PORT/USER/
     * PASSWORD/STARTTLS}; without {@code RECAP_SMTP_HOST} there is no SMTP server. No output folder.
     */
    public static NotifierSettings fromEnvironment(Map<String, String> env) {
        String mailFrom = value(env, "RECAP_MAIL_FROM").orElse(DEFAULT_MAIL_FROM);
        URI publicUrl = URI.create(value(env, "RECAP_PUBLIC_URL").orElse(DEFAULT_PUBLIC_URL));
        Optional<SmtpSettings> smtp = value(env, "RECAP_SMTP_HOST").map(host -> smtp(host, env));
        return new NotifierSettings(mailFrom, publicUrl, Optional.empty(), smtp, DEFAULT_KAFKA_TIMEOUT);
    }

    /** The same settings writing files under {@code dir}. */
    public NotifierSettings withOutputDir(Path dir) {
        return new NotifierSettings(mailFrom, publicUrl, Optional.of(dir), smtp, kafkaTimeout);
    }

    /** SMTP when a server is configured, else an outbox of {@code .eml} files under {@code outboxRoot}. */
    public MailTransport mailTransport(Path outboxRoot) {
        return smtp.<MailTransport>map(SmtpMailTransport::new).orElseGet(() -> new OutboxMailTransport(outboxRoot));
    }

    private static SmtpSettings smtp(String host, Map<String, String> env) {
        boolean startTls = value(env, "RECAP_SMTP_STARTTLS")
                .map(v -> flag("RECAP_SMTP_STARTTLS", v))
                .orElse(false);
        int port = value(env, "RECAP_SMTP_PORT")
                .map(NotifierSettings::port)
                .orElse(startTls ? DEFAULT_STARTTLS_PORT : DEFAULT_SMTP_PORT);
        return new SmtpSettings(
                host,
                port,
                value(env, "RECAP_SMTP_USER"),
                value(env, "RECAP_SMTP_PASSWORD"),
                startTls,
                SmtpSettings.DEFAULT_TIMEOUT);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("RECAP_SMTP_PORT must be a number, was '" + value + "'", e);
        }
    }

    private static boolean flag(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, was '" + value + "'");
        };
    }
}
