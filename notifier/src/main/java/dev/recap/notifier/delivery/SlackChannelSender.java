package dev.recap.notifier.delivery;

import dev.recap.events.Delivery;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.slack.SlackDeliveryException;
import dev.recap.notifier.slack.SlackDeliveryResult;
import dev.recap.notifier.slack.SlackSender;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Posts a digest to a subscriber's Slack channel through a shared {@link SlackSender} (whose client paces
 * each webhook and already retries 429 and 5xx), so every failure that reaches the dispatcher is final.
 */
public final class SlackChannelSender implements ChannelSender {

    private static final String PARTS = "slack-parts-posted:";

    private final SlackSender slack;
    private final PublicUrls urls;

    private SlackChannelSender(SlackSender slack, PublicUrls urls) {
        this.slack = slack;
        this.urls = urls;
    }

    /** Senders sharing {@code slack}, linking to the web edition under {@code urls}. */
    public static Supplier<ChannelSender> sharing(SlackSender slack, PublicUrls urls) {
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(urls, "urls");
        return () -> new SlackChannelSender(slack, urls);
    }

    @Override
    public String send(Digest digest, Subscriber subscriber) throws DeliveryFailedException {
        return send(digest, subscriber, Optional.empty());
    }

    @Override
    public String send(Digest digest, Subscriber subscriber, Optional<Delivery> previous)
            throws DeliveryFailedException {
        int posted = previous.filter(d -> d.getWeek().equals(digest.getWeek()))
                .map(Delivery::getMessageId)
                .map(SlackChannelSender::partsOf)
                .orElse(0);
        try {
            SlackDeliveryResult result = slack.send(digest, subscriber, urls.webEdition(digest.getWeek()), posted);
            return "slack:" + subscriber.getSlackChannel() + ":" + result.parts() + " part(s)";
        } catch (SlackDeliveryException e) {
            // the client has retried what can be retried; the parts already posted are recorded so that the
            // next run resumes after them instead of posting them twice
            throw new DeliveryFailedException(
                    "Slack " + e.reason() + " after " + e.partsDelivered() + " part(s): " + e.getMessage(),
                    e,
                    true,
                    false,
                    PARTS + e.partsDelivered());
        }
    }

    private static int partsOf(String progress) {
        if (progress == null || !progress.startsWith(PARTS)) {
            return 0;
        }
        try {
            return Integer.parseInt(progress.substring(PARTS.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        // the Slack client is shared by the whole notifier
    }
}
