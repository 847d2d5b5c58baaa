package dev.recap.notifier;

import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import java.util.List;
import java.util.Objects;

/** What a run will do: the deliveries to attempt, in order, and the ones it skips with the reason. */
public record DeliveryPlan(List<Planned> deliveries, List<Skipped> skipped) {

    public DeliveryPlan {
        deliveries = List.copyOf(deliveries);
        skipped = List.copyOf(skipped);
    }

    /** One digest to one subscriber on one channel. */
    public record Planned(Digest digest, Subscriber subscriber, Channel channel) {
        public Planned {
            Objects.requireNonNull(digest, "digest");
            Objects.requireNonNull(subscriber, "subscriber");
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** A delivery the run does not attempt. */
    public record Skipped(String week, String subscriberId, Channel channel, Reason reason) {
        public Skipped {
            Objects.requireNonNull(week, "week");
            Objects.requireNonNull(subscriberId, "subscriberId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a delivery is skipped. */
    public enum Reason {
        /** The subscriber is not ACTIVE (pending, unsubscribed, bounced) or no longer wants this channel. */
        NOT_ACTIVE,
        /** The ledger says SENT and the run is not forced. */
        ALREADY_SENT,
        /** An earlier run began this delivery and stopped before recording its outcome: it may have gone out. */
        UNCERTAIN,
        /** The subscriber wants Slack but names no channel. */
        NO_SLACK_CHANNEL,
        /** The subscriber wants email but has no address. */
        NO_EMAIL_ADDRESS,
        /** Nothing in this week's digest matches the subscriber's themes. */
        NO_MATCHING_ITEMS
    }
}
