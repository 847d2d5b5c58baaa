package dev.recap.streams.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recap.events.DateSource;
import dev.recap.events.Post;
import dev.recap.events.PostFormat;
import dev.recap.events.Speaker;
import dev.recap.events.TalkMention;
import dev.recap.schemas.ClientConfigs;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.RecapStreamsService;
import dev.recap.streams.StreamsSettings;
import dev.recap.testkit.TestIds;
import dev.recap.testkit.TestKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractiveQueriesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path stateA;

    @TempDir
    Path stateB;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private RecapStreamsService first;
    private RecapStreamsService second;

    @AfterEach
    void closeServices() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void shouldAnswerTheSameFromEitherInstanceWhenStateIsSpreadOverTwoInstances() throws Exception {
        TopicCatalogue topics = TestKafka.freshTopics();
        String applicationId = TestIds.applicationId("streams-web-it");
        publish(topics);
        first = new RecapStreamsService(topics, settings(applicationId, stateA));
        second = new RecapStreamsService(topics, settings(applicationId, stateB));
        first.start();
        second.start();
        awaitDigestsOnTopic(topics, Set.of("2023-W16", "2023-W17"));

        JsonNode w16 = awaitSameAnswer(
                "/digests/2023-W16",
                json -> json.path("stats").path("posts").asInt() == 2
                        && json.path("stats").path("talks").asInt() == 1);
        JsonNode w17 = awaitSameAnswer(
                "/digests/2023-W17", json -> json.path("stats").path("posts").asInt() == 2);
        JsonNode weeks = awaitSameAnswer("/digests", json -> json.size() == 2);
        JsonNode gitopsDays = awaitSameAnswer("/themes/gitops-delivery/days", json -> json.size() == 2);
        JsonNode themes = awaitSameAnswer("/themes", json -> sum(json, "talks") == 1 && sum(json, "posts") == 4);
        JsonNode talk = awaitSameAnswer("/talks/argo%20cd%20core", json -> true);

        assertThat(w16.path("week").asText()).isEqualTo("2023-W16");
        assertThat(w17.path("week").asText()).isEqualTo("2023-W17");
        assertThat(topLevel(weeks, "week")).containsExactly("2023-W16", "2023-W17");
        assertThat(weeks.get(0).path("id").asText()).isEqualTo(w16.path("id").asText());
        assertThat(topLevel(gitopsDays, "day")).containsExactly("2023-04-19", "2023-04-26");
        assertThat(topLevel(gitopsDays, "theme")).containsOnly("gitops-delivery");
        assertThat(themes.get(0).toString())
                .isEqualTo("{\"theme\":\"gitops-delivery\",\"posts\":2,\"talks\":0,\"days\":2}");
        assertThat(topLevel(themes, "theme"))
                .startsWith("gitops-delivery", "ebpf-networking")
                .hasSize(13);
        assertThat(themes.get(1).toString())
                .isEqualTo("{\"theme\":\"ebpf-networking\",\"posts\":2,\"talks\":0,\"days\":2}");
        assertThat(talk.path("title").asText()).isEqualTo("Argo CD Core");
        for (RecapStreamsService instance : List.of(first, second)) {
            assertThat(get(instance, "/digests/2023-W01").statusCode()).isEqualTo(404);
            assertThat(get(instance, "/digests/2023-16").statusCode()).isEqualTo(400);
            assertThat(get(instance, "/themes/no-such-theme/days").statusCode()).isEqualTo(404);
            assertThat(get(instance, "/talks/no%20such%20talk").statusCode()).isEqualTo(404);
            assertThat(get(instance, "/local/digests").statusCode()).isEqualTo(404);
            assertThat(send(instance, "/digests", "DELETE").statusCode()).isEqualTo(405);
            HttpResponse<String> health = get(instance, "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).path("state").asText()).isIn("RUNNING", "REBALANCING");
            HttpResponse<String> metrics = get(instance, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).containsPattern("(?m)^kafka_stream_\\w+");
        }
        // everything published: Recap's gauges read 0 on /metrics, one per task of each processor, wherever the
        // task runs (task metrics reach /metrics at the binder's next refresh, every 5 s)
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(pendingGauges(List.of(first, second)))
                        .containsExactly(
                                "talk-resolver 0_0 0.0",
                                "talk-resolver 0_1 0.0",
                                "talk-resolver 0_2 0.0",
                                "week-digests 2_0 0.0",
                                "week-digests 2_1 0.0",
                                "week-digests 2_2 0.0"));
    }

    private List<String> pendingGauges(List<RecapStreamsService> instances) throws IOException, InterruptedException {
        List<String> gauges = new ArrayList<>();
        for (RecapStreamsService instance : instances) {
            get(instance, "/metrics")
                    .body()
                    .lines()
                    .filter(l -> l.startsWith("kafka_recap_processor_pending_changes{"))
                    .map(InteractiveQueriesIT::gauge)
                    .forEach(gauges::add);
        }
        gauges.sort(null);
        return gauges;
    }

    // "processor task value" from a Prometheus line of the gauge
    private static String gauge(String line) {
        Matcher m = Pattern.compile("processor=\"([^\"]+)\",task_id=\"([^\"]+)\"} (\\S+)$")
                .matcher(line);
        return m.find() ? m.group(1) + " " + m.group(2) + " " + m.group(3) : line;
    }

    private static int sum(JsonNode array, String field) {
        int sum = 0;
        for (JsonNode element : array) {
            sum += element.path(field).asInt();
        }
        return sum;
    }

    private static List<String> topLevel(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asText()));
        return values;
    }

    private static StreamsSettings settings(String applicationId, Path stateDir) {
        return StreamsSettings.fromEnvironment(Map.of())
                .withApplicationId(applicationId)
                .withBootstrapServers(TestKafka.bootstrapServers())
                .withStateDir(stateDir.toString())
                .withZone(ZoneId.of("Europe/Amsterdam"))
                .withCommitIntervalMs(100)
                .withHttpPort(StreamsSettings.EPHEMERAL_HTTP_PORT);
    }

    private JsonNode awaitSameAnswer(String path, Predicate<JsonNode> complete) {
        JsonNode[] answer = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            HttpResponse<String> a = get(first, path);
            HttpResponse<String> b = get(second, path);
            assertThat(List.of(a.statusCode(), b.statusCode()))
                    .as("GET %s: %s / %s", path, a.body(), b.body())
                    .containsExactly(200, 200);
            assertThat(a.body()).as("GET %s on both instances", path).isEqualTo(b.body());
            answer[0] = JSON.readTree(a.body());
            assertThat(complete).as("GET %s complete", path).accepts(answer[0]);
        });
        return answer[0];
    }

    private HttpResponse<String> get(RecapStreamsService instance, String path)
            throws IOException, InterruptedException {
        return send(instance, path, "GET");
    }

    private HttpResponse<String> send(RecapStreamsService instance, String path, String method)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + instance.httpPort() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void publish(TopicCatalogue topics) throws Exception {
        Map<String, Object> config = ClientConfigs.reliableProducer(TestKafka.clientConfig(), "streams-web-it");
        try (var producer = new KafkaProducer<>(
                config, new StringSerializer(), topics.posts().valueSerde().serializer())) {
            for (Post post : List.of(
                    post("p1", "GitOps and continuous delivery with Argo CD", LocalDate.of(2023, 4, 19)),
                    post("p2", "eBPF networking with Cilium", LocalDate.of(2023, 4, 20)),
                    post("p3", "GitOps with Flux and Argo CD", LocalDate.of(2023, 4, 26)),
                    post("p4", "eBPF networking with Cilium at scale", LocalDate.of(2023, 4, 27)))) {
                producer.send(new ProducerRecord<>(topics.posts().name(), post.getId(), post))
                        .get();
            }
        }
        try (var producer = new KafkaProducer<>(
                config,
                new StringSerializer(),
                topics.talkMentions().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topics.talkMentions().name(), "argo cd core", mention()))
                    .get();
        }
    }

    private static Post post(String id, String title, LocalDate date) {
        return Post.newBuilder()
                .setId(id)
                .setSource(id + ".md")
                .setTitle(title)
                .setLanguage("en")
                .setPublishedDate(date)
                .setDateSource(DateSource.FRONT_MATTER)
                .setFirstSeen(Instant.parse("2023-04-19T10:00:00Z"))
                .setFormat(PostFormat.MARKDOWN)
                .setBodyText(title)
                .setProjects(title.contains("Argo") ? List.of("Argo") : List.of())
                .build();
    }

    private static TalkMention mention() {
        return TalkMention.newBuilder()
                .setTalkKey("argo cd core")
                .setPostId("p1")
                .setPosition(0)
                .setTitle("Argo CD Core")
                .setSpeakers(List.of(new Speaker("Alex", null)))
                .setDay(LocalDate.of(2023, 4, 19))
                .setPostDate(LocalDate.of(2023, 4, 19))
                .setPostFirstSeen(Instant.parse("2023-04-19T10:00:00Z"))
                .build();
    }

    private static void awaitDigestsOnTopic(TopicCatalogue topics, Set<String> weeks) {
        Map<String, Object> config = new HashMap<>(TestKafka.clientConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, TestIds.groupId("streams-web-it-reader"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Set<String> seen = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topics.digests().name()));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.add(record.key()));
                return seen.containsAll(weeks);
            });
        }
    }
}
