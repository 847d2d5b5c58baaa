package dev.recap.notifier.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the notifier calls to deliver a digest to a subscriber's Slack channel: builds the messages for
 * the subscriber's locale and themes, then posts them to the channel's configured webhook, or writes them
 * to an outbox folder instead.
 */
public final class SlackSender {

    private final SlackDigestMessages messages;
    private final SlackWebhooks webhooks;
    private final SlackWebhookClient client;
    private final SlackOutbox outbox;

    private SlackSender(
            SlackDigestMessages messages, SlackWebhooks webhooks, SlackWebhookClient client, SlackOutbox outbox) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.webhooks = webhooks;
        this.client = client;
        this.outbox = outbox;
    }

    /** Posts to the webhooks of {@code webhooks} through {@code client}. */
    public static SlackSender posting(SlackDigestMessages messages, SlackWebhooks webhooks, SlackWebhookClient client) {
        return new SlackSender(
                messages, Objects.requireNonNull(webhooks, "webhooks"), Objects.requireNonNull(client, "client"), null);
    }

    /** Writes every channel's messages to {@code outbox}; no webhook needs to be configured. */
    public static SlackSender writing(SlackDigestMessages messages, SlackOutbox outbox) {
        return new SlackSender(messages, null, null, Objects.requireNonNull(outbox, "outbox"));
    }

    /**
     * Delivers {@code digest} to the channel {@code subscriber} names ({@link Subscriber#getSlackChannel()}),
     * linking to {@code webEdition} (may be {@code null}). A subscriber without a channel, or a channel with
     * no configured webhook, is a permanent failure.
     */
    public SlackDeliveryResult send(Digest digest, Subscriber subscriber, URI webEdition)
            throws SlackDeliveryException {
        return send(digest, subscriber, webEdition, 0);
    }

    /**
     * As {@link #send(Digest, Subscriber, URI)}, skipping the first {@code alreadyPosted} parts: an earlier
     * attempt posted them before failing, and posting them again would show them twice in the channel. A
     * failure's {@link SlackDeliveryException#partsDelivered()} counts the skipped parts too.
     */
    public SlackDeliveryResult send(Digest digest, Subscriber subscriber, URI webEdition, int alreadyPosted)
            throws SlackDeliveryException {
        Objects.requireNonNull(digest, "digest");
        String channel = subscriber.getSlackChannel();
        if (channel == null || channel.isBlank()) {
            throw SlackDeliveryException.permanent(
                    "Subscriber " + subscriber.getId() + " names no Slack channel", "no_channel");
        }
        List<ObjectNode> payloads =
                messages.messages(digest, subscriber.getLocale(), Set.copyOf(subscriber.getThemes()), webEdition);
        if (outbox != null) {
            return write(digest.getWeek(), channel.strip().toLowerCase(Locale.ROOT), payloads);
        }
        SlackWebhook webhook = webhooks.find(channel)
                .orElseThrow(() -> SlackDeliveryException.permanent(
                        "No Slack webhook is configured for channel '" + channel.strip() + "' (subscriber "
                                + subscriber.getId() + "); set " + SlackWebhooks.PREFIX + "<NAME>",
                        "unknown_channel"));
        int skip = Math.max(0, Math.min(alreadyPosted, payloads.size()));
        if (skip == payloads.size()) {
            // cannot follow a failure, which always leaves a part unposted; nothing to do
            return new SlackDeliveryResult(payloads.size(), payloads.size());
        }
        try {
            // the parts posted by this call, after the skipped ones
            return client.post(webhook, payloads.subList(skip, payloads.size()));
        } catch (SlackDeliveryException e) {
            if (skip == 0) {
                throw e;
            }
            SlackDeliveryException counted = new SlackDeliveryException(
                    e.getMessage(), e.reason(), e.permanent(), e.status(), skip + e.partsDelivered());
            counted.initCause(e);
            throw counted;
        }
    }

    private SlackDeliveryResult write(String week, String channel, List<ObjectNode> payloads)
            throws SlackDeliveryException {
        try {
            outbox.write(week, channel, payloads);
            return new SlackDeliveryResult(payloads.size(), payloads.size());
        } catch (IllegalArgumentException e) {
            throw SlackDeliveryException.permanent(e.getMessage(), "bad_channel_name");
        } catch (IOException e) {
            SlackDeliveryException failure = new SlackDeliveryException(
                    "Cannot write the Slack outbox file of channel " + channel, "io_error", false, 0, 0);
            failure.initCause(e);
            throw failure;
        }
    }

    @Override
    public String toString() {
        return outbox != null ? "SlackSender[" + outbox + "]" : "SlackSender[" + webhooks + "]";
    }
}
