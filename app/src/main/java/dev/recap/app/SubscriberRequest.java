package dev.recap.app;

import dev.recap.events.Channel;
import dev.recap.events.SubscriberStatus;
import java.util.List;
import java.util.Objects;

/**
 * What an operator asks for one subscriber, already checked by {@link SubscriberInput}. Every field but the
 * id is {@code null} when not given: a new subscriber gets the default, an existing one keeps its value.
 */
record SubscriberRequest(
        String id,
        String email,
        String name,
        String locale,
        List<String> themes,
        List<Channel> channels,
        String slackChannel,
        SubscriberStatus status) {

    SubscriberRequest {
        Objects.requireNonNull(id, "id");
        themes = themes == null ? null : List.copyOf(themes);
        channels = channels == null ? null : List.copyOf(channels);
    }
}
