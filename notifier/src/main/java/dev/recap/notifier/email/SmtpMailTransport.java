package dev.recap.notifier.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends over SMTP (or SMTPS) with Jakarta Mail. A batch connects on its first message and reuses that
 * connection, reconnecting when the server dropped it; timeouts always apply. Failures say whether they
 * are worth retrying ({@link MailSendException#permanent()}). Batches are independent: several may send in
 * parallel, one connection each.
 */
public final class SmtpMailTransport implements MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailTransport.class);

    private static final long IDLE_CHECK_NANOS = Duration.ofSeconds(5).toNanos();

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailTransport(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Session.getInstance(sessionProperties(settings));
    }

    static Properties sessionProperties(SmtpSettings settings) {
        String protocol = protocol(settings);
        String prefix = "mail." + protocol + ".";
        String timeout = String.valueOf(settings.timeout().toMillis());
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", protocol);
        props.setProperty(prefix + "host", settings.host());
        props.setProperty(prefix + "port", String.valueOf(settings.port()));
        props.setProperty(prefix + "connectiontimeout", timeout);
        props.setProperty(prefix + "timeout", timeout);
        props.setProperty(prefix + "writetimeout", timeout);
        props.setProperty(prefix + "auth", String.valueOf(settings.authenticates()));
        boolean startTls = settings.security() == SmtpSettings.Security.STARTTLS;
        // When STARTTLS is asked for, it is required: never fall back to sending credentials in clear.
        props.setProperty(prefix + "starttls.enable", String.valueOf(startTls));
        props.setProperty(prefix + "starttls.required", String.valueOf(startTls));
        if (settings.security() != SmtpSettings.Security.NONE) {
            props.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        props.put(prefix + "socketFactory", NoDelaySockets.plain());
        return props;
    }

    private static String protocol(SmtpSettings settings) {
        return settings.security() == SmtpSettings.Security.SMTPS ? "smtps" : "smtp";
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
        private long lastUsed;

        @Override
        public void send(OutgoingEmail email) throws MailSendException {
            MimeMessage message = email.message();
            try {
                connected().sendMessage(message, message.getAllRecipients());
                lastUsed = System.nanoTime();
            } catch (MessagingException | RuntimeException e) {
                int code = SmtpReplies.code(e);
                boolean retry = SmtpReplies.transientFailure(e);
                if (code == 0) {
                    // no reply: the connection is in an unknown state, the next message starts a new one
                    close();
                }
                throw new MailSendException(
                        "SMTP delivery to subscriber " + email.subscriberId() + " via " + settings.host() + ":"
                                + settings.port() + " failed: " + SmtpReplies.reply(e),
                        e,
                        !retry,
                        code);
            }
        }

        private Transport connected() throws MessagingException {
            // isConnected() costs a NOOP round trip: only ask after a pause long enough for the server to
            // have closed an idle connection; a busy connection that drops fails with no reply and is replaced
            if (transport != null && (System.nanoTime() - lastUsed < IDLE_CHECK_NANOS || transport.isConnected())) {
                return transport;
            }
            close();
            Transport fresh = session.getTransport(protocol(settings));
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
