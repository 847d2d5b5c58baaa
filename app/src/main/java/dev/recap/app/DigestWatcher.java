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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the committed digests until every expected item (each post and talk the demo ingested) is in
 * the latest digest of its week: that is when the Streams app has caught up with the input.
 */
final class DigestWatcher {

    private static final Duration POLL = Duration.ofMillis(200);

    private DigestWatcher() {}

    /** The latest digest per week once they hold all of {@code expectedItemIds}. */
    static Map<String, Digest> awaitAll(
            TopicCatalogue catalogue, Map<String, Object> clientConfig, Set<String> expectedItemIds, Duration timeout) {
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
            while (!covered(latest, expectedItemIds)) {
                if (Instant.now().isAfter(deadline)) {
                    Set<String> missing = new HashSet<>(expectedItemIds);
                    missing.removeAll(itemIds(latest));
                    throw new IllegalStateException("The Streams app did not produce digests covering " + missing.size()
                            + " item(s) within " + timeout.toSeconds() + " s, for example "
                            + missing.iterator().next());
                }
                consumer.poll(POLL).forEach(record -> {
                    if (record.value() == null) {
                        latest.remove(record.key());
                    } else {
                        latest.put(record.key(), record.value());
                    }
                });
            }
        }
        return latest;
    }

    /** The digest item ids of what an ingest run published: {@code post:<id>} and {@code talk:<key>}. */
    static Set<String> itemIdsOf(IngestSummary ingested) {
        Set<String> ids = new TreeSet<>();
        ingested.postIds().forEach(id -> ids.add("post:" + id));
        ingested.talkKeys().forEach(key -> ids.add("talk:" + key));
        return ids;
    }

    private static boolean covered(Map<String, Digest> digests, Set<String> expected) {
        return itemIds(digests).containsAll(expected);
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
