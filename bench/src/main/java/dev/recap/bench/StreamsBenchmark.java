package dev.recap.bench;

import dev.recap.embedded.EmbeddedKafka;
import dev.recap.schemas.AvroTrust;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.RecapStreamsService;
import dev.recap.streams.StreamsSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The Streams benchmark: on the embedded broker, produces {@code --events} generated talk mentions
 * ({@link MentionGenerator}) to {@code talk-mentions}, then, in each run, reads them all with a plain
 * read_committed consumer (the baseline) and has a fresh instance of the Recap Streams app ({@code
 * exactly_once_v2}) classify, resolve and aggregate them into digests; in between, the {@link SkeletonApp}
 * (a one-partition hop and a store write per record, nothing else) gives the price of the shape alone.
 * Prints events per second from the
 * app's RUNNING state to its group having committed every input and repartition record ({@link
 * AppProgress}) and published, and committed, every digest and theme-day they change, the baseline's
 * records per second and their ratio, for one warm-up run and {@code
 * --runs} measured ones. It reports; it never fails on speed.
 */
public final class StreamsBenchmark {

    private static final Duration CHECK_EVERY = Duration.ofMillis(100);

    private StreamsBenchmark() {}

    /** {@code [--events N] [--talks T] [--runs R] [--seed S] [--commit-interval-ms MS] [--timeout ISO-8601]}. */
    public static void main(String[] args) throws Exception {
        PrintStream out = BenchConsole.report();
        StreamsBenchOptions options = BenchConsole.optionsOrExit(
                "streams bench", StreamsBenchOptions.USAGE, StreamsBenchOptions::parse, args);
        AvroTrust.install();
        TopicCatalogue catalogue = TopicCatalogue.standard();
        StreamsReport report = new StreamsReport(out, options);
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            kafka.createTopics(catalogue);
            Map<String, Object> client = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            MentionProducer.Produced produced = MentionProducer.produce(
                    client,
                    catalogue.talkMentions(),
                    new MentionGenerator(options.seed(), options.events(), options.talks()));
            report.header(produced);
            List<StreamsReport.Run> measured = new ArrayList<>();
            for (int run = 0; run <= options.runs(); run++) {
                StreamsReport.Run figures = run(admin, client, catalogue, kafka.bootstrapServers(), options, run);
                report.run(figures);
                if (run > 0) {
                    measured.add(figures);
                }
            }
            report.summary(measured);
        }
    }

    private static StreamsReport.Run run(
            Admin admin,
            Map<String, Object> client,
            TopicCatalogue catalogue,
            String bootstrap,
            StreamsBenchOptions options,
            int run)
            throws ExecutionException, InterruptedException, TimeoutException, IOException {
        String label = run == 0 ? "warm-up" : String.valueOf(run);
        long plainNanos = TopicReads.readAll(client, catalogue.talkMentions(), options.events(), options.timeout());
        long skeletonNanos = skeleton(admin, catalogue, bootstrap, options, run);

        List<TopicPartition> digestPartitions =
                AppProgress.partitions(admin, List.of(catalogue.digests().name()));
        Map<TopicPartition, Long> digestsBefore =
                AppProgress.ends(admin, digestPartitions, IsolationLevel.READ_UNCOMMITTED);
        String applicationId = "recap-bench-" + ProcessHandle.current().pid() + "-" + run;
        Path stateDir = Files.createTempDirectory("recap-bench-state-");
        StreamsSettings settings = StreamsSettings.fromEnvironment(Map.of())
                .withApplicationId(applicationId)
                .withBootstrapServers(bootstrap)
                .withStateDir(stateDir.toString())
                .withCommitIntervalMs(options.commitIntervalMs());
        long deadline = System.nanoTime() + options.timeout().toNanos();
        long started;
        long running;
        long done;
        int repartitionPartitions;
        try (RecapStreamsService app = new RecapStreamsService(catalogue, settings)) {
            started = System.nanoTime();
            app.start();
            awaitRunning(app, deadline);
            running = System.nanoTime();
            AppProgress progress = AppProgress.of(
                    admin, applicationId, catalogue.talkMentions().name());
            repartitionPartitions = progress.repartitionPartitions().size();
            List<TopicPartition> outputs = AppProgress.partitions(
                    admin,
                    List.of(catalogue.digests().name(), catalogue.themeDays().name()));
            done = awaitCaughtUp(app, progress, outputs, running, deadline);
        }
        TopicReads.DigestTally digests =
                TopicReads.digestsSince(admin, client, catalogue.digests(), digestsBefore, options.timeout());
        cleanUp(admin, applicationId, stateDir);
        return new StreamsReport.Run(
                label,
                options.events() / (plainNanos / 1e9),
                options.events() / (skeletonNanos / 1e9),
                options.events() / ((done - running) / 1e9),
                (running - started) / 1e9,
                (done - running) / 1e9,
                repartitionPartitions,
                digests);
    }

    /** Runs {@link SkeletonApp} over the mentions; the nanoseconds from its RUNNING state to all committed. */
    private static long skeleton(
            Admin admin, TopicCatalogue catalogue, String bootstrap, StreamsBenchOptions options, int run)
            throws ExecutionException, InterruptedException, TimeoutException, IOException {
        String applicationId = "recap-bench-skeleton-" + ProcessHandle.current().pid() + "-" + run;
        Path stateDir = Files.createTempDirectory("recap-bench-skeleton-");
        long deadline = System.nanoTime() + options.timeout().toNanos();
        long running;
        long done;
        try (KafkaStreams skeleton = SkeletonApp.start(
                catalogue.talkMentions().name(), applicationId, bootstrap, stateDir, options.commitIntervalMs())) {
            while (skeleton.state() != KafkaStreams.State.RUNNING) {
                if (System.nanoTime() > deadline || skeleton.state() == KafkaStreams.State.ERROR) {
                    throw new TimeoutException("The skeleton app did not reach RUNNING; it is " + skeleton.state());
                }
                Thread.sleep(1);
            }
            running = System.nanoTime();
            AppProgress progress = AppProgress.of(
                    admin, applicationId, catalogue.talkMentions().name());
            while (!progress.caughtUp()) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("The skeleton app did not process every record in time");
                }
                Thread.sleep(CHECK_EVERY.toMillis());
            }
            done = System.nanoTime();
        }
        cleanUp(admin, applicationId, stateDir);
        return done - running;
    }

    private static void awaitRunning(RecapStreamsService app, long deadline)
            throws InterruptedException, TimeoutException {
        while (app.state() != KafkaStreams.State.RUNNING) {
            failIfStopped(app);
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The Streams app did not reach RUNNING; it is " + app.state());
            }
            Thread.sleep(1);
        }
    }

    /**
     * Checks every 100 ms from {@code from} whether the app is done: every input and repartition record
     * processed and committed, no change left unpublished ({@link RecapStreamsService#pendingChanges()}),
     * and its outputs committed. Returns the time the first check of two in a row that found it done, with
     * nothing written in between, ended: the second rules out a publication caught between two reads.
     */
    private static long awaitCaughtUp(
            RecapStreamsService app, AppProgress progress, List<TopicPartition> outputs, long from, long deadline)
            throws ExecutionException, InterruptedException, TimeoutException {
        long next = from;
        Map<TopicPartition, Long> settled = null;
        long settledAt = 0;
        while (true) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            next += CHECK_EVERY.toNanos();
            Map<TopicPartition, Long> ends =
                    app.pendingChanges() == 0 && progress.caughtUp() ? progress.settledEnds(outputs) : null;
            if (ends != null && ends.equals(settled)) {
                return settledAt;
            }
            settled = ends;
            settledAt = System.nanoTime();
            failIfStopped(app);
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The Streams app did not process every record in time");
            }
        }
    }

    private static void failIfStopped(RecapStreamsService app) {
        KafkaStreams.State state = app.state();
        if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
            throw new IllegalStateException("The Streams app stopped: " + state);
        }
    }

    // each run starts from nothing; the old run's internal topics and state would only load the broker and disk
    // (its group stays: Streams does not leave it on close, so the broker refuses to delete it for a while)
    private static void cleanUp(Admin admin, String applicationId, Path stateDir)
            throws ExecutionException, InterruptedException, IOException {
        List<String> internal = admin.listTopics().names().get().stream()
                .filter(t -> t.startsWith(applicationId + "-"))
                .toList();
        admin.deleteTopics(internal).all().get();
        try (Stream<Path> paths = Files.walk(stateDir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
