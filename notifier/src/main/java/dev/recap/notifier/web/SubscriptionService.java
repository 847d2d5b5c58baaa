package dev.recap.notifier.web;

import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.email.MailSendException;
import dev.recap.notifier.email.MailTransport;
import dev.recap.notifier.email.OutgoingEmail;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.subscribers.SignUp;
import dev.recap.notifier.subscribers.SubscriberChanges;
import dev.recap.notifier.subscribers.SubscriberDirectory;
import dev.recap.notifier.subscribers.SubscriberWriter;
import dev.recap.notifier.web.SubscriberTokens.Purpose;
import dev.recap.notifier.web.SubscriberTokens.TokenCheck;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Double opt-in and unsubscription: a sign-up writes a PENDING subscriber and emails a signed confirmation
 * link; a valid confirmation makes them ACTIVE; a valid unsubscribe link makes them UNSUBSCRIBED (again
 * and again, harmlessly). Every change is acknowledged by Kafka before the method returns. Calls are
 * serialised, so two requests for one address cannot interleave their read and write.
 */
public final class SubscriptionService {

    /** What a sign-up did; both answer the visitor alike, so the form does not reveal who is subscribed. */
    public enum SignUpResult {
        CONFIRMATION_SENT,
        ALREADY_ACTIVE
    }

    /** What following a link did. */
    public enum LinkResult {
        CHANGED,
        UNCHANGED,
        REFUSED
    }

    /** The outbox folder (the "week" of {@link OutgoingEmail}) that confirmation emails are filed under. */
    public static final String CONFIRMATION_FOLDER = "confirmations";

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionService.class);

    private final SubscriberDirectory directory;
    private final SubscriberWriter writer;
    private final SubscriberTokens tokens;
    private final ConfirmationEmailComposer composer;
    private final MailTransport transport;
    private final PublicUrls urls;
    private final WebMetrics metrics;
    private final Clock clock;

    public SubscriptionService(
            SubscriberDirectory directory,
            SubscriberWriter writer,
            SubscriberTokens tokens,
            ConfirmationEmailComposer composer,
            MailTransport transport,
            PublicUrls urls,
            WebMetrics metrics,
            Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.urls = Objects.requireNonNull(urls, "urls");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Signs up {@code email}: a new, pending or unsubscribed subscriber becomes PENDING with these preferences
     * and gets a confirmation email; an ACTIVE one is left alone and gets nothing.
     *
     * @throws dev.recap.notifier.subscribers.InvalidSignUpException naming every problem of the input
     * @throws dev.recap.notifier.subscribers.SubscriberWriteException when Kafka does not acknowledge the record
     * @throws MailSendException when the confirmation email cannot be sent (the subscriber stays PENDING)
     */
    public synchronized SignUpResult subscribe(String email, String name, String locale, List<String> themes)
            throws MailSendException {
        SignUp signUp = SignUp.of(email, name, locale, themes);
        Optional<Subscriber> existing = directory.find(signUp.subscriberId());
        if (existing.map(s -> s.getStatus() == SubscriberStatus.ACTIVE).orElse(false)) {
            LOG.debug("Sign-up of already active subscriber {} ignored", signUp.subscriberId());
            metrics.subscription();
            return SignUpResult.ALREADY_ACTIVE;
        }
        Subscriber pending = SubscriberChanges.pending(existing, signUp, clock.instant());
        writer.write(pending);
        sendConfirmation(pending);
        metrics.subscription();
        return SignUpResult.CONFIRMATION_SENT;
    }

    /** Whether {@code token} is a valid link of {@code purpose}, without changing anything (for GET pages). */
    public TokenCheck check(Purpose purpose, String token) {
        TokenCheck check = tokens.verify(purpose, token);
        check.refusal().ifPresent(refusal -> metrics.badToken(refusal.name()));
        return check;
    }

    /** Makes the PENDING subscriber of a CONFIRM {@code token} ACTIVE; an unsubscribed one is not revived. */
    public synchronized LinkResult confirm(String token) {
        Optional<Subscriber> subscriber = subscriberOf(Purpose.CONFIRM, token);
        if (subscriber.isEmpty()) {
            return LinkResult.REFUSED;
        }
        Subscriber current = subscriber.get();
        switch (current.getStatus()) {
            case ACTIVE:
                return LinkResult.UNCHANGED;
            case PENDING:
                writer.write(SubscriberChanges.activated(current, clock.instant()));
                metrics.confirmation();
                return LinkResult.CHANGED;
            default:
                // Unsubscribed after this link was sent: only a new sign-up may bring them back.
                metrics.badToken("stale");
                return LinkResult.REFUSED;
        }
    }

    /** Makes the subscriber of an UNSUBSCRIBE {@code token} UNSUBSCRIBED; repeating it changes nothing. */
    public synchronized LinkResult unsubscribe(String token) {
        TokenCheck check = check(Purpose.UNSUBSCRIBE, token);
        if (!check.isValid()) {
            return LinkResult.REFUSED;
        }
        Optional<Subscriber> subscriber = directory.find(check.subscriberId().orElseThrow());
        if (subscriber.isEmpty() || subscriber.get().getStatus() == SubscriberStatus.UNSUBSCRIBED) {
            return LinkResult.UNCHANGED;
        }
        writer.write(SubscriberChanges.unsubscribed(subscriber.get(), clock.instant()));
        metrics.unsubscribe();
        return LinkResult.CHANGED;
    }

    /**
     * The subscriber an unsubscribe token names, while they still get digests (the preferences page is
     * reached from the footer's signed link, so the same token opens it).
     */
    public synchronized Optional<Subscriber> preferencesOf(String token) {
        return subscriberOf(Purpose.UNSUBSCRIBE, token).filter(SubscriptionService::receiving);
    }

    /**
     * Changes the language and themes of the subscriber {@code token} names.
     *
     * @throws InvalidSignUpException naming what is wrong with {@code locale} or {@code themes}
     */
    public synchronized LinkResult updatePreferences(String token, String locale, List<String> themes) {
        Optional<Subscriber> current = preferencesOf(token);
        if (current.isEmpty()) {
            return LinkResult.REFUSED;
        }
        Subscriber subscriber = current.get();
        SignUp checked = SignUp.of(subscriber.getEmail(), subscriber.getName(), locale, themes);
        if (checked.locale().equals(subscriber.getLocale()) && checked.themes().equals(subscriber.getThemes())) {
            return LinkResult.UNCHANGED;
        }
        writer.write(Subscriber.newBuilder(subscriber)
                .setLocale(checked.locale())
                .setThemes(checked.themes())
                .setUpdatedAt(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                .build());
        return LinkResult.CHANGED;
    }

    private static boolean receiving(Subscriber subscriber) {
        return subscriber.getStatus() == SubscriberStatus.ACTIVE || subscriber.getStatus() == SubscriberStatus.PENDING;
    }

    private Optional<Subscriber> subscriberOf(Purpose purpose, String token) {
        TokenCheck check = check(purpose, token);
        if (!check.isValid()) {
            return Optional.empty();
        }
        Optional<Subscriber> subscriber = directory.find(check.subscriberId().orElseThrow());
        if (subscriber.isEmpty()) {
            metrics.badToken("unknown-subscriber");
        }
        return subscriber;
    }

    private void sendConfirmation(Subscriber subscriber) throws MailSendException {
        String token = tokens.issue(Purpose.CONFIRM, subscriber.getId());
        try (MailTransport.Batch batch = transport.openBatch()) {
            batch.send(new OutgoingEmail(
                    CONFIRMATION_FOLDER,
                    subscriber.getId(),
                    composer.compose(subscriber, urls.path("confirm?token=" + token))));
        } catch (MessagingException e) {
            throw new MailSendException("Cannot compose the confirmation email of " + subscriber.getId(), e);
        }
    }
}
