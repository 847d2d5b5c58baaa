package dev.recap.notifier.email;

import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.notifier.render.DigestRenderer;
import dev.recap.notifier.render.RenderedDigest;
import dev.recap.notifier.render.WeekActivity;
import dev.recap.schemas.Identity;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Builds the email of one digest for one subscriber: multipart/alternative (text, then HTML) in UTF-8,
 * a localised subject, RFC 8058 one-click unsubscribe headers, and a Message-ID derived from the digest
 * id and subscriber id so that a resend of the same digest is recognisable. Header values with CR/LF are
 * refused.
 */
public final class DigestEmailComposer {

    /** The domain part of every Message-ID. */
    public static final String MESSAGE_ID_DOMAIN = "recap.local";

    private static final Pattern DOT_ATOM = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final int MAX_ATOM_CHARS = 64;
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final InternetAddress from;
    private final UnsubscribeLinks unsubscribeLinks;
    private final DigestRenderer renderer;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    /**
     * A composer sending from {@code from} (for example {@code Recap <digest@recap.local>}).
     *
     * @throws IllegalArgumentException when {@code from} is not exactly one valid address
     */
    public DigestEmailComposer(String from, UnsubscribeLinks unsubscribeLinks, DigestRenderer renderer, Clock clock) {
        this.from = Recipients.sender(from);
        this.unsubscribeLinks = Objects.requireNonNull(unsubscribeLinks, "unsubscribeLinks");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The complete, saved message of {@code digest} for {@code subscriber}.
     *
     * @throws IllegalArgumentException when the subscriber has no address or a header value holds CR/LF
     * @throws MessagingException when the address is not a valid one
     */
    public MimeMessage compose(Digest digest, Subscriber subscriber) throws MessagingException {
        return compose(digest, WeekActivity.empty(), subscriber);
    }

    /**
     * As {@link #compose(Digest, Subscriber)}, with the week's activity charts drawn from {@code activity}.
     *
     * @throws IllegalArgumentException when the subscriber has no address or a header value holds CR/LF
     * @throws MessagingException when the address is not a valid one
     */
    public MimeMessage compose(Digest digest, WeekActivity activity, Subscriber subscriber) throws MessagingException {
        URI unsubscribe = unsubscribeLinks.forSubscriber(subscriber.getId());
        RenderedDigest rendered = renderer.renderEmail(digest, activity, subscriber, unsubscribe);
        MimeMessage message = new FixedIdMimeMessage(session, messageId(digest.getId(), subscriber.getId()));
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, Recipients.of(subscriber));
        message.setSubject(HeaderValues.singleLine("Subject", rendered.subject()), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader(
                "List-Unsubscribe", listUnsubscribe(unsubscribe, unsubscribeLinks.mailtoFor(subscriber.getId())));
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setContent(alternative(rendered));
        message.saveChanges();
        return message;
    }

    /**
     * The Message-ID of a digest email, such as {@code <2023-W16-0123456789ab.ada.EMAIL@recap.local>}. Ids
     * that are not plain dot-atoms are replaced by a hash of themselves, so the result stays deterministic.
     */
    public static String messageId(String digestId, String subscriberId) {
        return "<" + atom(digestId) + "." + atom(subscriberId) + "." + Channel.EMAIL.name() + "@" + MESSAGE_ID_DOMAIN
                + ">";
    }

    private static String atom(String id) {
        Objects.requireNonNull(id, "id");
        if (id.length() <= MAX_ATOM_CHARS && DOT_ATOM.matcher(id).matches()) {
            return id;
        }
        return "h" + Identity.sha256Hex(id).substring(0, 16);
    }

    // RFC 2369 with RFC 8058: the https URL first (one-click POST), then mailto for clients without HTTP.
    private static String listUnsubscribe(URI https, Optional<URI> mailto) {
        String value = "<" + HeaderValues.singleLine("List-Unsubscribe", https.toString()) + ">";
        if (mailto.isPresent()) {
            value += ", <"
                    + HeaderValues.singleLine("List-Unsubscribe", mailto.get().toString()) + ">";
        }
        return value;
    }

    private static MimeMultipart alternative(RenderedDigest rendered) throws MessagingException {
        MimeBodyPart text = encodedPart("text/plain; charset=UTF-8", rendered.text());
        MimeBodyPart html = encodedPart("text/html; charset=UTF-8", rendered.html());
        // Clients show the last part they understand: plain text first, HTML last.
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }

    // Encoded once, here; Jakarta Mail then copies the bytes as they are instead of re-encoding them.
    private static MimeBodyPart encodedPart(String contentType, String body) throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", contentType);
        headers.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return new MimeBodyPart(headers, QuotedPrintable.encode(body));
    }
}
