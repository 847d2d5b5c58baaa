package dev.recap.notifier;

import dev.recap.events.Delivery;
import dev.recap.events.DeliveryState;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.notifier.email.DigestEmailComposer;
import dev.recap.notifier.email.MailSendException;
import dev.recap.notifier.email.MailTransport;
import dev.recap.notifier.email.OutgoingEmail;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.notifier.ledger.DeliveryLedger;
import dev.recap.notifier.render.DigestRenderer;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.web.DigestPublisher;
import dev.recap.notifier.web.SignedUnsubscribeLinks;
import dev.recap.schemas.TopicCatalogue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One notifier run: reads the current subscribers, the latest digest of each week and the delivery
 * ledger from Kafka, emails each week's digest to every ACTIVE email subscriber not already served,
 * records every outcome in the ledger before the next send, and publishes the digests as files.
 */
public final class NotifierService {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierService.class);
    private static final int MAX_ERROR_CHARS = 1000;

    private final TopicCatalogue catalogue;
    private final Map<String, Object> kafkaConfig;
    private final MailTransport transport;
    private final NotifierSettings settings;
    private final Clock clock;
    private final DigestRenderer renderer;
    private final DigestEmailComposer composer;
    private final DeliveryPlanner planner = new DeliveryPlanner();

    public NotifierService(
            TopicCatalogue catalogue,
            Map<String, Object> kafkaConfig,
            MailTransport transport,
            NotifierSettings settings,
            Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.transport = Objects.requireNonNull(transport, "transport");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        PublicUrls urls = new PublicUrls(settings.publicUrl());
        this.renderer = new DigestRenderer(urls);
        this.composer = new DigestEmailComposer(
                settings.mailFrom(),
                SignedUnsubscribeLinks.fromEnvironment(System.getenv(), urls, clock),
                renderer,
                clock);
    }

    /**
     * Delivers every week's latest digest. With {@code force}, subscribers the ledger marks SENT get it again.
     *
     * @throws dev.recap.notifier.ledger.LedgerWriteException when an outcome cannot be recorded (the run stops)
     * @throws UncheckedIOException when the output files cannot be written
     */
    public NotifierReport deliverAll(boolean force) {
        CompactedTopicReader reader = new CompactedTopicReader(kafkaConfig, settings.kafkaTimeout());
        Map<String, Subscriber> subscribers = reader.readToEnd(catalogue.subscribers());
        Collection<Digest> digests =
                latestPerWeek(reader.readToEnd(catalogue.digests()).values());
        List<Path> files = publish(digests);
        NotifierReport report;
        try (DeliveryLedger ledger = DeliveryLedger.load(catalogue, kafkaConfig, settings.kafkaTimeout())) {
            DeliveryPlan plan = planner.plan(digests, subscribers.values(), ledger::alreadySent, force);
            plan.skipped().forEach(skip -> LOG.debug("Skipping {}", skip));
            int sent = send(plan, ledger);
            List<String> weeks = digests.stream().map(Digest::getWeek).toList();
            report = new NotifierReport(
                    weeks, sent, plan.skipped().size(), plan.deliveries().size() - sent, files);
        }
        LOG.info(
                "Notifier run: weeks {}, {} sent, {} skipped, {} failed, {} files written",
                report.weeks(),
                report.sent(),
                report.skipped(),
                report.failed(),
                report.filesWritten().size());
        return report;
    }

    private static Collection<Digest> latestPerWeek(Collection<Digest> digests) {
        Map<String, Digest> byWeek = new TreeMap<>();
        digests.forEach(digest -> byWeek.put(digest.getWeek(), digest));
        return byWeek.values();
    }

    private List<Path> publish(Collection<Digest> digests) {
        if (settings.outputDir().isEmpty()) {
            return List.of();
        }
        DigestPublisher publisher = new DigestPublisher(settings.outputDir().get(), renderer);
        List<Path> files = new ArrayList<>();
        for (Digest digest : digests) {
            try {
                files.addAll(publisher.publish(digest));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the files of digest " + digest.getId(), e);
            }
        }
        return files;
    }

    /** Sends the planned emails through one batch; returns how many were sent. */
    private int send(DeliveryPlan plan, DeliveryLedger ledger) {
        if (plan.deliveries().isEmpty()) {
            return 0;
        }
        int sent = 0;
        try (MailTransport.Batch batch = transport.openBatch()) {
            for (DeliveryPlan.Planned planned : plan.deliveries()) {
                int attempt = 1
                        + ledger.attempts(
                                planned.digest().getWeek(), planned.subscriber().getId(), planned.channel());
                Delivery outcome = deliver(batch, planned, attempt);
                // Written and acknowledged before the next send: a restart never repeats this one.
                ledger.record(outcome);
                sent += outcome.getState() == DeliveryState.SENT ? 1 : 0;
            }
        }
        return sent;
    }

    private Delivery deliver(MailTransport.Batch batch, DeliveryPlan.Planned planned, int attempt) {
        String week = planned.digest().getWeek();
        String subscriberId = planned.subscriber().getId();
        try {
            MimeMessage message = composer.compose(planned.digest(), planned.subscriber());
            batch.send(new OutgoingEmail(week, subscriberId, message));
            return delivery(planned, DeliveryState.SENT, attempt, message.getMessageID(), null);
        } catch (MailSendException | MessagingException | RuntimeException e) {
            // One subscriber's bad address or refused message must not stop the others: it is recorded FAILED.
            LOG.warn("Email of {} to subscriber {} failed (attempt {})", week, subscriberId, attempt, e);
            return delivery(planned, DeliveryState.FAILED, attempt, null, describe(e));
        }
    }

    private Delivery delivery(
            DeliveryPlan.Planned planned, DeliveryState state, int attempts, String messageId, String error) {
        return Delivery.newBuilder()
                .setDigestId(planned.digest().getId())
                .setWeek(planned.digest().getWeek())
                .setSubscriberId(planned.subscriber().getId())
                .setChannel(planned.channel())
                .setState(state)
                .setAttempts(attempts)
                .setMessageId(messageId)
                .setAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setError(error)
                .build();
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS);
    }
}
