package dev.recap.notifier.delivery;

import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.notifier.email.DigestEmailComposer;
import dev.recap.notifier.email.MailSendException;
import dev.recap.notifier.email.MailTransport;
import dev.recap.notifier.email.OutgoingEmail;
import dev.recap.notifier.render.WeekActivity;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import java.util.function.Function;

/**
 * Emails a digest through one {@link MailTransport.Batch} (one SMTP connection, reused): composes the
 * subscriber's message, sends it, and turns failures into {@link DeliveryFailedException}s that say
 * whether to retry. A message that cannot even be composed (bad address) fails permanently.
 */
final class EmailSender implements ChannelSender {

    private final DigestEmailComposer composer;
    private final Function<String, WeekActivity> activity;
    private final MailTransport.Batch batch;

    EmailSender(DigestEmailComposer composer, Function<String, WeekActivity> activity, MailTransport transport) {
        this.composer = Objects.requireNonNull(composer, "composer");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.batch = transport.openBatch();
    }

    @Override
    public String send(Digest digest, Subscriber subscriber) throws DeliveryFailedException {
        MimeMessage message;
        String messageId;
        try {
            message = composer.compose(digest, activity.apply(digest.getWeek()), subscriber);
            messageId = message.getMessageID();
        } catch (MessagingException | IllegalArgumentException e) {
            throw new DeliveryFailedException(
                    "Cannot compose the email for " + subscriber.getId() + ": " + e.getMessage(), e, true, false);
        }
        try {
            batch.send(new OutgoingEmail(digest.getWeek(), subscriber.getId(), message));
        } catch (MailSendException e) {
            throw new DeliveryFailedException(e.getMessage(), e, e.permanent(), e.hardBounce());
        }
        return messageId;
    }

    @Override
    public void close() {
        batch.close();
    }
}
