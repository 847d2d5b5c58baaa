package dev.recap.notifier.email;

import java.net.URI;
import java.util.Optional;

/**
 * Where a subscriber unsubscribes in one click (RFC 8058: the https URL receives a POST), and optionally a
 * {@code mailto:} address that does the same; both go into {@code List-Unsubscribe}, the https one also into
 * the footer.
 */
public interface UnsubscribeLinks {

    /** The one-click unsubscribe URL of {@code subscriberId}; used in the footer and in {@code List-Unsubscribe}. */
    URI forSubscriber(String subscriberId);

    /** A {@code mailto:} URI that unsubscribes {@code subscriberId} when a message is sent to it, if configured. */
    default Optional<URI> mailtoFor(String subscriberId) {
        return Optional.empty();
    }
}
