package dev.recap.bench;

import dev.recap.embedded.EmbeddedKafka;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.notifier.NotifierReport;
import dev.recap.notifier.NotifierService;
import dev.recap.notifier.NotifierSettings;
import dev.recap.notifier.SendRequest;
import dev.recap.notifier.email.SmtpMailTransport;
import dev.recap.schemas.AvroTrust;
import dev.recap.schemas.TopicCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The email benchmark: on the embedded broker, publishes one generated digest and {@code --emails}
 * subscribers to fresh topics per run, then has the notifier ({@link NotifierService#send} of every week)
 * render and send each subscriber's email over {@code --connections} SMTP connections to Postfix's
 * {@code smtp-sink} on loopback, recording each delivery in the ledger. In the same run, {@code smtp-source}
 * sends as many messages of the same average size over as many connections to the same sink (the baseline),
 * and the email path alone is timed without SMTP or Kafka ({@link MailRenderTimer}). Prints emails per second
 * for one warm-up run and {@code --runs} measured ones. It reports; it never fails on speed.
 */
public final class MailBenchmark {

    // emails composed up front to size smtp-source's messages like the notifier's
    private static final int SIZE_SAMPLE = 200;

    private MailBenchmark() {}

    /** {@code [--emails N] [--connections C] [--runs R] [--seed S]}. */
    public static void main(String[] args) throws Exception {
        MailBenchOptions options =
                BenchConsole.optionsOrExit("mail bench", MailBenchOptions.USAGE, MailBenchOptions::parse, args);
        Optional<Path> missing = Stream.of(MailSink.SMTP_SINK, MailSourceBaseline.SMTP_SOURCE)
                .filter(tool -> !Files.isExecutable(tool))
                .findFirst();
        if (missing.isPresent()) {
            BenchConsole.exit(2, missing.get().getFileName() + " not found: install postfix (apt-get install postfix)");
            return;
        }
        AvroTrust.install();
        if (!measure(options, new MailReport(BenchConsole.report(), options))) {
            BenchConsole.exit(1, "mail bench: a run did not deliver every email (not about speed); see the table");
        }
    }

    /** Runs the warm-up and the measured runs, printing each; whether every run was valid. */
    private static boolean measure(MailBenchOptions options, MailReport report)
            throws IOException, InterruptedException {
        MailDigestGenerator generator = new MailDigestGenerator(options.seed());
        Digest digest = generator.digest();
        List<Subscriber> subscribers = IntStream.rangeClosed(1, options.emails())
                .mapToObj(generator::subscriber)
                .toList();
        boolean allValid = true;
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
                MailSink sink = MailSink.start()) {
            NotifierSettings settings = NotifierSettings.fromEnvironment(Map.of(
                            "RECAP_SMTP_HOST", MailSink.LOOPBACK, "RECAP_SMTP_PORT", String.valueOf(sink.port())))
                    .withSmtpConnections(options.connections());
            MailRenderTimer timer = new MailRenderTimer(settings, options.connections());
            long averageBytes = timer.averageBytes(digest, subscribers, SIZE_SAMPLE);
            report.header(averageBytes, sink.port());
            Map<String, Object> client = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            // every run's topics made up front: a partition's leader is not ready the instant it is created
            List<TopicCatalogue> catalogues = IntStream.rangeClosed(0, options.runs())
                    .mapToObj(run -> TopicCatalogue.withPrefix(
                            "bench-mail-" + ProcessHandle.current().pid() + "-" + run + "-"))
                    .toList();
            catalogues.forEach(kafka::createTopics);
            RunContext context = new RunContext(client, sink, settings, timer, generator, subscribers, digest);
            List<MailReport.Run> measured = new ArrayList<>();
            for (int run = 0; run <= options.runs(); run++) {
                MailReport.Run figures = run(context, catalogues.get(run), options, averageBytes, run);
                report.run(figures);
                allValid &= figures.valid();
                if (run > 0) {
                    measured.add(figures);
                }
            }
            report.summary(measured);
        }
        return allValid;
    }

    /** What every run shares. */
    private record RunContext(
            Map<String, Object> client,
            MailSink sink,
            NotifierSettings settings,
            MailRenderTimer timer,
            MailDigestGenerator generator,
            List<Subscriber> subscribers,
            Digest digest) {}

    /** One run on its own, fresh {@code catalogue}: the ledger starts empty, so every subscriber is due. */
    private static MailReport.Run run(
            RunContext c, TopicCatalogue catalogue, MailBenchOptions options, long averageBytes, int run)
            throws IOException, InterruptedException {
        String label = run == 0 ? "warm-up" : String.valueOf(run);
        int n = options.emails();
        MailWeekProducer.publish(c.client(), catalogue, c.generator(), n);

        long sourceNanos =
                MailSourceBaseline.send(c.sink().port(), n, options.connections(), Math.toIntExact(averageBytes));

        long sinkBefore = c.sink().messagesReceived();
        NotifierService notifier = new NotifierService(
                catalogue,
                c.client(),
                new SmtpMailTransport(c.settings().smtp().orElseThrow()),
                c.settings(),
                Clock.systemUTC());
        long began = System.nanoTime();
        NotifierReport sent = notifier.send(SendRequest.everyWeek());
        long notifierNanos = System.nanoTime() - began;
        long sinkReceived = c.sink().messagesReceived() - sinkBefore;

        long composeNanos = c.timer().composeAndSerialise(c.digest(), c.subscribers());
        long templatesNanos = c.timer().templatesOnly(c.digest(), c.subscribers());
        return new MailReport.Run(
                label,
                n / (sourceNanos / 1e9),
                sent.sent() / (notifierNanos / 1e9),
                n / (composeNanos / 1e9),
                n / (templatesNanos / 1e9),
                notifierNanos / 1e9,
                sinkReceived,
                problems(sent, n));
    }

    private static List<String> problems(NotifierReport report, int expected) {
        List<String> problems = new ArrayList<>();
        if (report.sent() != expected || report.failed() != 0) {
            problems.add(String.format(
                    Locale.ROOT,
                    "sent %d of %d, %d failed, %d skipped, %d not attempted",
                    report.sent(),
                    expected,
                    report.failed(),
                    report.skipped(),
                    report.notAttempted()));
        }
        problems.addAll(report.problems());
        return problems;
    }
}
