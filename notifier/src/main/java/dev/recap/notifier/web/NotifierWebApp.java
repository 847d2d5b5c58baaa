package dev.recap.notifier.web;

import dev.recap.notifier.NotifierSettings;
import dev.recap.notifier.email.MailTransport;
import dev.recap.notifier.render.DigestRenderer;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.subscribers.SubscriberDirectory;
import dev.recap.notifier.subscribers.SubscriberWriter;
import dev.recap.schemas.TopicCatalogue;
import java.time.Clock;
import java.util.Map;

/**
 * The notifier's web side put together: sign-up, confirmation and unsubscribe over the subscribers topic,
 * confirmation emails through the notifier's mail transport, the digest archive, health and metrics,
 * all on one {@link NotifierHttpServer}. Closing it stops the server and its Kafka writer.
 */
public final class NotifierWebApp implements AutoCloseable {

    private final NotifierHttpServer server;
    private final SubscriberWriter writer;

    private NotifierWebApp(NotifierHttpServer server, SubscriberWriter writer) {
        this.server = server;
        this.writer = writer;
    }

    /**
     * Starts the web side on {@code bindAddress:port} (port 0: any free port), signing links with {@code
     * tokens}, which must be the ones the emails' unsubscribe links are signed with.
     */
    public static NotifierWebApp start(
            TopicCatalogue catalogue,
            Map<String, Object> kafkaConfig,
            NotifierSettings settings,
            MailTransport transport,
            SubscriberTokens tokens,
            Clock clock,
            String bindAddress,
            int port) {
        PublicUrls urls = new PublicUrls(settings.publicUrl());
        WebMetrics metrics = new WebMetrics();
        SubscriberWriter writer = SubscriberWriter.open(catalogue, kafkaConfig, settings.kafkaTimeout());
        try {
            SubscriptionService subscriptions = new SubscriptionService(
                    new SubscriberDirectory(catalogue, kafkaConfig, settings.kafkaTimeout()),
                    writer,
                    tokens,
                    new ConfirmationEmailComposer(settings.mailFrom(), clock),
                    transport,
                    urls,
                    metrics,
                    clock);
            DigestArchive archive = new DigestArchive(
                    catalogue, kafkaConfig, settings.kafkaTimeout(), DigestArchive.DEFAULT_MAX_AGE, clock);
            NotifierHttpServer server =
                    new NotifierHttpServer(subscriptions, archive, new DigestRenderer(urls), metrics);
            server.start(bindAddress, port);
            return new NotifierWebApp(server, writer);
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        writer.close();
    }
}
