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
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Decides who gets which digest by email, without any I/O: every ACTIVE subscriber with the EMAIL channel
 * gets each week's digest once, unless the ledger already says SENT (and the run is not forced), they
 * have no address, or nothing in the digest matches their themes. Weeks and subscribers come out sorted.
 */
public final class DeliveryPlanner {

    /** Answers whether the ledger already holds a SENT entry. */
    @FunctionalInterface
    public interface SentCheck {
        boolean alreadySent(String week, String subscriberId, Channel channel);
    }

    /** The plan for {@code digests} (one per week) and the current {@code subscribers}. */
    public DeliveryPlan plan(
            Collection<Digest> digests, Collection<Subscriber> subscribers, SentCheck ledger, boolean force) {
        Objects.requireNonNull(ledger, "ledger");
        List<Subscriber> audience = subscribers.stream()
                .filter(s -> s.getStatus() == SubscriberStatus.ACTIVE)
                .filter(s -> s.getChannels().contains(Channel.EMAIL))
                .sorted(Comparator.comparing(Subscriber::getId))
                .toList();
        List<DeliveryPlan.Planned> planned = new ArrayList<>();
        List<DeliveryPlan.Skipped> skipped = new ArrayList<>();
        for (Digest digest :
                digests.stream().sorted(Comparator.comparing(Digest::getWeek)).toList()) {
            for (Subscriber subscriber : audience) {
                DeliveryPlan.Reason reason = skipReason(digest, subscriber, ledger, force);
                if (reason == null) {
                    planned.add(new DeliveryPlan.Planned(digest, subscriber, Channel.EMAIL));
                } else {
                    skipped.add(new DeliveryPlan.Skipped(digest.getWeek(), subscriber.getId(), Channel.EMAIL, reason));
                }
            }
        }
        return new DeliveryPlan(planned, skipped);
    }

    private static DeliveryPlan.Reason skipReason(
            Digest digest, Subscriber subscriber, SentCheck ledger, boolean force) {
        if (!force && ledger.alreadySent(digest.getWeek(), subscriber.getId(), Channel.EMAIL)) {
            return DeliveryPlan.Reason.ALREADY_SENT;
        }
        if (subscriber.getEmail() == null || subscriber.getEmail().isBlank()) {
            return DeliveryPlan.Reason.NO_EMAIL_ADDRESS;
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
}
