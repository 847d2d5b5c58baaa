package dev.recap.schemas;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the catalogue's topics that do not exist yet; topics that exist are left as they are. */
public final class TopicCreator {

    private static final long TIMEOUT_SECONDS = 30;

    private TopicCreator() {}

    /**
     * Creates every topic of {@code specs} missing from the cluster, with {@code replicationFactor}
     * replicas (empty: the broker default), and returns the names it created.
     */
    public static Set<String> ensure(Admin admin, Collection<TopicSpec<?, ?>> specs, Optional<Short> replicationFactor)
            throws InterruptedException {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = specs.stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(spec -> spec.newTopic(replicationFactor))
                    .toList();
            if (missing.isEmpty()) {
                return Set.of();
            }
            var result = admin.createTopics(missing);
            for (var entry : result.values().entrySet()) {
                try {
                    entry.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // another instance created it between our listing and our request: that is fine
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return result.values().keySet();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create Recap topics: " + e.getMessage(), e);
        }
    }
}
