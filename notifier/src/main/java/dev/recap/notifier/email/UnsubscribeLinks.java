package dev.recap.notifier.email;

import java.net.URI;

/**
 * Where a subscriber unsubscribes in one click (RFC 8058: the URL receives a POST). This is the hook for
 * signed tokens: an implementation that signs the subscriber id replaces {@link UnsignedUnsubscribeLinks}.
 */
@FunctionalInterface
public interface UnsubscribeLinks {

    /** The one-click unsubscribe URL of {@code subscriberId}; used in the footer and in {@code List-Unsubscribe}. */
    URI forSubscriber(String subscriberId);
}
