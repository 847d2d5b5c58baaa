package dev.recap.app;

import dev.recap.events.Subscriber;
import dev.recap.schemas.TopicCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recap subscribers import FILE}: publishes a YAML list of subscribers to the subscribers topic. */
@Command(
        name = "subscribers",
        mixinStandardHelpOptions = true,
        description = "Manage subscribers.",
        subcommands = {SubscribersCommand.Import.class})
final class SubscribersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Publishes every subscriber of a YAML file; an existing id is updated, never duplicated. */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Publish the subscribers of a YAML file (see samples/subscribers.yaml).")
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "A YAML file with a 'subscribers:' list.")
        Path file;

        @Option(
                names = "--bootstrap-servers",
                description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS).")
        String bootstrapServers;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            List<Subscriber> subscribers = SubscriberFile.read(file);
            Map<String, Object> config = KafkaClientSettings.fromEnvironment(System.getenv(), bootstrapServers);
            SubscriberPublisher.publish(TopicCatalogue.standard(), config, subscribers);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Published %d subscriber(s) from %s%n", subscribers.size(), file);
            return 0;
        }
    }
}
