package dev.recap.notifier.subscribers;

import dev.recap.events.Channel;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The status changes of a subscriber, as new records (no I/O): sign-up to PENDING, confirmation to ACTIVE
 * with {@code consentedAt}, unsubscription to UNSUBSCRIBED with {@code unsubscribedAt}. Each sets {@code
 * updatedAt}; nothing is ever deleted, so the latest record always states the subscriber's wish.
 */
public final class SubscriberChanges {

    private SubscriberChanges() {}

    /**
     * The PENDING record of {@code signUp}, keeping the channels, Slack channel and past unsubscription of the
     * {@code existing} record, if any; consent is cleared until confirmed.
     */
    public static Subscriber pending(Optional<Subscriber> existing, SignUp signUp, Instant now) {
        List<Channel> channels =
                new ArrayList<>(existing.map(Subscriber::getChannels).orElse(List.of()));
        if (!channels.contains(Channel.EMAIL)) {
            channels.add(Channel.EMAIL);
        }
        return Subscriber.newBuilder()
                .setId(signUp.subscriberId())
                .setEmail(signUp.email())
                .setName(signUp.name().orElse(null))
                .setLocale(signUp.locale())
                .setThemes(signUp.themes())
                .setChannels(channels)
                .setSlackChannel(existing.map(Subscriber::getSlackChannel).orElse(null))
                .setStatus(SubscriberStatus.PENDING)
                .setConsentedAt(null)
                .setUnsubscribedAt(existing.map(Subscriber::getUnsubscribedAt).orElse(null))
                .setUpdatedAt(millis(now))
                .build();
    }

    /** {@code subscriber} ACTIVE, consenting {@code now}. */
    public static Subscriber activated(Subscriber subscriber, Instant now) {
        return Subscriber.newBuilder(Objects.requireNonNull(subscriber, "subscriber"))
                .setStatus(SubscriberStatus.ACTIVE)
                .setConsentedAt(millis(now))
                .setUnsubscribedAt(null)
                .setUpdatedAt(millis(now))
                .build();
    }

    /** {@code subscriber} UNSUBSCRIBED {@code now}, every other field kept. */
    public static Subscriber unsubscribed(Subscriber subscriber, Instant now) {
        return Subscriber.newBuilder(Objects.requireNonNull(subscriber, "subscriber"))
                .setStatus(SubscriberStatus.UNSUBSCRIBED)
                .setUnsubscribedAt(millis(now))
                .setUpdatedAt(millis(now))
                .build();
    }

    // The topic stores milliseconds: a record read back must equal the one written.
    private static Instant millis(Instant now) {
        return Objects.requireNonNull(now, "now").truncatedTo(ChronoUnit.MILLIS);
    }
}
