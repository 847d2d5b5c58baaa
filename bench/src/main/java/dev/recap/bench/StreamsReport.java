package dev.recap.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Prints {@link StreamsBenchmark}'s table: the input, then per run the baseline's records/s, the
 * skeleton's and the app's events/s, the app's ratio to each and what the app wrote to the digests topic, then mean ± sample standard
 * deviation over the measured runs and whether the Streams target was met.
 */
final class StreamsReport {

    /** The Streams issue's target, on a 2-core machine, the broker in the same JVM. */
    static final double TARGET_EVENTS_PER_SECOND = 50_000;

    private static final String ROW = "%-9s %16s %15s %17s %8s %8s %10s %12s %8s %6s %14s%n";

    /** One run's figures; seconds are wall-clock, the app's counted from its RUNNING state. */
    record Run(
            String label,
            double plainPerSecond,
            double skeletonPerSecond,
            double streamsPerSecond,
            double startupSeconds,
            double streamsSeconds,
            int repartitionPartitions,
            TopicReads.DigestTally digests) {

        double ratio() {
            return streamsPerSecond / plainPerSecond;
        }

        double skeletonRatio() {
            return streamsPerSecond / skeletonPerSecond;
        }
    }

    private final PrintStream out;
    private final StreamsBenchOptions options;

    StreamsReport(PrintStream out, StreamsBenchOptions options) {
        this.out = out;
        this.options = options;
    }

    void header(MentionProducer.Produced produced) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(
                Locale.ROOT,
                "%d talk mentions of %d talks (seed %d): %.1f %% under a shortened title, %d distinct keys, %d posts,"
                        + " %.1f MB of Avro values; produced in %.1f s%n",
                produced.records(),
                options.talks(),
                options.seed(),
                100.0 * produced.shortened() / produced.records(),
                produced.distinctKeys(),
                produced.posts(),
                produced.valueBytes() / 1e6,
                produced.nanos() / 1e9);
        out.printf(
                Locale.ROOT,
                "exactly_once_v2, commit interval %d ms, embedded broker in this JVM; %d cores, max heap %d MB, %s %s,"
                        + " load average %.2f%n",
                options.commitIntervalMs(),
                runtime.availableProcessors(),
                runtime.maxMemory() / (1024 * 1024),
                System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(
                Locale.ROOT,
                ROW,
                "run",
                "plain records/s",
                "skeleton ev/s",
                "streams events/s",
                "ratio",
                "/skel.",
                "streams s",
                "to RUNNING s",
                "digests",
                "weeks",
                "max digest KB");
    }

    void run(Run run) {
        out.printf(
                Locale.ROOT,
                ROW,
                run.label(),
                String.format(Locale.ROOT, "%,.0f", run.plainPerSecond()),
                String.format(Locale.ROOT, "%,.0f", run.skeletonPerSecond()),
                String.format(Locale.ROOT, "%,.0f", run.streamsPerSecond()),
                String.format(Locale.ROOT, "%.4f", run.ratio()),
                String.format(Locale.ROOT, "%.3f", run.skeletonRatio()),
                String.format(Locale.ROOT, "%.2f", run.streamsSeconds()),
                String.format(Locale.ROOT, "%.2f", run.startupSeconds()),
                run.digests().records(),
                run.digests().weeks().size(),
                String.format(Locale.ROOT, "%.1f", run.digests().largestValueBytes() / 1024.0));
        out.flush();
    }

    void summary(List<Run> runs) {
        double streams = RunStats.mean(runs, Run::streamsPerSecond);
        out.printf(
                Locale.ROOT,
                "over %d runs (mean ± sd): %s%n",
                runs.size(),
                RunStats.meanAndSd(
                        runs,
                        new RunStats.Figure<>("plain", "%,.0f", "records/s", Run::plainPerSecond),
                        new RunStats.Figure<>("skeleton", "%,.0f", "events/s", Run::skeletonPerSecond),
                        new RunStats.Figure<>("streams", "%,.0f", "events/s", Run::streamsPerSecond),
                        new RunStats.Figure<>("ratio", "%.4f", "", Run::ratio),
                        new RunStats.Figure<>("streams/skeleton", "%.3f", "", Run::skeletonRatio)));
        out.printf(
                Locale.ROOT,
                "%s; %d repartition partitions watched; load average %.2f%n",
                RunStats.target("streams", TARGET_EVENTS_PER_SECOND, "events/s", streams),
                runs.get(runs.size() - 1).repartitionPartitions(),
                RunStats.loadAverage());
    }
}
