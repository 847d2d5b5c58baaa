package dev.recap.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recap.notifier.delivery.RetryPolicy;
import dev.recap.notifier.delivery.SendCalendar;
import dev.recap.notifier.email.OutboxMailTransport;
import dev.recap.notifier.email.SmtpMailTransport;
import dev.recap.notifier.email.SmtpSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifierSettingsTest {

    @Test
    void shouldDefaultToTheLocalSenderAndAnOutbox() {
        Map<String, String> env = Map.of();

        NotifierSettings settings = NotifierSettings.fromEnvironment(env);

        assertThat(settings)
                .isEqualTo(new NotifierSettings(
                        "Recap <digest@recap.local>",
                        URI.create("http://localhost:8080"),
                        Optional.empty(),
                        Optional.empty(),
                        Duration.ofSeconds(60),
                        4,
                        new SendCalendar(DayOfWeek.FRIDAY, LocalTime.of(9, 0), ZoneId.of("Europe/Paris")),
                        RetryPolicy.DEFAULT));
        assertThat(settings.mailTransport(Path.of("out/mail"))).isInstanceOf(OutboxMailTransport.class);
    }

    @Test
    void shouldReadEverySmtpVariable() {
        Map<String, String> env = Map.of(
                "RECAP_MAIL_FROM", "Digest <news@example.org>",
                "RECAP_PUBLIC_URL", "https://recap.example.org",
                "RECAP_SMTP_HOST", "smtp.example.org",
                "RECAP_SMTP_PORT", "2525",
                "RECAP_SMTP_USER", "recap",
                "RECAP_SMTP_PASSWORD", "s3cret!",
                "RECAP_SMTP_STARTTLS", "TRUE");

        NotifierSettings settings = NotifierSettings.fromEnvironment(env);

        assertThat(settings.mailFrom()).isEqualTo("Digest <news@example.org>");
        assertThat(settings.publicUrl()).isEqualTo(URI.create("https://recap.example.org"));
        assertThat(settings.smtp())
                .contains(new SmtpSettings(
                        "smtp.example.org",
                        2525,
                        Optional.of("recap"),
                        Optional.of("s3cret!"),
                        SmtpSettings.Security.STARTTLS,
                        SmtpSettings.DEFAULT_TIMEOUT));
        assertThat(settings.toString()).doesNotContain("s3cret!");
        assertThat(settings.mailTransport(Path.of("out/mail"))).isInstanceOf(SmtpMailTransport.class);
    }

    @Test
    void shouldUseTheSubmissionPortForStartTlsWithoutAPort() {
        Map<String, String> env = Map.of("RECAP_SMTP_HOST", "mailpit", "RECAP_SMTP_STARTTLS", "yes");

        NotifierSettings settings = NotifierSettings.fromEnvironment(env);

        assertThat(settings.smtp()).map(SmtpSettings::port).contains(587);
    }

    @Test
    void shouldNameTheVariableThatIsWrong() {
        Map<String, String> env = Map.of("RECAP_SMTP_HOST", "mailpit", "RECAP_SMTP_PORT", "twenty-five");

        assertThatThrownBy(() -> NotifierSettings.fromEnvironment(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RECAP_SMTP_PORT must be a number, was 'twenty-five'");
    }

    @Test
    void shouldSpeakSmtpsOnItsPortAndSendWhenAsked() {
        Map<String, String> env = Map.of(
                "RECAP_SMTP_HOST", "smtp.example.org",
                "RECAP_SMTP_SECURITY", "SMTPS",
                "RECAP_SMTP_CONNECTIONS", "8",
                "RECAP_SEND_AT", "monday 7:30",
                "RECAP_SEND_ZONE", "America/New_York");

        NotifierSettings settings = NotifierSettings.fromEnvironment(env);

        assertThat(settings.smtp()).map(SmtpSettings::port).contains(465);
        assertThat(settings.smtp()).map(SmtpSettings::security).contains(SmtpSettings.Security.SMTPS);
        assertThat(settings.smtpConnections()).isEqualTo(8);
        assertThat(settings.calendar())
                .isEqualTo(new SendCalendar(DayOfWeek.MONDAY, LocalTime.of(7, 30), ZoneId.of("America/New_York")));
    }

    @Test
    void shouldExplainABadSendTimeOrSecurity() {
        assertThatThrownBy(() -> NotifierSettings.fromEnvironment(Map.of("RECAP_SEND_AT", "friday")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RECAP_SEND_AT must be a day and a time such as 'FRIDAY 09:00', was 'friday'");
        assertThatThrownBy(() ->
                        NotifierSettings.fromEnvironment(Map.of("RECAP_SMTP_HOST", "h", "RECAP_SMTP_SECURITY", "tls")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RECAP_SMTP_SECURITY must be none, starttls or smtps, was 'tls'");
    }
}
