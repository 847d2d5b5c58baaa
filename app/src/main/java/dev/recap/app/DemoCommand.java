package dev.recap.app;

import dev.recap.embedded.EmbeddedKafka;
import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import dev.recap.events.SubscriberStatus;
import dev.recap.ingest.FileIngestor;
import dev.recap.ingest.IngestSummary;
import dev.recap.notifier.NotifierReport;
import dev.recap.notifier.web.SubscriberTokens;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.RecapStreamsService;
import dev.recap.streams.StreamsSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recap demo}: the whole pipeline in one JVM on the embedded broker. Ingests the sample posts,
 * runs the Streams app until the weekly digests hold every post and talk, delivers them, and says what
 * it did and where the files are.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on an embedded Kafka broker over samples/ (or --posts), then deliver.")
final class DemoCommand implements Callable<Integer> {

    @Option(
            names = "--posts",
            paramLabel = "PATH",
            description = "Posts and schedules to read: files or folders, repeatable (default: samples/posts and"
                    + " samples/schedules).")
    List<Path> posts;

    @Option(names = "--out", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--subscribers",
            defaultValue = "samples/subscribers.yaml",
            description = "Subscribers (YAML) to deliver to (default: ${DEFAULT-VALUE}).")
    Path subscribers;

    @Option(names = "--zone", description = "Zone of days and ISO weeks (default: $RECAP_ZONE, else UTC).")
    ZoneId zone;

    @Option(names = "--smtp-host", description = "Send the emails to this SMTP server instead of the outbox folder.")
    String smtpHost;

    @Option(names = "--smtp-port", defaultValue = "25", description = "SMTP port (default: ${DEFAULT-VALUE}).")
    int smtpPort;

    @Option(
            names = "--timeout",
            defaultValue = "PT2M",
            description = "How long to wait for the Streams app (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long began = System.nanoTime();
        List<Path> inputs = posts == null || posts.isEmpty()
                ? List.of(Path.of("samples", "posts"), Path.of("samples", "schedules"))
                : posts;
        Paths.requireExisting(inputs, "recap demo --posts");
        Paths.requireExisting(List.of(subscribers), "recap demo --subscribers");
        List<Subscriber> audience = SubscriberFile.read(subscribers);
        PrintWriter console = spec.commandLine().getOut();
        TopicCatalogue catalogue = TopicCatalogue.standard();
        Map<String, String> env = environment();
        StreamsSettings streamsSettings = StreamsSettings.fromEnvironment(env).withApplicationId("recap-demo");
        if (!env.containsKey("RECAP_STREAMS_HTTP_PORT")) {
            // The demo runs to completion: no query server unless asked for, so it never fights for a port.
            streamsSettings = streamsSettings.withHttpPort(StreamsSettings.HTTP_DISABLED);
        }
        if (zone != null) {
            streamsSettings = streamsSettings.withZone(zone);
        }
        Path stateDir = Files.createTempDirectory("recap-demo-state-");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            console.printf(
                    "Embedded Kafka ready at %s in %.1f s%n", kafka.bootstrapServers(), seconds(kafka.startupTime()));
            console.flush();
            kafka.createTopics(catalogue);
            Map<String, Object> client = KafkaClientSettings.fromEnvironment(Map.of(), kafka.bootstrapServers());
            SubscriberPublisher.publish(catalogue, client, audience);

            Properties producer = FileIngestor.producerDefaults(kafka.bootstrapServers());
            IngestSummary ingested = new FileIngestor(catalogue, producer, Clock.systemUTC()).ingest(inputs);
            IngestCommand.print(console, ingested, inputs);
            console.flush();

            Map<String, Digest> digests;
            StreamsSettings settings = streamsSettings
                    .withBootstrapServers(kafka.bootstrapServers())
                    .withStateDir(stateDir.toString())
                    .withCommitIntervalMs(200);
            try (RecapStreamsService streams = new RecapStreamsService(catalogue, settings)) {
                streams.start();
                digests = DigestWatcher.awaitAll(catalogue, client, ingested, streams::talkIdOf, timeout);
            }
            printDigests(console, digests, settings.zone());

            NotifierReport report = NotifierCommand.deliver(catalogue, client, env, out, false);
            long inactive = audience.stream()
                    .filter(s -> s.getStatus() != SubscriberStatus.ACTIVE)
                    .count();
            console.printf(
                    "Delivered %d email(s) and %d Slack message(s) (%d skipped, %d failed); %d subscriber(s) not active%n",
                    report.sent() - report.sentToSlack(),
                    report.sentToSlack(),
                    report.skipped(),
                    report.failed(),
                    inactive);
            printFiles(console, report);
        } finally {
            deleteTree(stateDir);
        }
        console.printf("Done in %.1f s%n", (System.nanoTime() - began) / 1e9);
        return 0;
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        // the demo's broker and links die with it: a fresh secret per run, without the warning a service gets
        env.putIfAbsent(SubscriberTokens.SECRET_ENV, demoSecret());
        if (smtpHost != null) {
            env.put("RECAP_SMTP_HOST", smtpHost);
            env.put("RECAP_SMTP_PORT", String.valueOf(smtpPort));
        }
        return env;
    }

    private static String demoSecret() {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static void printDigests(PrintWriter console, Map<String, Digest> digests, ZoneId zone) {
        console.printf("Streams built %d weekly digest(s) (zone %s):%n", digests.size(), zone);
        digests.values()
                .forEach(d -> console.printf(
                        "  %s  %d post(s), %d talk(s), %d theme(s)  id %s%n",
                        d.getWeek(),
                        d.getStats().getPosts(),
                        d.getStats().getTalks(),
                        d.getStats().getThemes(),
                        d.getId()));
    }

    private void printFiles(PrintWriter console, NotifierReport report) throws IOException {
        console.println("Files:");
        report.filesWritten().forEach(f -> console.println("  " + f));
        for (Path folder : List.of(NotifierCommand.mailFolder(out), out.resolve("slack"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(p -> p.toString().endsWith(".eml")
                                    || p.toString().endsWith(".json"))
                            .sorted()
                            .forEach(p -> console.println("  " + p));
                }
            }
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
