package dev.recap.notifier.delivery;

import dev.recap.events.Delivery;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import java.util.Optional;

/**
 * Sends one digest to one subscriber on one channel (an SMTP connection, a Slack webhook client). One
 * instance per worker thread; not required to be thread-safe.
 */
public interface ChannelSender extends AutoCloseable {

    /**
     * Sends and returns the reference of what was sent (the Message-ID of an email, the parts of a Slack
     * message).
     */
    String send(Digest digest, Subscriber subscriber) throws DeliveryFailedException;

    /**
     * Sends, knowing the ledger's last entry for this delivery: a sender that can deliver in parts resumes
     * after what an earlier failed attempt recorded ({@link DeliveryFailedException#progress()}).
     */
    default String send(Digest digest, Subscriber subscriber, Optional<Delivery> previous)
            throws DeliveryFailedException {
        return send(digest, subscriber);
    }

    /** Releases connections; never throws. */
    @Override
    void close();
}
