package dev.recap.app;

import dev.recap.notifier.NotifierReport;
import dev.recap.notifier.NotifierService;
import dev.recap.notifier.NotifierSettings;
import dev.recap.schemas.TopicCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recap notifier}: delivers the latest digest of each week to every active subscriber, once; the
 * delivery ledger makes a second run send nothing unless {@code --force}.
 */
@Command(
        name = "notifier",
        mixinStandardHelpOptions = true,
        description = "Deliver the latest digest of each week to every active subscriber, once.")
final class NotifierCommand implements Callable<Integer> {

    @Option(
            names = "--out",
            defaultValue = "out",
            description =
                    "Folder for digests (JSON), web pages and, without SMTP, the .eml outbox (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Send again to subscribers who already received a week's digest.")
    boolean force;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Object> kafka = KafkaClientSettings.fromEnvironment(System.getenv(), bootstrapServers);
        NotifierReport report = deliver(TopicCatalogue.standard(), kafka, System.getenv(), out, force);
        print(spec.commandLine().getOut(), report);
        return report.failed() == 0 ? 0 : 1;
    }

    static NotifierReport deliver(
            TopicCatalogue catalogue, Map<String, Object> kafka, Map<String, String> env, Path out, boolean force) {
        NotifierSettings settings = NotifierSettings.fromEnvironment(env).withOutputDir(out);
        NotifierService service = new NotifierService(
                catalogue, kafka, settings.mailTransport(mailFolder(out)), settings, Clock.systemUTC());
        return service.deliverAll(force);
    }

    static Path mailFolder(Path out) {
        return out.resolve("mail");
    }

    static void print(PrintWriter out, NotifierReport report) {
        out.printf(
                "Delivered %d email(s) for %s (%d skipped, %d failed)%n",
                report.sent(),
                report.weeks().isEmpty() ? "no week yet" : String.join(", ", report.weeks()),
                report.skipped(),
                report.failed());
    }
}
