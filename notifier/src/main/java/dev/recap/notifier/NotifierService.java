package dev.recap.notifier;

import dev.recap.events.Channel;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.notifier.delivery.ChannelSender;
import dev.recap.notifier.delivery.DeliveryOutcomes;
import dev.recap.notifier.delivery.Dispatcher;
import dev.recap.notifier.delivery.EmailSenders;
import dev.recap.notifier.delivery.LiveSubscribers;
import dev.recap.notifier.delivery.RetryPolicy;
import dev.recap.notifier.delivery.SlackChannelSender;
import dev.recap.notifier.email.DigestEmailComposer;
import dev.recap.notifier.email.MailTransport;
import dev.recap.notifier.email.UnsubscribeLinks;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.notifier.kafka.WeekActivityReader;
import dev.recap.notifier.ledger.DeliveryLedger;
import dev.recap.notifier.render.DigestRenderer;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.render.WeekActivity;
import dev.recap.notifier.slack.SlackSender;
import dev.recap.notifier.subscribers.SubscriberWriteException;
import dev.recap.notifier.subscribers.SubscriberWriter;
import dev.recap.notifier.web.DigestPublisher;
import dev.recap.notifier.web.SignedUnsubscribeLinks;
import dev.recap.schemas.TopicCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One notifier run: reads the latest digest of each week and the delivery ledger from Kafka, follows the
 * subscribers topic for the whole run, plans who gets which week on which channel, and hands the plan to
 * a {@link Dispatcher} that records every delivery before and after it is sent. Also publishes the digests
 * as files. {@link #requestStop()} makes a run finish the messages in hand and return.
 */
public final class NotifierService {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierService.class);

    private final TopicCatalogue catalogue;
    private final Map<String, Object> kafkaConfig;
    private final NotifierSettings settings;
    private final Clock clock;
    private final PublicUrls urls;
    private final DigestRenderer renderer;
    private final Supplier<ChannelSender> emailSenders;
    private final DeliveryPlanner planner = new DeliveryPlanner();
    private final Map<Channel, Dispatcher.Lane> extraLanes = new EnumMap<>(Channel.class);
    private RetryPolicy.Sleeper sleeper = RetryPolicy.Sleeper.REAL;
    private volatile boolean stopRequested;
    // the charts of the weeks of the run in progress, read from theme-days when it starts
    private volatile Map<String, WeekActivity> activities = Map.of();

    /** A service whose unsubscribe links are signed with {@code RECAP_TOKEN_SECRET} from the environment. */
    public NotifierService(
            TopicCatalogue catalogue,
            Map<String, Object> kafkaConfig,
            MailTransport transport,
            NotifierSettings settings,
            Clock clock) {
        this(
                catalogue,
                kafkaConfig,
                transport,
                settings,
                clock,
                SignedUnsubscribeLinks.fromEnvironment(System.getenv(), new PublicUrls(settings.publicUrl()), clock));
    }

    /** A service whose emails carry the unsubscribe links of {@code unsubscribeLinks}. */
    public NotifierService(
            TopicCatalogue catalogue,
            Map<String, Object> kafkaConfig,
            MailTransport transport,
            NotifierSettings settings,
            Clock clock,
            UnsubscribeLinks unsubscribeLinks) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.urls = new PublicUrls(settings.publicUrl());
        this.renderer = new DigestRenderer(urls);
        DigestEmailComposer composer = new DigestEmailComposer(
                settings.mailFrom(), Objects.requireNonNull(unsubscribeLinks, "unsubscribeLinks"), renderer, clock);
        this.emailSenders = EmailSenders.of(
                composer,
                week -> activities.getOrDefault(week, WeekActivity.empty()),
                Objects.requireNonNull(transport, "transport"));
    }

    /** Delivers on {@code channel} too, through {@code workers} senders made by {@code senders}. */
    public NotifierService withChannel(Channel channel, int workers, Supplier<ChannelSender> senders) {
        extraLanes.put(channel, new Dispatcher.Lane(workers, senders));
        return this;
    }

    /** Posts to Slack through {@code slack}: one worker, since its client paces each webhook anyway. */
    public NotifierService withSlack(SlackSender slack) {
        return withChannel(Channel.SLACK, 1, SlackChannelSender.sharing(slack, urls));
    }

    /** Waits between retries with {@code waits} (tests record the waits instead of sleeping). */
    NotifierService withSleeper(RetryPolicy.Sleeper waits) {
        this.sleeper = Objects.requireNonNull(waits, "waits");
        return this;
    }

    /** Asks a running {@link #send} to finish the messages in hand, record them, and return. */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * Delivers every week's latest digest once per subscriber and channel. With {@code force}, deliveries
     * the ledger marks SENT are made again.
     */
    public NotifierReport deliverAll(boolean force) {
        return send(SendRequest.everyWeek().forced(force));
    }

    /**
     * Carries out {@code request}.
     *
     * @throws dev.recap.notifier.delivery.SendRefusedException for a week that is not the one just ended,
     *     without {@code --force}
     * @throws dev.recap.notifier.ledger.LedgerWriteException when a delivery cannot be recorded (the run stops)
     * @throws UncheckedIOException when the output files cannot be written
     */
    public NotifierReport send(SendRequest request) {
        request.week().ifPresent(week -> {
            if (!request.anyWeek()) {
                settings.calendar().checkSendable(week, clock.instant(), request.force());
            }
        });
        CompactedTopicReader reader = new CompactedTopicReader(kafkaConfig, settings.kafkaTimeout());
        Collection<Digest> digests = latestPerWeek(
                        reader.readToEnd(catalogue.digests()).values())
                .stream()
                .filter(d -> request.week().map(d.getWeek()::equals).orElse(true))
                .toList();
        List<String> weeks = digests.stream().map(Digest::getWeek).toList();
        activities = new WeekActivityReader(reader).read(catalogue.themeDays(), digests);
        if (request.week().isPresent() && digests.isEmpty()) {
            LOG.warn(
                    "No digest for {} in {}",
                    request.week().get(),
                    catalogue.digests().name());
        }
        List<Path> files = request.dryRun() ? List.of() : publish(digests);
        try (LiveSubscribers subscribers =
                        LiveSubscribers.start(kafkaConfig, catalogue.subscribers(), settings.kafkaTimeout());
                DeliveryLedger ledger = DeliveryLedger.load(catalogue, kafkaConfig, settings.kafkaTimeout())) {
            DeliveryPlan plan = planner.plan(digests, subscribers.all(), ledger(ledger), request.force(), request.to());
            if (request.to().isPresent()
                    && plan.deliveries().isEmpty()
                    && plan.skipped().isEmpty()) {
                throw new IllegalArgumentException("No active subscriber has the address "
                        + request.to().get() + "; add one with 'recap subscribers add --email "
                        + request.to().get() + " --status active'");
            }
            if (request.dryRun()) {
                return dryRunReport(weeks, plan);
            }
            Dispatcher dispatcher =
                    new Dispatcher(ledger, subscribers, settings.retry(), sleeper, clock, this::markBounced);
            DeliveryOutcomes outcomes =
                    dispatcher.run(plan.deliveries(), lanes(), request.force(), () -> stopRequested);
            NotifierReport report = report(weeks, plan, outcomes, files);
            LOG.info(
                    "Notifier run: weeks {}, {} sent, {} skipped, {} failed, {} not attempted, {} files written",
                    report.weeks(),
                    report.sent(),
                    report.skipped(),
                    report.failed(),
                    report.notAttempted(),
                    report.filesWritten().size());
            return report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while delivering", e);
        }
    }

    private Map<Channel, Dispatcher.Lane> lanes() {
        Map<Channel, Dispatcher.Lane> lanes = new EnumMap<>(Channel.class);
        lanes.put(Channel.EMAIL, new Dispatcher.Lane(settings.smtpConnections(), emailSenders));
        lanes.putAll(extraLanes);
        return lanes;
    }

    private static DeliveryPlanner.SentCheck ledger(DeliveryLedger ledger) {
        return new DeliveryPlanner.SentCheck() {
            @Override
            public boolean alreadySent(String week, String subscriberId, Channel channel) {
                return ledger.alreadySent(week, subscriberId, channel);
            }

            @Override
            public boolean uncertain(String week, String subscriberId, Channel channel) {
                return ledger.uncertain(week, subscriberId, channel);
            }
        };
    }

    private static NotifierReport dryRunReport(List<String> weeks, DeliveryPlan plan) {
        List<String> planned = plan.deliveries().stream()
                .map(p -> p.digest().getWeek() + " " + p.channel() + " "
                        + p.subscriber().getId() + " <"
                        + (p.channel() == Channel.EMAIL
                                ? p.subscriber().getEmail()
                                : p.subscriber().getSlackChannel())
                        + ">")
                .toList();
        return new NotifierReport(
                weeks, 0, 0, plan.skipped().size(), 0, plan.deliveries().size(), uncertain(plan), planned, List.of());
    }

    private static NotifierReport report(
            List<String> weeks, DeliveryPlan plan, DeliveryOutcomes outcomes, List<Path> files) {
        List<String> problems = new ArrayList<>(uncertain(plan));
        outcomes.failed().forEach(f -> problems.add("failed: " + describe(f.planned()) + ": " + f.reason()));
        outcomes.notAttempted()
                .forEach(f -> problems.add("not attempted: " + describe(f.planned()) + ": " + f.reason()));
        return new NotifierReport(
                weeks,
                outcomes.sent().size(),
                (int) outcomes.sent().stream()
                        .filter(p -> p.channel() == Channel.SLACK)
                        .count(),
                plan.skipped().size() + outcomes.skipped().size(),
                outcomes.failed().size(),
                outcomes.notAttempted().size(),
                problems,
                List.of(),
                files);
    }

    private static List<String> uncertain(DeliveryPlan plan) {
        return plan.skipped().stream()
                .filter(s -> s.reason() == DeliveryPlan.Reason.UNCERTAIN)
                .map(s -> "uncertain: " + s.week() + " " + s.channel() + " " + s.subscriberId()
                        + ": an interrupted run may have sent it; check, then resend with --force --to ADDRESS")
                .toList();
    }

    private static String describe(DeliveryPlan.Planned p) {
        return p.digest().getWeek() + " " + p.channel() + " " + p.subscriber().getId();
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
                files.addAll(
                        publisher.publish(digest, activities.getOrDefault(digest.getWeek(), WeekActivity.empty())));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the files of digest " + digest.getId(), e);
            }
        }
        return files;
    }

    // A hard bounce (550 mailbox unknown): the subscriber is marked BOUNCED, so no later run mails them.
    private void markBounced(Subscriber subscriber) {
        Subscriber bounced = Subscriber.newBuilder(subscriber)
                .setStatus(SubscriberStatus.BOUNCED)
                .setUpdatedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build();
        try (SubscriberWriter writer = SubscriberWriter.open(catalogue, kafkaConfig, settings.kafkaTimeout())) {
            writer.write(bounced);
            LOG.warn("Subscriber {} marked BOUNCED: the mail server refused the address", subscriber.getId());
        } catch (SubscriberWriteException e) {
            LOG.error("Could not mark subscriber {} BOUNCED", subscriber.getId(), e);
        }
    }
}
