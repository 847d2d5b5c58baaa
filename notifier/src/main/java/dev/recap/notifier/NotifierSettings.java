package dev.recap.notifier;

import dev.recap.notifier.delivery.RetryPolicy;
import dev.recap.notifier.delivery.SendCalendar;
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
 * output folder for the JSON and web files, optional SMTP server and how many connections to use in
 * parallel, when the weekly send happens, how failed sends are retried, and how long to wait for Kafka.
 */
public record NotifierSettings(
        String mailFrom,
        URI publicUrl,
        Optional<Path> outputDir,
        Optional<SmtpSettings> smtp,
        Duration kafkaTimeout,
        int smtpConnections,
        SendCalendar calendar,
        RetryPolicy retry) {

    public static final String DEFAULT_MAIL_FROM = "Recap <digest@recap.local>";
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    public static final Duration DEFAULT_KAFKA_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_SMTP_CONNECTIONS = 4;
    static final int MAX_SMTP_CONNECTIONS = 64;
    static final int DEFAULT_SMTP_PORT = 25;
    static final int DEFAULT_STARTTLS_PORT = 587;
    static final int DEFAULT_SMTPS_PORT = 465;

    public NotifierSettings {
        Objects.requireNonNull(mailFrom, "mailFrom");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(kafkaTimeout, "kafkaTimeout");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(retry, "retry");
        if (smtpConnections < 1 || smtpConnections > MAX_SMTP_CONNECTIONS) {
            throw new IllegalArgumentException(
                    "RECAP_SMTP_CONNECTIONS must be 1.." + MAX_SMTP_CONNECTIONS + ", was " + smtpConnections);
        }
    }

    /**
     * Settings from {@code RECAP_MAIL_FROM}, {@code RECAP_PUBLIC_URL}, {@code RECAP_SMTP_HOST/PORT/USER/
     * PASSWORD/SECURITY} (none, starttls or smtps; {@code RECAP_SMTP_STARTTLS=true} is the same as starttls),
     * {@code RECAP_SMTP_CONNECTIONS}, {@code RECAP_SEND_AT} ("FRIDAY 09:00") and {@code RECAP_SEND_ZONE}
     * ("Europe/Paris"); without {@code RECAP_SMTP_HOST} there is no SMTP server. No output folder.
     */
    public static NotifierSettings fromEnvironment(Map<String, String> env) {
        String mailFrom = value(env, "RECAP_MAIL_FROM").orElse(DEFAULT_MAIL_FROM);
        URI publicUrl = URI.create(value(env, "RECAP_PUBLIC_URL").orElse(DEFAULT_PUBLIC_URL));
        Optional<SmtpSettings> smtp = value(env, "RECAP_SMTP_HOST").map(host -> smtp(host, env));
        int connections = value(env, "RECAP_SMTP_CONNECTIONS")
                .map(v -> number("RECAP_SMTP_CONNECTIONS", v))
                .orElse(DEFAULT_SMTP_CONNECTIONS);
        SendCalendar calendar = SendCalendar.parse(
                value(env, "RECAP_SEND_AT").orElse("FRIDAY 09:00"),
                value(env, "RECAP_SEND_ZONE").orElse(SendCalendar.DEFAULT.zone().getId()));
        return new NotifierSettings(
                mailFrom,
                publicUrl,
                Optional.empty(),
                smtp,
                DEFAULT_KAFKA_TIMEOUT,
                connections,
                calendar,
                RetryPolicy.DEFAULT);
    }

    /** The same settings writing files under {@code dir}. */
    public NotifierSettings withOutputDir(Path dir) {
        return new NotifierSettings(
                mailFrom, publicUrl, Optional.of(dir), smtp, kafkaTimeout, smtpConnections, calendar, retry);
    }

    /** The same settings retrying as {@code policy} says. */
    public NotifierSettings withRetry(RetryPolicy policy) {
        return new NotifierSettings(
                mailFrom, publicUrl, outputDir, smtp, kafkaTimeout, smtpConnections, calendar, policy);
    }

    /** The same settings with {@code connections} SMTP connections in parallel. */
    public NotifierSettings withSmtpConnections(int connections) {
        return new NotifierSettings(mailFrom, publicUrl, outputDir, smtp, kafkaTimeout, connections, calendar, retry);
    }

    /** SMTP when a server is configured, else an outbox of {@code .eml} files under {@code outboxRoot}. */
    public MailTransport mailTransport(Path outboxRoot) {
        return smtp.<MailTransport>map(SmtpMailTransport::new).orElseGet(() -> new OutboxMailTransport(outboxRoot));
    }

    private static SmtpSettings smtp(String host, Map<String, String> env) {
        SmtpSettings.Security security = value(env, "RECAP_SMTP_SECURITY")
                .map(NotifierSettings::security)
                .orElseGet(() -> value(env, "RECAP_SMTP_STARTTLS")
                                .map(v -> flag("RECAP_SMTP_STARTTLS", v))
                                .orElse(false)
                        ? SmtpSettings.Security.STARTTLS
                        : SmtpSettings.Security.NONE);
        int port = value(env, "RECAP_SMTP_PORT")
                .map(v -> number("RECAP_SMTP_PORT", v))
                .orElse(
                        switch (security) {
                            case NONE -> DEFAULT_SMTP_PORT;
                            case STARTTLS -> DEFAULT_STARTTLS_PORT;
                            case SMTPS -> DEFAULT_SMTPS_PORT;
                        });
        return new SmtpSettings(
                host,
                port,
                value(env, "RECAP_SMTP_USER"),
                value(env, "RECAP_SMTP_PASSWORD"),
                security,
                SmtpSettings.DEFAULT_TIMEOUT);
    }

    private static SmtpSettings.Security security(String value) {
        try {
            return SmtpSettings.Security.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "RECAP_SMTP_SECURITY must be none, starttls or smtps, was '" + value + "'", e);
        }
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + value + "'", e);
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
