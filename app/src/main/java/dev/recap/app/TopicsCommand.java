package dev.recap.app;

import dev.recap.schemas.TopicCatalogue;
import dev.recap.schemas.TopicCreator;
import dev.recap.schemas.TopicSpec;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recap topics}: lists the topic catalogue and creates the topics that are missing. */
@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description = "List Recap's topics, or create the missing ones (--create).")
final class TopicsCommand implements Callable<Integer> {

    @Option(names = "--create", description = "Create the topics missing from the cluster.")
    boolean create;

    @Option(
            names = "--replication-factor",
            description = "Replicas per topic when creating (default: the broker's default).")
    Short replicationFactor;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--prefix", defaultValue = "", description = "A prefix for every topic name.")
    String prefix;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TopicCatalogue catalogue = prefix.isEmpty() ? TopicCatalogue.standard() : TopicCatalogue.withPrefix(prefix);
        if (!create) {
            for (TopicSpec<?, ?> spec : catalogue.all()) {
                out.printf(
                        "%-18s %-8s %d partitions%n",
                        spec.name(), spec.cleanup().policy(), spec.partitions());
            }
            return 0;
        }
        try (Admin admin = Admin.create(KafkaClientSettings.fromEnvironment(System.getenv(), bootstrapServers))) {
            Set<String> created = TopicCreator.ensure(admin, catalogue.all(), Optional.ofNullable(replicationFactor));
            out.printf("Created %d topic(s)%s%n", created.size(), created.isEmpty() ? "" : ": " + created);
        }
        return 0;
    }
}
