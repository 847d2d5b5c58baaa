package dev.recap.app;

import dev.recap.ingest.FileIngestor;
import dev.recap.ingest.IngestSummary;
import dev.recap.schemas.TopicCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recap ingest PATH...}: reads posts from files and folders and publishes post and talk events. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Read posts (files or folders, recursively) and publish post and talk events to Kafka.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of posts.")
    List<Path> paths;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Paths.requireExisting(paths, "recap ingest");
        Properties config = new Properties();
        config.putAll(KafkaClientSettings.fromEnvironment(System.getenv(), bootstrapServers));
        FileIngestor ingestor = new FileIngestor(TopicCatalogue.standard(), config, Clock.systemUTC());
        IngestSummary summary = ingestor.ingest(paths);
        print(spec.commandLine().getOut(), summary, paths);
        return 0;
    }

    static void print(PrintWriter out, IngestSummary summary, List<Path> paths) {
        out.printf(
                "Ingested %d post(s), %d talk mention(s), %d dead letter(s) from %s in %.1f s%n",
                summary.posts(),
                summary.talks(),
                summary.deadLetters(),
                paths.stream()
                        .map(Path::toString)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""),
                summary.elapsed().toMillis() / 1000.0);
        if (summary.deadLetters() > 0) {
            out.println("Unreadable inputs are on the dead-letters topic with their reason.");
        }
    }
}
