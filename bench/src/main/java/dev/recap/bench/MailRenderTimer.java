package dev.recap.bench;

import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.notifier.NotifierSettings;
import dev.recap.notifier.email.DigestEmailComposer;
import dev.recap.notifier.email.UnsubscribeLinks;
import dev.recap.notifier.render.DigestRenderer;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.web.SignedUnsubscribeLinks;
import dev.recap.notifier.web.SubscriberTokens;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Times the notifier's email path without SMTP or Kafka, with a composer built as {@code NotifierService}
 * builds its own: the templates alone ({@link DigestRenderer#renderEmail}), and the whole message
 * ({@link DigestEmailComposer#compose}, then serialised as SMTP would send it, to a null stream), each over
 * every subscriber on as many threads as the notifier has connections.
 */
final class MailRenderTimer {

    private final DigestRenderer renderer;
    private final DigestEmailComposer composer;
    private final UnsubscribeLinks links;
    private final int threads;

    MailRenderTimer(NotifierSettings settings, int threads) {
        PublicUrls urls = new PublicUrls(settings.publicUrl());
        this.renderer = new DigestRenderer(urls);
        // signed as the notifier signs them: the HMAC is part of each email's cost
        this.links = new SignedUnsubscribeLinks(urls, SubscriberTokens.ephemeral(Clock.systemUTC()), Optional.empty());
        this.composer = new DigestEmailComposer(settings.mailFrom(), links, renderer, Clock.systemUTC());
        this.threads = threads;
    }

    /** The average size in bytes of the serialised emails of the first {@code sample} subscribers. */
    long averageBytes(Digest digest, List<Subscriber> subscribers, int sample) {
        int n = Math.min(sample, subscribers.size());
        long total = 0;
        for (Subscriber s : subscribers.subList(0, n)) {
            CountingStream counter = new CountingStream();
            serialise(compose(digest, s), counter);
            total += counter.bytes;
        }
        return total / n;
    }

    /** Nanoseconds to render the HTML and text bodies of every subscriber's email. */
    long templatesOnly(Digest digest, List<Subscriber> subscribers) throws InterruptedException {
        return timed(subscribers, s -> renderer.renderEmail(digest, s, links.forSubscriber(s.getId())));
    }

    /** Nanoseconds to compose and serialise every subscriber's email. */
    long composeAndSerialise(Digest digest, List<Subscriber> subscribers) throws InterruptedException {
        OutputStream nowhere = OutputStream.nullOutputStream();
        return timed(subscribers, s -> serialise(compose(digest, s), nowhere));
    }

    private long timed(List<Subscriber> subscribers, Consumer<Subscriber> work) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long began = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < subscribers.size(); i = next.getAndIncrement()) {
                        work.accept(subscribers.get(i));
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            return System.nanoTime() - began;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rendering failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private MimeMessage compose(Digest digest, Subscriber subscriber) {
        try {
            return composer.compose(digest, subscriber);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot compose the email of " + subscriber.getId(), e);
        }
    }

    private static void serialise(MimeMessage message, OutputStream out) {
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot serialise an email", e);
        }
    }

    private static final class CountingStream extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
