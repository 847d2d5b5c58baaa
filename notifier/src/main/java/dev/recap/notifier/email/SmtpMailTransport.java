package dev.recap.notifier.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends over SMTP with Jakarta Mail. A batch connects on its first message and reuses that connection,
 * reconnecting once if the server dropped it; timeouts always apply.
 */
public final class SmtpMailTransport implements MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailTransport.class);

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailTransport(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Session.getInstance(sessionProperties(settings));
    }

    static Properties sessionProperties(SmtpSettings settings) {
        String timeout = String.valueOf(settings.timeout().toMillis());
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        props.setProperty("mail.smtp.connectiontimeout", timeout);
        props.setProperty("mail.smtp.timeout", timeout);
        props.setProperty("mail.smtp.writetimeout", timeout);
        props.setProperty("mail.smtp.auth", String.valueOf(settings.authenticates()));
        // When STARTTLS is asked for, it is required: never fall back to sending credentials in clear.
        props.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        props.setProperty("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        return props;
    }

    @Override
    public Batch openBatch() {
        return new SmtpBatch();
    }

    @Override
    public String toString() {
        return "SmtpMailTransport[" + settings + "]";
    }

    private final class SmtpBatch implements Batch {

        private Transport transport;

        @Override
        public void send(OutgoingEmail email) throws MailSendException {
            MimeMessage message = email.message();
            try {
                connected().sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                throw new MailSendException(
                        "SMTP delivery to subscriber " + email.subscriberId() + " via " + settings.host() + ":"
                                + settings.port() + " failed: " + e.getMessage(),
                        e);
            }
        }

        private Transport connected() throws MessagingException {
            if (transport != null && transport.isConnected()) {
                return transport;
            }
            close();
            Transport fresh = session.getTransport("smtp");
            fresh.connect(
                    settings.host(),
                    settings.port(),
                    settings.user().orElse(null),
                    settings.password().orElse(null));
            transport = fresh;
            return fresh;
        }

        @Override
        public void close() {
            if (transport == null) {
                return;
            }
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.warn("Closing the SMTP connection to {}:{} failed", settings.host(), settings.port(), e);
            } finally {
                transport = null;
            }
        }
    }
}
