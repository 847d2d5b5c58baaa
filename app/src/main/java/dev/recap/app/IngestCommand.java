package dev.recap.app;

import dev.recap.ingest.FeedFollower;
import dev.recap.ingest.FileIngestor;
import dev.recap.ingest.IngestSummary;
import dev.recap.ingest.source.FeedStatus;
import dev.recap.ingest.source.FetchSettings;
import dev.recap.schemas.TopicCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recap ingest PATH|URL... [--watch]} and {@code recap ingest --feed URL [--interval 15m] [--once]}:
 * reads posts, feeds, feed lists and schedules from files, folders, globs and URLs, follows feeds, and
 * publishes post, talk and scheduled-talk events; ends each run with a summary.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Read posts, RSS/Atom feeds, OPML lists and iCal schedules (files, folders, globs, URLs)"
                + " and publish post, talk and scheduled-talk events to Kafka; follow feeds with --feed.")
final class IngestCommand implements Callable<Integer> {

    static final Duration MAX_BACKOFF = Duration.ofHours(6);

    @Parameters(paramLabel = "PATH|URL", arity = "0..*", description = "Files, folders, glob patterns or http(s) URLs.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "A feed (or OPML list) to follow; repeatable.")
    List<String> feeds = new ArrayList<>();

    @Option(
            names = "--interval",
            defaultValue = "15m",
            converter = DurationConverter.class,
            description = "How often feeds are polled (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--once", description = "Poll the feeds one time and exit.")
    boolean once;

    @Option(names = "--watch", description = "Keep running and re-ingest files that change.")
    boolean watch;

    @Option(names = "--allow-private", description = "Allow URLs on private, loopback and link-local addresses.")
    boolean allowPrivate;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        check();
        Properties config = new Properties();
        config.putAll(KafkaClientSettings.fromEnvironment(System.getenv(), bootstrapServers));
        FetchSettings fetch = FetchSettings.defaults().withAllowPrivate(allowPrivate);
        FileIngestor ingestor = new FileIngestor(TopicCatalogue.standard(), config, Clock.systemUTC(), fetch);
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (!inputs.isEmpty()) {
                boolean terminal = System.console() != null;
                IngestSummary summary = ingestor.ingestInputs(
                        inputs,
                        TerminalProgress.forConsole(terminal, spec.commandLine().getErr(), Clock.systemUTC()));
                printSummary(out, summary, String.join(", ", inputs));
            }
            if (!feeds.isEmpty()) {
                follow(ingestor, out);
            }
            if (watch) {
                new FileWatch(ingestor, inputs, out).run();
            }
        } catch (InterruptedException e) {
            // Ctrl-C or a stop: what was sent is acknowledged, say so and leave with the flag restored
            out.println("Stopped.");
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void check() {
        if (inputs.isEmpty() && feeds.isEmpty()) {
            throw new UserFacingException("recap ingest: give at least one PATH or URL, or --feed URL.");
        }
        if (watch && !feeds.isEmpty() && !once) {
            throw new UserFacingException("recap ingest: --watch and following --feed cannot run together;"
                    + " add --once to poll the feeds one time, or run two ingest commands.");
        }
        if (watch && inputs.stream().allMatch(FileIngestor::isUrl)) {
            throw new UserFacingException("recap ingest: --watch needs files or folders to watch.");
        }
        Paths.requireExisting(
                inputs.stream()
                        .filter(i -> !FileIngestor.isUrl(i) && !isGlob(i))
                        .map(Path::of)
                        .toList(),
                "recap ingest");
    }

    private void follow(FileIngestor ingestor, PrintWriter out) throws InterruptedException {
        try (FeedFollower follower = ingestor.follower(feeds, interval, MAX_BACKOFF)) {
            if (once) {
                IngestSummary summary = follower.pollOnce();
                printSummary(out, summary, feeds.size() + " feed(s)");
                printFailing(out, follower.statuses());
            } else {
                out.printf("Following %d feed(s) every %s; Ctrl-C to stop.%n", feeds.size(), interval);
                out.flush();
                follower.followUntilInterrupted(new FollowReport(out, follower::statuses)::afterRound);
            }
        }
    }

    private static boolean isGlob(String input) {
        return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The summary line as the demo prints it. */
    static void print(PrintWriter out, IngestSummary summary, List<Path> paths) {
        printSummary(
                out,
                summary,
                paths.stream()
                        .map(Path::toString)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""));
    }

    static void printSummary(PrintWriter out, IngestSummary summary, String from) {
        out.printf(
                Locale.ROOT,
                "Ingested %d post(s) (%d update(s)%s), %d talk mention(s), %d scheduled talk(s), %d dead letter(s)"
                        + " from %s in %.1f s%n",
                summary.posts(),
                summary.updates(),
                summary.updatesFromTopic() ? ", known on the posts topic" : ", re-sent within this run",
                summary.talks(),
                summary.scheduledTalks(),
                summary.deadLetters(),
                from,
                summary.elapsed().toMillis() / 1000.0);
        if (summary.deadLetters() > 0) {
            out.println("Unreadable inputs are on the dead-letters topic with their reason.");
        }
        out.flush();
    }

    static void printFailing(PrintWriter out, List<FeedStatus> statuses) {
        statuses.stream().filter(FeedStatus::failing).forEach(s -> out.println(FollowReport.failing(s)));
    }
}
