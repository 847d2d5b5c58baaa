package dev.recap.ingest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.recap.events.Post;
import dev.recap.events.PostFormat;
import dev.recap.events.ScheduledTalk;
import dev.recap.events.Speaker;
import dev.recap.events.TalkMention;
import dev.recap.ingest.publish.PostKeys;
import dev.recap.ingest.source.FetchSettings;
import dev.recap.ingest.source.SafeFetcher;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.schemas.TopicSpec;
import dev.recap.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed served over HTTP and an iCalendar file travel into a real broker as posts, mentions and scheduled talks. */
class SourcesIngestIT {

    private static final Instant NOW = Instant.parse("2023-04-25T12:00:00Z");
    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    @TempDir
    Path work;

    @BeforeEach
    void start() {
        server.start();
        String feed = new String(Fixtures.bytes("rss/rss-two-items-one-summary.xml"), StandardCharsets.UTF_8)
                .replace("ARTICLE_URL", server.url("/platform-day/"));
        server.stubFor(get("/feed.xml").willReturn(aResponse().withBody(feed).withHeader("ETag", "\"v1\"")));
        server.stubFor(get("/platform-day/")
                .willReturn(aResponse()
                        .withBody("<html><body><article>"
                                + "<h1>Platform day, briefly</h1><p>The full article about platform engineering day.</p>"
                                + "</article></body></html>")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldPublishTheFeedsPostsMentionsAndTheSchedulesTalks() throws Exception {
        TopicCatalogue topics = TestKafka.freshTopics();
        Path schedule =
                Files.write(work.resolve("schedule.ics"), Fixtures.bytes("ical/ical-with-speakers-in-description.ics"));

        IngestSummary summary = ingestor(topics)
                .ingestInputs(List.of(server.url("/feed.xml"), schedule.toString()), IngestProgress.none());

        List<Post> posts = values(topics.posts(), 2);
        List<TalkMention> mentions = values(topics.talkMentions(), 1);
        List<ScheduledTalk> talks = values(topics.scheduledTalks(), 1);
        assertThat(summary.posts()).isEqualTo(2);
        assertThat(summary.talks()).isEqualTo(1);
        assertThat(summary.scheduledTalks()).isEqualTo(1);
        assertThat(summary.deadLetters()).isZero();
        assertThat(posts)
                .extracting(Post::getTitle)
                .containsExactlyInAnyOrder("KubeCon EU 2023, day three", "Platform day, briefly");
        assertThat(posts).extracting(Post::getFormat).containsOnly(PostFormat.RSS);
        assertThat(posts)
                .filteredOn(p -> p.getTitle().startsWith("Platform"))
                .extracting(Post::getBodyText)
                .containsExactly("Platform day, briefly\n\nThe full article about platform engineering day.");
        assertThat(mentions)
                .extracting(TalkMention::getTitle)
                .containsExactly("Malicious Compliance: Reflections on Trusting Container Scanners");
        assertThat(talks.get(0).getId()).isEqualTo("kceu23-malicious@recap.test");
        assertThat(talks.get(0).getStart()).isEqualTo(Instant.parse("2023-04-21T09:00:00Z"));
        assertThat(talks.get(0).getSpeakers()).startsWith(new Speaker("Ian Coldwater", "Independent"));
    }

    @Test
    void shouldCountAPostAlreadyOnTheTopicAsAnUpdateAndPollAnUnchangedFeedForNothing() throws Exception {
        TopicCatalogue topics = TestKafka.freshTopics();
        ingestor(topics).ingestInputs(List.of(server.url("/feed.xml")), IngestProgress.none());
        values(topics.posts(), 2);

        IngestSummary again = ingestor(topics).ingestInputs(List.of(server.url("/feed.xml")), IngestProgress.none());
        IngestSummary first;
        IngestSummary second;
        try (FeedFollower follower = ingestor(topics)
                .follower(List.of(server.url("/feed.xml")), Duration.ofMillis(1), Duration.ofHours(6))) {
            first = follower.pollOnce();
            server.stubFor(get("/feed.xml").willReturn(aResponse().withStatus(304)));
            second = follower.pollOnce();
        }

        assertThat(again.posts()).isEqualTo(2);
        assertThat(again.updates()).isEqualTo(2);
        assertThat(again.updatesFromTopic()).isTrue();
        assertThat(first.posts()).isEqualTo(2);
        assertThat(second.posts()).isEqualTo(2);
    }

    private static FileIngestor ingestor(TopicCatalogue topics) {
        Properties producer = FileIngestor.producerDefaults(TestKafka.bootstrapServers());
        return new FileIngestor(
                topics,
                () -> new KafkaProducer<>(producer, new ByteArraySerializer(), new ByteArraySerializer()),
                Clock.fixed(NOW, ZoneOffset.UTC),
                SourceWalker.fromWorkingDirectory(),
                FileExtractor.standard(),
                new SafeFetcher(FetchSettings.defaults().withAllowPrivate(true)),
                () -> PostKeys.read(TestKafka.clientConfig(), topics.posts().name(), Duration.ofSeconds(20)));
    }

    private static <V> List<V> values(TopicSpec<String, V> topic, int expected) {
        Map<String, Object> config = TestKafka.clientConfig();
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(
                config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.assign(consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic.name(), p.partition()))
                    .toList());
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
        }
        return values;
    }
}
