package dev.recap.notifier.ledger;

import dev.recap.events.Channel;
import dev.recap.events.Delivery;
import java.util.Objects;

/** The key of the {@code deliveries} topic, built in this one place: {@code <week>/<subscriberId>/<CHANNEL>}. */
public final class DeliveryKey {

    private DeliveryKey() {}

    /** The ledger key of {@code week}, {@code subscriberId} and {@code channel}, such as {@code 2023-W16/ada/EMAIL}. */
    public static String of(String week, String subscriberId, Channel channel) {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(channel, "channel");
        return week + "/" + subscriberId + "/" + channel.name();
    }

    /** The ledger key of {@code delivery}. */
    public static String of(Delivery delivery) {
        return of(delivery.getWeek(), delivery.getSubscriberId(), delivery.getChannel());
    }
}
