package dev.recap.notifier;

import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides who gets which digest on which channel, without any I/O: every ACTIVE subscriber gets each
 * week's digest once per channel they chose (email, Slack), unless the ledger already says SENT or that
 * an earlier run may have sent it (and the run is not forced), they lack an address or Slack channel, or
 * nothing in the digest matches their themes. Weeks, subscribers and channels come out sorted.
 */
public final class DeliveryPlanner {

    /** What the ledger knows of a delivery. */
    @FunctionalInterface
    public interface SentCheck {
        boolean alreadySent(String week, String subscriberId, Channel channel);

        /** Begun by an earlier run that never recorded its outcome. */
        default boolean uncertain(String week, String subscriberId, Channel channel) {
            return false;
        }
    }

    /** The plan for {@code digests} (one per week) and the current {@code subscribers}. */
    public DeliveryPlan plan(
            Collection<Digest> digests, Collection<Subscriber> subscribers, SentCheck ledger, boolean force) {
        return plan(digests, subscribers, ledger, force, Optional.empty());
    }

    /** As {@link #plan(Collection, Collection, SentCheck, boolean)}, only for the subscriber(s) at {@code onlyTo}. */
    public DeliveryPlan plan(
            Collection<Digest> digests,
            Collection<Subscriber> subscribers,
            SentCheck ledger,
            boolean force,
            Optional<String> onlyTo) {
        Objects.requireNonNull(ledger, "ledger");
        List<Subscriber> audience = subscribers.stream()
                .filter(s -> s.getStatus() == SubscriberStatus.ACTIVE)
                .filter(s -> onlyTo.isEmpty() || sameAddress(s.getEmail(), onlyTo.get()))
                .sorted(Comparator.comparing(Subscriber::getId))
                .toList();
        List<DeliveryPlan.Planned> planned = new ArrayList<>();
        List<DeliveryPlan.Skipped> skipped = new ArrayList<>();
        for (Digest digest :
                digests.stream().sorted(Comparator.comparing(Digest::getWeek)).toList()) {
            for (Subscriber subscriber : audience) {
                for (Channel channel : Channel.values()) {
                    if (!subscriber.getChannels().contains(channel)) {
                        continue;
                    }
                    DeliveryPlan.Reason reason = skipReason(digest, subscriber, channel, ledger, force);
                    if (reason == null) {
                        planned.add(new DeliveryPlan.Planned(digest, subscriber, channel));
                    } else {
                        skipped.add(new DeliveryPlan.Skipped(digest.getWeek(), subscriber.getId(), channel, reason));
                    }
                }
            }
        }
        return new DeliveryPlan(planned, skipped);
    }

    /**
     * Why {@code subscriber}, as they are now, must not get {@code digest} on {@code channel}, or {@code null}
     * when they must. Used when planning and again just before each send.
     */
    public static DeliveryPlan.Reason skipReason(
            Digest digest, Subscriber subscriber, Channel channel, SentCheck ledger, boolean force) {
        if (subscriber.getStatus() != SubscriberStatus.ACTIVE
                || !subscriber.getChannels().contains(channel)) {
            return DeliveryPlan.Reason.NOT_ACTIVE;
        }
        if (!force && ledger.alreadySent(digest.getWeek(), subscriber.getId(), channel)) {
            return DeliveryPlan.Reason.ALREADY_SENT;
        }
        if (!force && ledger.uncertain(digest.getWeek(), subscriber.getId(), channel)) {
            return DeliveryPlan.Reason.UNCERTAIN;
        }
        if (channel == Channel.EMAIL && isBlank(subscriber.getEmail())) {
            return DeliveryPlan.Reason.NO_EMAIL_ADDRESS;
        }
        if (channel == Channel.SLACK && isBlank(subscriber.getSlackChannel())) {
            return DeliveryPlan.Reason.NO_SLACK_CHANNEL;
        }
        if (!hasItemsFor(digest, subscriber.getThemes())) {
            return DeliveryPlan.Reason.NO_MATCHING_ITEMS;
        }
        return null;
    }

    /** Whether a reader of {@code themes} (empty = all) would see at least one item of {@code digest}. */
    static boolean hasItemsFor(Digest digest, List<String> themes) {
        boolean inSections = digest.getSections().stream()
                .filter(section -> themes.isEmpty() || themes.contains(section.getTheme()))
                .map(DigestSection::getItems)
                .anyMatch(items -> !items.isEmpty());
        return inSections
                || Stream.concat(digest.getHeadlines().stream(), digest.getLateArrivals().stream())
                        .map(DigestItem::getThemes)
                        .anyMatch(itemThemes ->
                                themes.isEmpty() || itemThemes.stream().anyMatch(themes::contains));
    }

    private static boolean sameAddress(String email, String wanted) {
        return email != null
                && email.strip().toLowerCase(Locale.ROOT).equals(wanted.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
