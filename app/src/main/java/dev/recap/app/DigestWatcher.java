package dev.recap.app;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.ingest.IngestSummary;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the committed digests until every expected item (each post and talk the demo ingested) is in
 * the latest digest of its week: that is when the Streams app has caught up with the input.
 */
final class DigestWatcher {

    private static final Duration POLL = Duration.ofMillis(200);

    private DigestWatcher() {}

    /**
     * The latest digest per week once they hold every post of {@code ingested} and exactly the talks its
     * talk keys resolve to ({@code talkIdOf} answers from the Streams app's resolver; empty means not yet).
     */
    static Map<String, Digest> awaitAll(
            TopicCatalogue catalogue,
            Map<String, Object> clientConfig,
            IngestSummary ingested,
            Function<String, Optional<String>> talkIdOf,
            Duration timeout) {
        Map<String, Object> config = ClientConfigs.tableReader(clientConfig, "recap-demo-digest-watcher");
        Map<String, Digest> latest = new TreeMap<>();
        Instant deadline = Instant.now().plus(timeout);
        try (var consumer = new KafkaConsumer<>(
                config,
                new StringDeserializer(),
                catalogue.digests().valueSerde().deserializer())) {
            var partitions = consumer.partitionsFor(catalogue.digests().name()).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Set<String> expected = expectedItemIds(ingested, talkIdOf);
            while (expected == null || !covered(latest, expected)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(
                            expected == null
                                    ? "The Streams app did not resolve every talk within " + timeout.toSeconds()
                                            + " s, for example '" + unresolved(ingested, talkIdOf) + "'"
                                    : "The Streams app did not produce digests holding exactly " + expected.size()
                                            + " item(s) within " + timeout.toSeconds() + " s; the digests hold "
                                            + itemIds(latest).size());
                }
                consumer.poll(POLL).forEach(record -> {
                    if (record.value() == null) {
                        latest.remove(record.key());
                    } else {
                        latest.put(record.key(), record.value());
                    }
                });
                if (expected == null) {
                    expected = expectedItemIds(ingested, talkIdOf);
                }
            }
        }
        return latest;
    }

    /** {@code post:<id>} of every post and {@code talk:<id>} of every talk, or null while a key is unresolved. */
    static Set<String> expectedItemIds(IngestSummary ingested, Function<String, Optional<String>> talkIdOf) {
        Set<String> ids = new TreeSet<>();
        ingested.postIds().forEach(id -> ids.add("post:" + id));
        for (String key : ingested.talkKeys()) {
            Optional<String> talkId = talkIdOf.apply(key);
            if (talkId.isEmpty()) {
                return null;
            }
            ids.add("talk:" + talkId.get());
        }
        return ids;
    }

    private static String unresolved(IngestSummary ingested, Function<String, Optional<String>> talkIdOf) {
        return ingested.talkKeys().stream()
                .filter(key -> talkIdOf.apply(key).isEmpty())
                .findFirst()
                .orElse("");
    }

    // every expected item, and no talk that a later title absorbed
    private static boolean covered(Map<String, Digest> digests, Set<String> expected) {
        Set<String> shown = itemIds(digests);
        return shown.containsAll(expected)
                && shown.stream().filter(id -> id.startsWith("talk:")).allMatch(expected::contains);
    }

    private static Set<String> itemIds(Map<String, Digest> digests) {
        Set<String> ids = new HashSet<>();
        for (Digest digest : digests.values()) {
            digest.getSections()
                    .forEach(s -> s.getItems().stream().map(DigestItem::getId).forEach(ids::add));
        }
        return ids;
    }
}
