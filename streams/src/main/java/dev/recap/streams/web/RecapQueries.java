package dev.recap.streams.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recap.events.Digest;
import dev.recap.events.ThemeDay;
import dev.recap.schemas.AvroJson;
import dev.recap.streams.classify.Themes;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.UnknownStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The interactive queries of the Streams app, as JSON. A single key is read on the instance whose active
 * task holds it (locally, or through that instance's {@code /local/stores} route); lists are gathered
 * from every instance that hosts the store (locally, or through {@code /local/...}) and merged in a
 * deterministic order. The {@code local*} methods answer those internal routes from this instance alone.
 */
final class RecapQueries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<HostInfo> BY_ADDRESS =
            Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final Set<String> stores;
    private final LocalStores local;
    private final PeerClient peers;

    RecapQueries(KafkaStreams streams, HostInfo self, Set<String> stores, PeerClient peers) {
        this.streams = Objects.requireNonNull(streams, "streams");
        this.self = Objects.requireNonNull(self, "self");
        this.stores = Set.copyOf(stores);
        this.local = new LocalStores(streams);
        this.peers = Objects.requireNonNull(peers, "peers");
    }

    /** The digest of {@code week}, from whichever instance holds it. */
    Optional<JsonNode> digest(String week) {
        return lookup(StoreNames.DIGESTS, week);
    }

    /** The talk item whose id is {@code key}, else the one a talk key of that text resolves to. */
    Optional<JsonNode> talk(String key) {
        Optional<JsonNode> item = lookup(StoreNames.TALK_ITEMS, key);
        if (item.isPresent()) {
            return item;
        }
        return resolve(key).filter(id -> !id.equals(key)).flatMap(id -> lookup(StoreNames.TALK_ITEMS, id));
    }

    /** Every week known, in week order: {@code {week, id, stats}}. */
    ArrayNode digests() {
        Map<String, JsonNode> byWeek = new TreeMap<>();
        for (JsonNode summary : gather(StoreNames.DIGESTS, "/local/digests", this::localDigests)) {
            byWeek.put(summary.path("week").asText(), summary);
        }
        return array(byWeek.values());
    }

    /** Every theme (in digest order, then any other in name order) with totals over all its days. */
    ArrayNode themes() {
        Map<String, long[]> totals = new LinkedHashMap<>();
        Themes.ALL.forEach(theme -> totals.put(theme, new long[3]));
        Map<String, long[]> others = new TreeMap<>();
        for (JsonNode part : gather(StoreNames.THEME_DAYS, "/local/themes", this::localThemes)) {
            String theme = part.path("theme").asText();
            long[] sums =
                    totals.containsKey(theme) ? totals.get(theme) : others.computeIfAbsent(theme, t -> new long[3]);
            sums[0] += part.path("posts").asLong();
            sums[1] += part.path("talks").asLong();
            sums[2] += part.path("days").asLong();
        }
        totals.putAll(others);
        ArrayNode themes = NODES.arrayNode();
        totals.forEach((theme, sums) -> themes.add(themeTotals(theme, sums[0], sums[1], sums[2])));
        return themes;
    }

    /** The days of {@code theme}, in day order, gathered from every instance. */
    ArrayNode themeDays(String theme) {
        Map<String, JsonNode> byDay = new TreeMap<>();
        String path = "/local/themes/" + encode(theme) + "/days";
        for (JsonNode day : gather(StoreNames.THEME_DAYS, path, () -> localThemeDays(theme))) {
            byDay.put(day.path("day").asText(), day);
        }
        return array(byDay.values());
    }

    /** The value of {@code key} in this instance's {@code store}, which must be the key's active host. */
    Optional<JsonNode> localValue(String store, String key) {
        if (!stores.contains(store)) {
            return Optional.empty();
        }
        HostInfo owner = owner(store, key);
        if (!self.equals(owner)) {
            throw new NotQueryableException("Key moved to " + owner.host() + ":" + owner.port());
        }
        return local.get(store, key).map(RecapQueries::toJson);
    }

    /** This instance's digest summaries, in week order. */
    ArrayNode localDigests() {
        ArrayNode list = NODES.arrayNode();
        for (KeyValue<String, Digest> entry : local.<Digest>all(StoreNames.DIGESTS)) {
            Digest digest = entry.value;
            ObjectNode summary = NODES.objectNode();
            summary.put("week", digest.getWeek());
            summary.put("id", digest.getId());
            summary.set("stats", AvroJson.toTree(digest.getStats()));
            list.add(summary);
        }
        return list;
    }

    /** This instance's part of the theme totals. */
    ArrayNode localThemes() {
        Map<String, long[]> totals = new TreeMap<>();
        for (KeyValue<String, ThemeDay> entry : local.<ThemeDay>all(StoreNames.THEME_DAYS)) {
            long[] sums = totals.computeIfAbsent(entry.value.getTheme(), t -> new long[3]);
            sums[0] += entry.value.getPosts();
            sums[1] += entry.value.getTalks();
            sums[2]++;
        }
        ArrayNode list = NODES.arrayNode();
        totals.forEach((theme, sums) -> list.add(themeTotals(theme, sums[0], sums[1], sums[2])));
        return list;
    }

    /** This instance's days of {@code theme} (keys {@code theme@day}). */
    ArrayNode localThemeDays(String theme) {
        ArrayNode list = NODES.arrayNode();
        local.<ThemeDay>withPrefix(StoreNames.THEME_DAYS, theme + "@").forEach(e -> list.add(toJson(e.value)));
        return list;
    }

    private Optional<String> resolve(String talkKey) {
        if (!stores.contains(StoreNames.TALK_RESOLUTIONS)) {
            return Optional.empty();
        }
        try {
            return lookup(StoreNames.TALK_RESOLUTIONS, talkKey).map(JsonNode::asText);
        } catch (UnknownStateStoreException e) {
            return Optional.empty();
        }
    }

    private Optional<JsonNode> lookup(String store, String key) {
        HostInfo owner = owner(store, key);
        if (self.equals(owner)) {
            return local.get(store, key).map(RecapQueries::toJson);
        }
        HttpResponse<byte[]> answer = peers.get(owner, "/local/stores/" + encode(store) + "/" + encode(key));
        return answer.statusCode() == 404 ? Optional.empty() : Optional.of(parse(owner, answer));
    }

    private HostInfo owner(String store, String key) {
        KeyQueryMetadata metadata;
        try {
            metadata = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        } catch (IllegalStateException | InvalidStateStoreException e) {
            throw new NotQueryableException("Kafka Streams is " + streams.state(), e);
        }
        if (metadata == null
                || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)
                || metadata.activeHost().port() < 0) {
            throw new NotQueryableException("No instance holds " + store + " yet");
        }
        return metadata.activeHost();
    }

    private List<JsonNode> gather(String store, String rawPath, Supplier<ArrayNode> mine) {
        Collection<StreamsMetadata> metadata;
        try {
            metadata = streams.streamsMetadataForStore(store);
        } catch (IllegalStateException | InvalidStateStoreException e) {
            throw new NotQueryableException("Kafka Streams is " + streams.state(), e);
        }
        List<HostInfo> hosts = metadata.stream()
                .filter(m -> m.stateStoreNames().contains(store))
                .map(StreamsMetadata::hostInfo)
                .distinct()
                .sorted(BY_ADDRESS)
                .toList();
        if (hosts.isEmpty()) {
            throw new NotQueryableException("No instance hosts " + store + " yet");
        }
        List<JsonNode> all = new ArrayList<>();
        for (HostInfo host : hosts) {
            JsonNode part = self.equals(host) ? mine.get() : parse(host, peers.get(host, rawPath));
            part.forEach(all::add);
        }
        return all;
    }

    private static JsonNode parse(HostInfo host, HttpResponse<byte[]> answer) {
        if (answer.statusCode() != 200) {
            throw new NotQueryableException(
                    "Instance " + host.host() + ":" + host.port() + " answered " + answer.statusCode());
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new NotQueryableException("Instance " + host.host() + ":" + host.port() + " sent no JSON", e);
        }
    }

    private static JsonNode toJson(Object value) {
        return value instanceof SpecificRecord record ? AvroJson.toTree(record) : NODES.textNode(value.toString());
    }

    private static ObjectNode themeTotals(String theme, long posts, long talks, long days) {
        ObjectNode node = NODES.objectNode();
        node.put("theme", theme);
        node.put("posts", posts);
        node.put("talks", talks);
        node.put("days", days);
        return node;
    }

    private static ArrayNode array(Collection<JsonNode> nodes) {
        ArrayNode array = NODES.arrayNode();
        nodes.forEach(array::add);
        return array;
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
