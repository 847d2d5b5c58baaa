package dev.recap.app;

import dev.recap.notifier.NotifierReport;
import dev.recap.notifier.NotifierService;
import dev.recap.notifier.NotifierSettings;
import dev.recap.notifier.SendRequest;
import dev.recap.notifier.delivery.SendCalendar;
import dev.recap.notifier.delivery.SendRefusedException;
import dev.recap.notifier.email.UnsubscribeLinks;
import dev.recap.notifier.render.PublicUrls;
import dev.recap.notifier.slack.SlackClientSettings;
import dev.recap.notifier.slack.SlackDigestMessages;
import dev.recap.notifier.slack.SlackOutbox;
import dev.recap.notifier.slack.SlackSender;
import dev.recap.notifier.slack.SlackWebhookClient;
import dev.recap.notifier.slack.SlackWebhooks;
import dev.recap.notifier.web.NotifierHttpServer;
import dev.recap.notifier.web.NotifierWebApp;
import dev.recap.notifier.web.SignedUnsubscribeLinks;
import dev.recap.notifier.web.SubscriberTokens;
import dev.recap.schemas.TopicCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recap notifier}: the notifier service. It sends the week just ended at the configured time
 * (default Friday 09:00 Europe/Paris), catching up at start if that time has passed this week, and stops
 * cleanly on SIGTERM: messages in hand are finished and recorded. {@code recap notifier send} sends one
 * week on command.
 */
@Command(
        name = "notifier",
        mixinStandardHelpOptions = true,
        description = "Run the notifier: send the week just ended at the configured time (RECAP_SEND_AT, "
                + "RECAP_SEND_ZONE), once per subscriber and channel.",
        subcommands = {NotifierCommand.Send.class})
final class NotifierCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierCommand.class);

    @Mixin
    Common common;

    @Option(
            names = "--http-port",
            defaultValue = "8080",
            description = "Port of the web side: sign-up, confirm, unsubscribe, /digests, /health, /metrics "
                    + "(default: ${DEFAULT-VALUE}; 0 for any free port).")
    int httpPort;

    @Option(
            names = "--bind",
            defaultValue = NotifierHttpServer.ALL_INTERFACES,
            description = "Address the web side listens on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Spec
    CommandSpec spec;

    /** Options every notifier command takes. */
    static final class Common {
        @Option(
                names = "--out",
                defaultValue = "out",
                description = "Folder for digests (JSON), web pages and, without SMTP, the .eml outbox "
                        + "(default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(
                names = "--bootstrap-servers",
                description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS).")
        String bootstrapServers;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (httpPort < 0 || httpPort > 65_535) {
            throw new UserFacingException("recap notifier: --http-port must be 0-65535, was " + httpPort);
        }
        Map<String, String> env = System.getenv();
        NotifierService service = service(TopicCatalogue.standard(), common, env);
        NotifierSettings settings = settings(env, common.out);
        SendCalendar calendar = settings.calendar();
        try (NotifierWebApp web = startWeb(env, settings)) {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Web side on http://%s:%d/ (sign-up, unsubscribe, /digests, /health, /metrics)%n",
                            bind, web.port());
            return runSchedule(service, calendar);
        }
    }

    private NotifierWebApp startWeb(Map<String, String> env, NotifierSettings settings) {
        Map<String, Object> kafka = KafkaClientSettings.fromEnvironment(env, common.bootstrapServers);
        try {
            return NotifierWebApp.start(
                    TopicCatalogue.standard(),
                    kafka,
                    settings,
                    settings.mailTransport(mailFolder(common.out)),
                    SubscriberTokens.fromEnvironment(env, Clock.systemUTC()),
                    Clock.systemUTC(),
                    bind,
                    httpPort);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("recap notifier: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new UserFacingException(
                    "recap notifier: cannot listen on " + bind + ":" + httpPort
                            + " (in use? try --http-port 0 for any free port)",
                    e);
        }
    }

    private int runSchedule(NotifierService service, SendCalendar calendar) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service, stopped, finished), "recap-notifier-stop"));
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        out.printf(
                "Recap notifier running: sends the week just ended every %s at %s (%s)%n",
                calendar.day(), calendar.time(), calendar.zone());
        out.flush();
        try {
            Instant lastSendTime = calendar.nextSendAfter(clock.instant().minus(Duration.ofDays(7)));
            if (!lastSendTime.isAfter(clock.instant())) {
                // the last send time passed while we were not running: send what it would have sent
                // (the ledger skips whoever already has it)
                sendWeek(service, calendar.weekJustEnded(lastSendTime), out);
            }
            while (true) {
                Instant next = calendar.nextSendAfter(clock.instant());
                LOG.info("Next send at {}", next);
                if (stopped.await(Duration.between(clock.instant(), next).toMillis(), TimeUnit.MILLISECONDS)) {
                    return 0;
                }
                sendWeek(service, calendar.weekJustEnded(next), out);
            }
        } finally {
            finished.countDown();
        }
    }

    private static void sendWeek(NotifierService service, String week, PrintWriter out) {
        NotifierReport report = service.send(SendRequest.week(week));
        print(out, report);
        out.flush();
    }

    // SIGTERM: the run in progress finishes the messages in hand and records them before the JVM exits.
    private static void stop(NotifierService service, CountDownLatch stopped, CountDownLatch finished) {
        service.requestStop();
        stopped.countDown();
        try {
            if (!finished.await(30, TimeUnit.SECONDS)) {
                LOG.warn("The notifier did not finish its messages in hand within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code recap notifier send --week W}: sends one week now. */
    @Command(
            name = "send",
            mixinStandardHelpOptions = true,
            description = "Send one week's digest now, once per subscriber and channel.")
    static final class Send implements Callable<Integer> {

        @Mixin
        Common common;

        @Option(names = "--week", required = true, description = "The ISO week to send, such as 2023-W16.")
        String week;

        @Option(
                names = "--force",
                description = "Send a week other than the one just ended, and send again to whoever has it.")
        boolean force;

        @Option(names = "--dry-run", description = "Print who would get what; send and record nothing.")
        boolean dryRun;

        @Option(names = "--to", paramLabel = "EMAIL", description = "Only the subscriber with this address.")
        String to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            SendRequest request;
            try {
                request = SendRequest.week(week).forced(force).dryRun(dryRun).onlyTo(Optional.ofNullable(to));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("recap notifier send: --week: " + e.getMessage());
            }
            NotifierService service = service(TopicCatalogue.standard(), common, System.getenv());
            CountDownLatch done = new CountDownLatch(1);
            Thread hook = new Thread(() -> stopAndWait(service, done), "recap-notifier-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            NotifierReport report;
            try {
                report = service.send(request);
            } catch (SendRefusedException | IllegalArgumentException e) {
                throw new UserFacingException("recap notifier send: " + e.getMessage());
            } finally {
                done.countDown();
                removeHook(hook);
            }
            PrintWriter out = spec.commandLine().getOut();
            print(out, report);
            report.planned().forEach(line -> out.println("  would send: " + line));
            return report.failed() == 0 && report.notAttempted() == 0 || dryRun ? 0 : 1;
        }

        private static void removeHook(Thread hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and waits for us
            }
        }

        // SIGTERM: the messages in hand are finished and recorded before the JVM exits
        private static void stopAndWait(NotifierService service, CountDownLatch done) {
            service.requestStop();
            try {
                if (!done.await(30, TimeUnit.SECONDS)) {
                    LOG.warn("The notifier did not finish its messages in hand within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static NotifierSettings settings(Map<String, String> env, Path out) {
        try {
            return NotifierSettings.fromEnvironment(env).withOutputDir(out);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("recap notifier: " + e.getMessage(), e);
        }
    }

    static NotifierService service(TopicCatalogue catalogue, Common common, Map<String, String> env) {
        Map<String, Object> kafka = KafkaClientSettings.fromEnvironment(env, common.bootstrapServers);
        NotifierSettings settings = settings(env, common.out);
        return service(catalogue, kafka, env, settings, common.out);
    }

    private static NotifierService service(
            TopicCatalogue catalogue,
            Map<String, Object> kafka,
            Map<String, String> env,
            NotifierSettings settings,
            Path out) {
        Clock clock = Clock.systemUTC();
        UnsubscribeLinks links;
        try {
            links = SignedUnsubscribeLinks.fromEnvironment(env, new PublicUrls(settings.publicUrl()), clock);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("recap notifier: " + e.getMessage(), e);
        }
        return new NotifierService(catalogue, kafka, settings.mailTransport(mailFolder(out)), settings, clock, links)
                .withSlack(slack(env, out));
    }

    /**
     * Posts to the webhooks of {@code RECAP_SLACK_WEBHOOK_<NAME>}; without any, writes the messages to
     * {@code <out>/slack/<week>/<channel>.json} instead, as email without SMTP goes to the outbox.
     */
    static SlackSender slack(Map<String, String> env, Path out) {
        SlackWebhooks webhooks;
        try {
            webhooks = SlackWebhooks.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("recap notifier: " + e.getMessage(), e);
        }
        if (webhooks.channels().isEmpty()) {
            return SlackSender.writing(new SlackDigestMessages(), new SlackOutbox(out));
        }
        return SlackSender.posting(
                new SlackDigestMessages(), webhooks, new SlackWebhookClient(SlackClientSettings.defaults()));
    }

    /** Every week's digest to every subscriber not yet served (the demo and tests). */
    static NotifierReport deliver(
            TopicCatalogue catalogue, Map<String, Object> kafka, Map<String, String> env, Path out, boolean force) {
        NotifierSettings settings = settings(env, out);
        return service(catalogue, kafka, env, settings, out).deliverAll(force);
    }

    static Path mailFolder(Path out) {
        return out.resolve("mail");
    }

    static void print(PrintWriter out, NotifierReport report) {
        out.printf(
                "Delivered %d email(s) and %d Slack message(s) for %s (%d skipped, %d failed, %d not attempted)%n",
                report.sent() - report.sentToSlack(),
                report.sentToSlack(),
                report.weeks().isEmpty() ? "no week yet" : String.join(", ", report.weeks()),
                report.skipped(),
                report.failed(),
                report.notAttempted());
        report.problems().forEach(problem -> out.println("  " + problem));
    }
}
