package dev.recap.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    private static final SmtpSettings SECURED = new SmtpSettings(
            "smtp.example.org",
            587,
            Optional.of("recap"),
            Optional.of("s3cret!"),
            SmtpSettings.Security.STARTTLS,
            Duration.ofSeconds(10));

    @Test
    void shouldNeverShowThePassword() {
        String shown = SECURED.toString();

        assertThat(shown)
                .isEqualTo("SmtpSettings[host=smtp.example.org, port=587, user=recap, password=(hidden), "
                        + "security=STARTTLS, timeout=PT10S]")
                .doesNotContain("s3cret!");
        assertThat(new SmtpMailTransport(SECURED).toString()).doesNotContain("s3cret!");
    }

    @Test
    void shouldBoundEveryNetworkWaitAndRequireStartTlsWhenAskedFor() {
        Properties props = SmtpMailTransport.sessionProperties(SECURED);

        assertThat(props)
                .containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "10000")
                .containsEntry("mail.smtp.writetimeout", "10000")
                .containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .doesNotContainValue("s3cret!");
    }

    @Test
    void shouldSpeakTlsFromTheFirstByteForSmtps() {
        SmtpSettings smtps = new SmtpSettings(
                "smtp.example.org",
                465,
                Optional.empty(),
                Optional.empty(),
                SmtpSettings.Security.SMTPS,
                Duration.ofSeconds(5));

        Properties props = SmtpMailTransport.sessionProperties(smtps);

        assertThat(props)
                .containsEntry("mail.transport.protocol", "smtps")
                .containsEntry("mail.smtps.host", "smtp.example.org")
                .containsEntry("mail.smtps.port", "465")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtps.timeout", "5000")
                .containsEntry("mail.smtps.auth", "false")
                .doesNotContainKey("mail.smtps.ssl.socketFactory");
        // a plain factory: Angus lays TLS over its socket, which keeps Nagle's algorithm off
        assertThat(props.get("mail.smtps.socketFactory")).isInstanceOf(javax.net.SocketFactory.class);
        assertThat(props.get("mail.smtps.socketFactory")).isNotInstanceOf(javax.net.ssl.SSLSocketFactory.class);
    }
}
