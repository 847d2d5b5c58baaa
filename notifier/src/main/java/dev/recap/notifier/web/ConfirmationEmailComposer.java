package dev.recap.notifier.web;

import dev.recap.events.Subscriber;
import dev.recap.notifier.email.HeaderValues;
import dev.recap.notifier.email.Recipients;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Builds the double opt-in email: multipart/alternative (text, then a small escaped HTML part) in the
 * subscriber's language (English or French), with the confirmation link. Header values with CR/LF are
 * refused and only http(s) links are accepted.
 */
public final class ConfirmationEmailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final InternetAddress from;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    /**
     * A composer sending from {@code from}, such as {@code Recap <digest@recap.local>}.
     *
     * @throws IllegalArgumentException when {@code from} is not one valid address
     */
    public ConfirmationEmailComposer(String from, Clock clock) {
        this.from = Recipients.sender(Objects.requireNonNull(from, "from"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The confirmation email to {@code subscriber} carrying {@code confirmLink}.
     *
     * @throws IllegalArgumentException when the link is not http(s) or a header value holds CR/LF
     * @throws MessagingException when the subscriber's address is not valid
     */
    public MimeMessage compose(Subscriber subscriber, URI confirmLink) throws MessagingException {
        String scheme =
                confirmLink.getScheme() == null ? "" : confirmLink.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("A confirmation link must be http(s), was " + confirmLink.getScheme());
        }
        ConfirmationText text = ConfirmationText.forLocale(subscriber.getLocale());
        String link = confirmLink.toASCIIString();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, Recipients.of(subscriber));
        message.setSubject(HeaderValues.singleLine("Subject", text.subject()), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.plain(subscriber.getName(), subscriber.getEmail(), link), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(text.html(subscriber.getName(), subscriber.getEmail(), link), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }
}
