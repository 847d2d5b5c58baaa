package dev.recap.app;

import dev.recap.events.Subscriber;
import dev.recap.notifier.kafka.CompactedTopicReader;
import dev.recap.notifier.subscribers.SubscriberIds;
import dev.recap.schemas.TopicCatalogue;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Option;

/**
 * The Kafka options of the subscribers commands (bootstrap servers, topic prefix), and the current table
 * of subscribers read from the compacted topic, which is the source of truth.
 */
final class SubscriberKafkaOptions {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(
            names = "--prefix",
            defaultValue = "",
            paramLabel = "PREFIX",
            description = "A prefix for every topic name, as given to 'recap topics --prefix'.")
    String prefix;

    TopicCatalogue catalogue() {
        return prefix.isEmpty() ? TopicCatalogue.standard() : TopicCatalogue.withPrefix(prefix);
    }

    Map<String, Object> kafka() {
        return KafkaClientSettings.fromEnvironment(System.getenv(), bootstrapServers);
    }

    /** Every subscriber on the topic by id, tombstoned ones left out. */
    Map<String, Subscriber> current() {
        Map<String, Object> kafka = kafka();
        try {
            return new CompactedTopicReader(kafka, READ_TIMEOUT)
                    .readToEnd(catalogue().subscribers());
        } catch (KafkaException e) {
            throw new UserFacingException(
                    "Could not read the " + catalogue().subscribers().name() + " topic from "
                            + kafka.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) + " (" + e.getMessage()
                            + "); is Kafka running there? Set KAFKA_BOOTSTRAP_SERVERS or --bootstrap-servers",
                    e);
        }
    }

    /** The subscriber with this id, or else the one with this email address (any case). */
    static Optional<Subscriber> find(Map<String, Subscriber> subscribers, String idOrEmail) {
        String key = idOrEmail.strip();
        Subscriber byId = subscribers.get(key);
        if (byId != null || !key.contains("@")) {
            return Optional.ofNullable(byId);
        }
        Subscriber byEmailId = subscribers.get(SubscriberIds.forEmail(key));
        if (byEmailId != null) {
            return Optional.of(byEmailId);
        }
        return subscribers.values().stream()
                .filter(s -> s.getEmail() != null && s.getEmail().equalsIgnoreCase(key))
                .findFirst();
    }
}
