package dev.recap.schemas;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic of the catalogue: its name, the serdes of its keys and values, its cleanup policy and
 * its partition count. Clients take names and serdes from here, never from string literals.
 */
public record TopicSpec<K, V>(
        String name,
        Serde<K> keySerde,
        Serde<V> valueSerde,
        Cleanup cleanup,
        int partitions,
        Map<String, String> config) {

    /** How the broker keeps the topic's records. */
    public enum Cleanup {
        COMPACT(TopicConfig.CLEANUP_POLICY_COMPACT),
        DELETE(TopicConfig.CLEANUP_POLICY_DELETE);

        private final String policy;

        Cleanup(String policy) {
            this.policy = policy;
        }

        public String policy() {
            return policy;
        }
    }

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        Objects.requireNonNull(cleanup, "cleanup");
        if (name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Not a legal topic name: '" + name + "'");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
        config = Map.copyOf(config);
    }

    /** The admin request that creates this topic with {@code replicationFactor} replicas. */
    public NewTopic newTopic(short replicationFactor) {
        return newTopic(Optional.of(replicationFactor));
    }

    /** The admin request that creates this topic, leaving the replication factor to the broker default. */
    public NewTopic newTopic(Optional<Short> replicationFactor) {
        NewTopic topic = new NewTopic(name, Optional.of(partitions), replicationFactor);
        java.util.Map<String, String> all = new java.util.HashMap<>(config);
        all.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanup.policy());
        return topic.configs(all);
    }
}
