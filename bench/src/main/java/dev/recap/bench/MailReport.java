package dev.recap.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Prints {@link MailBenchmark}'s table: the machine and the input, then per run smtp-source's messages/s,
 * the notifier's emails/s, their ratio and the render-only rates of the same run, then mean ± sample
 * standard deviation over the valid measured runs and whether the email target was met.
 */
final class MailReport {

    /** The mail issue's target for the notifier, on a 2-core machine, broker and sink on the same host. */
    static final double TARGET_EMAILS_PER_SECOND = 1_000;

    private static final String ROW = "%-8s %14s %16s %8s %15s %15s %11s %9s  %s%n";

    /** One run's figures; {@code problems} is empty for a valid run (every email sent, none failed). */
    record Run(
            String label,
            double sourcePerSecond,
            double notifierPerSecond,
            double composePerSecond,
            double templatesPerSecond,
            double notifierSeconds,
            long sinkReceived,
            List<String> problems) {

        Run {
            problems = List.copyOf(problems);
        }

        double ratio() {
            return notifierPerSecond / sourcePerSecond;
        }

        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final PrintStream out;
    private final MailBenchOptions options;

    MailReport(PrintStream out, MailBenchOptions options) {
        this.out = out;
        this.options = options;
    }

    void header(long averageEmailBytes, int sinkPort) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(
                Locale.ROOT,
                "%,d personalised emails per run (seed %d) of one digest (%d items, %d themes; en/fr, all or 1-4"
                        + " themes), average %,d bytes; %d SMTP connections to smtp-sink on %s:%d%n",
                options.emails(),
                options.seed(),
                MailDigestGenerator.ITEMS,
                MailDigestGenerator.THEMES.size(),
                averageEmailBytes,
                options.connections(),
                MailSink.LOOPBACK,
                sinkPort);
        out.printf(
                Locale.ROOT,
                "embedded broker in this JVM, fresh topics per run; %d cores, max heap %d MB, %s %s, load average"
                        + " %.2f%n",
                runtime.availableProcessors(),
                runtime.maxMemory() / (1024 * 1024),
                System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(
                Locale.ROOT,
                ROW,
                "run",
                "smtp-source/s",
                "notifier mails/s",
                "ratio",
                "compose+MIME/s",
                "templates/s",
                "notifier s",
                "sink got",
                "");
    }

    void run(Run run) {
        out.printf(
                Locale.ROOT,
                ROW,
                run.label(),
                String.format(Locale.ROOT, "%,.0f", run.sourcePerSecond()),
                String.format(Locale.ROOT, "%,.0f", run.notifierPerSecond()),
                String.format(Locale.ROOT, "%.3f", run.ratio()),
                String.format(Locale.ROOT, "%,.0f", run.composePerSecond()),
                String.format(Locale.ROOT, "%,.0f", run.templatesPerSecond()),
                String.format(Locale.ROOT, "%.2f", run.notifierSeconds()),
                String.format(Locale.ROOT, "%,d", run.sinkReceived()),
                run.valid() ? "" : "INVALID: " + run.problems().size() + " problem(s)");
        run.problems().stream().limit(10).forEach(p -> out.println("    " + p));
        out.flush();
    }

    void summary(List<Run> measured) {
        List<Run> runs = measured.stream().filter(Run::valid).toList();
        if (runs.isEmpty()) {
            out.println("no valid measured run: no summary; target: notifier >= 1,000 emails/s: NOT met");
            return;
        }
        double notifier = RunStats.mean(runs, Run::notifierPerSecond);
        out.printf(
                Locale.ROOT,
                "over %d valid run(s) (mean ± sd): %s%n",
                runs.size(),
                RunStats.meanAndSd(
                        runs,
                        new RunStats.Figure<>("smtp-source", "%,.0f", "msgs/s", Run::sourcePerSecond),
                        new RunStats.Figure<>("notifier", "%,.0f", "emails/s", Run::notifierPerSecond),
                        new RunStats.Figure<>("ratio", "%.3f", "", Run::ratio),
                        new RunStats.Figure<>("compose+MIME", "%,.0f", "emails/s", Run::composePerSecond),
                        new RunStats.Figure<>("templates", "%,.0f", "emails/s", Run::templatesPerSecond)));
        out.printf(
                Locale.ROOT,
                "%s; load average %.2f%n",
                RunStats.target("notifier", TARGET_EMAILS_PER_SECOND, "emails/s", notifier),
                RunStats.loadAverage());
    }
}
