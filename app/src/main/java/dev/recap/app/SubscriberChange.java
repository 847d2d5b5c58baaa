package dev.recap.app;

import dev.recap.events.Channel;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies an operator's request to the current record of a subscriber (or to none) and gives the record to
 * publish. Consent is dated when the status becomes active; an unsubscription keeps its first date, so the
 * record stays a proof that the person left.
 */
final class SubscriberChange {

    private SubscriberChange() {}

    /** The record after {@code request}; {@code existing} is {@code null} for a new subscriber. */
    static Subscriber apply(Subscriber existing, SubscriberRequest request, Instant now)
            throws SubscriberFieldException {
        Objects.requireNonNull(now, "now");
        String email = pick(request.email(), existing == null ? null : existing.getEmail());
        String slack = pick(request.slackChannel(), existing == null ? null : existing.getSlackChannel());
        List<Channel> channels = pick(request.channels(), existing == null ? null : existing.getChannels());
        if (channels == null) {
            channels = defaultChannels(email, slack);
        }
        check(email, slack, channels);
        SubscriberStatus before = existing == null ? null : existing.getStatus();
        SubscriberStatus status = pick(request.status(), before == null ? SubscriberStatus.ACTIVE : before);
        Instant consentedAt = existing == null ? null : existing.getConsentedAt();
        if (status == SubscriberStatus.ACTIVE && before != SubscriberStatus.ACTIVE) {
            consentedAt = now;
        }
        return Subscriber.newBuilder()
                .setId(request.id())
                .setEmail(email)
                .setName(pick(request.name(), existing == null ? null : existing.getName()))
                .setLocale(pick(request.locale(), existing == null ? "en" : existing.getLocale()))
                .setThemes(pick(request.themes(), existing == null ? List.of() : existing.getThemes()))
                .setChannels(channels)
                .setSlackChannel(slack)
                .setStatus(status)
                .setConsentedAt(consentedAt)
                .setUnsubscribedAt(status == SubscriberStatus.UNSUBSCRIBED ? unsubscribedAt(existing, now) : null)
                .setUpdatedAt(now)
                .build();
    }

    /** The record marked unsubscribed; an already unsubscribed record keeps its date. */
    static Subscriber unsubscribe(Subscriber existing, Instant now) {
        return Subscriber.newBuilder(existing)
                .setStatus(SubscriberStatus.UNSUBSCRIBED)
                .setUnsubscribedAt(unsubscribedAt(existing, now))
                .setUpdatedAt(now)
                .build();
    }

    private static Instant unsubscribedAt(Subscriber existing, Instant now) {
        boolean already = existing != null
                && existing.getStatus() == SubscriberStatus.UNSUBSCRIBED
                && existing.getUnsubscribedAt() != null;
        return already ? existing.getUnsubscribedAt() : now;
    }

    private static List<Channel> defaultChannels(String email, String slack) {
        List<Channel> channels = new ArrayList<>();
        if (email != null) {
            channels.add(Channel.EMAIL);
        }
        if (slack != null) {
            channels.add(Channel.SLACK);
        }
        return channels;
    }

    private static void check(String email, String slack, List<Channel> channels) throws SubscriberFieldException {
        if (channels.isEmpty()) {
            throw new SubscriberFieldException("channels", "is empty; give email, slack or both");
        }
        if (channels.contains(Channel.EMAIL) && email == null) {
            throw new SubscriberFieldException("email", "is required when channels include email");
        }
        if (channels.contains(Channel.SLACK) && slack == null) {
            throw new SubscriberFieldException(
                    "slack", "(a Slack channel name) is required when channels include slack");
        }
    }

    private static <T> T pick(T given, T current) {
        return given != null ? given : current;
    }
}
