package dev.recap.ingest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.recap.events.DateSource;
import dev.recap.events.Post;
import dev.recap.events.PostFormat;
import dev.recap.events.ScheduledTalk;
import dev.recap.ingest.publish.PostKeys;
import dev.recap.ingest.source.FetchSettings;
import dev.recap.ingest.source.SafeFetcher;
import dev.recap.schemas.DeadLetters;
import dev.recap.schemas.Identity;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.testkit.MutableClock;
import dev.recap.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest into a real broker, read back record by record: a folder of posts (re-ingested after an edit),
 * a feed served over HTTP and polled conditionally, and an iCalendar schedule; unreadable files, feed
 * items and schedule events land on the dead letters with their reason while the rest is published.
 */
class SourcesIngestIT {

    private static final Instant NOW = Instant.parse("2023-04-25T12:00:00Z");
    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final MutableClock clock = new MutableClock(NOW);

    @TempDir
    Path work;

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldPublishAFolderAndUpdateTheSamePostsWhenItIsIngestedAgain() throws Exception {
        TopicCatalogue topics = TestKafka.freshTopics();
        Path folder = Files.createDirectory(work.resolve("posts"));
        Path broken = Files.write(folder.resolve("broken.md"), Fixtures.bytes("markdown/duplicate-key.md"));
        Path dayTwo = Files.write(folder.resolve("day-two.md"), Fixtures.bytes("markdown/yaml-front-matter.md"));
        Path notes =
                Files.writeString(folder.resolve("notes.md"), "# Platform notes\n\nWhat we heard at the booths.\n");
        RecordingProgress progress = new RecordingProgress();

        IngestSummary first = ingestor(topics, clock).ingestInputs(List.of(folder.toString()), progress);
        Files.writeString(
                dayTwo,
                Files.readString(dayTwo).replace("KubeCon EU 2023, day two", "KubeCon EU 2023, day two (edited)"));
        clock.advance(Duration.ofHours(1));
        IngestSummary again = ingestor(topics, clock).ingestInputs(List.of(folder.toString()), IngestProgress.none());

        String dayTwoId = Identity.postId("https://blog.example.org/kubecon-day-two/", dayTwo.toString());
        String notesId = Identity.postId(null, notes.toString());
        List<ConsumerRecord<String, Post>> posts = TopicRecords.all(topics.posts());
        assertThat(posts)
                .extracting(
                        ConsumerRecord::key,
                        r -> r.value().getTitle(),
                        r -> r.value().getSource(),
                        r -> r.value().getPublishedDate(),
                        r -> r.value().getDateSource(),
                        r -> r.value().getFirstSeen())
                .containsExactlyInAnyOrder(
                        tuple(
                                dayTwoId,
                                "KubeCon EU 2023, day two",
                                dayTwo.toString(),
                                LocalDate.parse("2023-04-20"),
                                DateSource.FRONT_MATTER,
                                NOW),
                        tuple(notesId, "Platform notes", notes.toString(), null, DateSource.FIRST_SEEN, NOW),
                        tuple(
                                dayTwoId,
                                "KubeCon EU 2023, day two (edited)",
                                dayTwo.toString(),
                                LocalDate.parse("2023-04-20"),
                                DateSource.FRONT_MATTER,
                                NOW),
                        // an update keeps the first sighting, read back from the topic: an undated post
                        // stays in the week it was first seen
                        tuple(notesId, "Platform notes", notes.toString(), null, DateSource.FIRST_SEEN, NOW));
        // one key, two versions in order: the edit is an update of the same post, never a second post
        assertThat(posts)
                .filteredOn(r -> r.key().equals(dayTwoId))
                .extracting(r -> r.value().getTitle())
                .containsExactly("KubeCon EU 2023, day two", "KubeCon EU 2023, day two (edited)");
        assertThat(TopicRecords.all(topics.deadLetters()))
                .extracting(
                        r -> new String(r.key(), StandardCharsets.UTF_8),
                        r -> DeadLetters.header(r.headers(), DeadLetters.ERROR_CLASS),
                        ConsumerRecord::value)
                .containsExactly(
                        tuple(broken.toString(), "invalid-front-matter", Fixtures.bytes("markdown/duplicate-key.md")),
                        tuple(broken.toString(), "invalid-front-matter", Fixtures.bytes("markdown/duplicate-key.md")));
        assertThat(first)
                .extracting(IngestSummary::posts, IngestSummary::updates, IngestSummary::deadLetters)
                .containsExactly(2, 0, 1);
        assertThat(again)
                .extracting(
                        IngestSummary::posts,
                        IngestSummary::updates,
                        IngestSummary::updatesFromTopic,
                        IngestSummary::deadLetters)
                .containsExactly(2, 2, true, 1);
        assertThat(progress.events)
                .containsExactly(
                        "started 3",
                        "advanced " + broken + " posts=0 dead=1",
                        "advanced " + dayTwo + " posts=1 dead=1",
                        "advanced " + notes + " posts=2 dead=1",
                        "finished");
    }

    @Test
    void shouldPollAFeedConditionallyFetchingTheArticleOfASummaryAndDeadLetteringTheItemItCannotRead()
            throws Exception {
        TopicCatalogue topics = TestKafka.freshTopics();
        String feed = new String(Fixtures.bytes("rss/rss-summary-item-and-unreadable-item.xml"), StandardCharsets.UTF_8)
                .replace("ARTICLE_URL", server.url("/platform-day/"));
        server.stubFor(get("/feed.xml")
                .atPriority(5)
                .willReturn(aResponse().withBody(feed).withHeader("ETag", "\"v1\"")));
        server.stubFor(get("/feed.xml")
                .atPriority(1)
                .withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));
        server.stubFor(get("/platform-day/")
                .willReturn(aResponse()
                        .withBody("<html><body><article><h1>Platform day, briefly</h1>"
                                + "<p>The full article about platform engineering day.</p></article></body></html>")));
        String feedUrl = server.url("/feed.xml");

        IngestSummary first;
        IngestSummary unchanged;
        IngestSummary changed;
        try (FeedFollower follower =
                ingestor(topics, clock).follower(List.of(feedUrl), Duration.ofMinutes(15), Duration.ofHours(6))) {
            first = follower.pollOnce();
            clock.advance(Duration.ofMinutes(15));
            unchanged = follower.pollOnce();
            server.stubFor(get("/feed.xml")
                    .atPriority(1)
                    .willReturn(aResponse().withBody(withOneMoreItem(feed)).withHeader("ETag", "\"v2\"")));
            clock.advance(Duration.ofMinutes(15));
            changed = follower.pollOnce();
        }

        String dayThreeId = Identity.postId("https://notes.example.org/day-three/", feedUrl);
        String platformId = Identity.postId(server.url("/platform-day/"), feedUrl);
        String dayFourId = Identity.postId("https://notes.example.org/day-four/", feedUrl);
        List<ConsumerRecord<String, Post>> posts = TopicRecords.all(topics.posts());
        assertThat(posts)
                .extracting(
                        ConsumerRecord::key,
                        r -> r.value().getTitle(),
                        r -> r.value().getPublished(),
                        r -> r.value().getPublishedDate(),
                        r -> r.value().getDateSource(),
                        r -> r.value().getFormat())
                .containsExactlyInAnyOrder(
                        tuple(
                                dayThreeId,
                                "KubeCon EU 2023, day three",
                                Instant.parse("2023-04-22T06:30:00Z"),
                                LocalDate.parse("2023-04-21"),
                                DateSource.FEED,
                                PostFormat.RSS),
                        tuple(
                                platformId,
                                "Platform day, briefly",
                                Instant.parse("2023-04-18T17:30:00Z"),
                                LocalDate.parse("2023-04-18"),
                                DateSource.FEED,
                                PostFormat.RSS),
                        tuple(
                                dayFourId,
                                "KubeCon EU 2023, day four",
                                Instant.parse("2023-04-22T08:00:00Z"),
                                LocalDate.parse("2023-04-22"),
                                DateSource.FEED,
                                PostFormat.RSS));
        assertThat(posts)
                .filteredOn(r -> r.key().equals(platformId))
                .extracting(r -> r.value().getBodyText())
                .containsExactly("Platform day, briefly\n\nThe full article about platform engineering day.");
        assertThat(TopicRecords.all(topics.talkMentions()))
                .extracting(
                        ConsumerRecord::key,
                        r -> r.value().getTitle(),
                        r -> r.value().getPostId())
                .containsExactly(tuple(
                        Identity.talkKey("Malicious Compliance: Reflections on Trusting Container Scanners"),
                        "Malicious Compliance: Reflections on Trusting Container Scanners",
                        dayThreeId));
        List<ConsumerRecord<byte[], byte[]>> deadLetters = TopicRecords.all(topics.deadLetters());
        assertThat(deadLetters)
                .extracting(
                        r -> new String(r.key(), StandardCharsets.UTF_8),
                        r -> DeadLetters.header(r.headers(), DeadLetters.SOURCE),
                        r -> DeadLetters.header(r.headers(), DeadLetters.STAGE),
                        r -> DeadLetters.header(r.headers(), DeadLetters.ERROR_CLASS),
                        r -> DeadLetters.header(r.headers(), DeadLetters.ERROR_MESSAGE),
                        r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly(tuple(
                        feedUrl,
                        feedUrl,
                        "ingest",
                        "no-title",
                        "feed item guid:notes-empty has no title or text",
                        "<item>\n      <guid isPermaLink=\"false\">notes-empty</guid>\n"
                                + "      <pubDate>Wed, 19 Apr 2023 08:00:00 +0200</pubDate>\n    </item>"));
        assertThat(List.of(first, unchanged, changed))
                .extracting(IngestSummary::posts, IngestSummary::talks, IngestSummary::deadLetters)
                .containsExactly(tuple(2, 1, 1), tuple(2, 1, 1), tuple(3, 1, 1));
        assertThat(feedResponses()).containsExactly(tuple(null, 200), tuple("\"v1\"", 304), tuple("\"v1\"", 200));
        server.verify(1, getRequestedFor(urlEqualTo("/platform-day/")));
    }

    @Test
    void shouldPublishTheTalksOfAScheduleAndDeadLetterTheEventItCannotRead() throws Exception {
        TopicCatalogue topics = TestKafka.freshTopics();
        Path schedule = Files.write(work.resolve("schedule.ics"), Fixtures.bytes("ical/ical-one-broken-event.ics"));

        IngestSummary summary = ingestor(topics, Clock.fixed(NOW, java.time.ZoneOffset.UTC))
                .ingestInputs(List.of(schedule.toString()), IngestProgress.none());

        assertThat(TopicRecords.all(topics.scheduledTalks()))
                .extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactlyInAnyOrder(
                        tuple(
                                "kceu23-argo-core@recap.test",
                                talk(
                                        "kceu23-argo-core@recap.test",
                                        "Argo CD Core - A Pure GitOps Agent for Kubernetes",
                                        "2023-04-19T12:30:00Z",
                                        "2023-04-19T13:05:00Z")),
                        tuple(
                                "kceu23-malicious@recap.test",
                                talk(
                                        "kceu23-malicious@recap.test",
                                        "Malicious Compliance: Reflections on Trusting Container Scanners",
                                        "2023-04-21T09:00:00Z",
                                        null)));
        assertThat(TopicRecords.all(topics.deadLetters()))
                .extracting(
                        r -> new String(r.key(), StandardCharsets.UTF_8),
                        r -> DeadLetters.header(r.headers(), DeadLetters.ERROR_CLASS),
                        r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly(tuple(
                        schedule.toString(),
                        "invalid-event",
                        "BEGIN:VEVENT\r\nUID:kceu23-broken@recap.test\r\nDTSTAMP:20230301T000000Z\r\n"
                                + "DTSTART:2023-04-20 at ten\r\nSUMMARY:A talk whose start cannot be read\r\n"
                                + "END:VEVENT\r\n"));
        assertThat(TopicRecords.all(topics.posts())).isEmpty();
        assertThat(summary)
                .extracting(IngestSummary::posts, IngestSummary::scheduledTalks, IngestSummary::deadLetters)
                .containsExactly(0, 2, 1);
    }

    private static ScheduledTalk talk(String id, String title, String start, String end) {
        return ScheduledTalk.newBuilder()
                .setId(id)
                .setTitle(title)
                .setSpeakers(List.of())
                .setStart(Instant.parse(start))
                .setEnd(end == null ? null : Instant.parse(end))
                .setRoom(null)
                .setTrack(null)
                .setUrl(null)
                .setConference("KubeCon + CloudNativeCon Europe 2023")
                .setDescription(null)
                .build();
    }

    private static String withOneMoreItem(String feed) {
        return feed.replace(
                "<description>Notes from conferences</description>",
                "<description>Notes from conferences</description>\n    <item>\n"
                        + "      <title>KubeCon EU 2023, day four</title>\n"
                        + "      <link>https://notes.example.org/day-four/</link>\n"
                        + "      <guid isPermaLink=\"false\">notes-day-four</guid>\n"
                        + "      <pubDate>Sat, 22 Apr 2023 10:00:00 +0200</pubDate>\n"
                        + "      <content:encoded><![CDATA[<p>The day after.</p>]]></content:encoded>\n"
                        + "    </item>");
    }

    // (If-None-Match sent, status answered) of each request for the feed, in the order they came
    private List<org.assertj.core.groups.Tuple> feedResponses() {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/feed.xml"))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(SourcesIngestIT::conditionalAndStatus)
                .toList();
    }

    private static org.assertj.core.groups.Tuple conditionalAndStatus(ServeEvent event) {
        String etag = event.getRequest().containsHeader("If-None-Match")
                ? event.getRequest().getHeader("If-None-Match")
                : null;
        return tuple(etag, event.getResponse().getStatus());
    }

    private static FileIngestor ingestor(TopicCatalogue topics, Clock clock) {
        Properties producer = FileIngestor.producerDefaults(TestKafka.bootstrapServers());
        return new FileIngestor(
                topics,
                () -> new KafkaProducer<>(producer, new ByteArraySerializer(), new ByteArraySerializer()),
                clock,
                SourceWalker.fromWorkingDirectory(),
                FileExtractor.standard(),
                new SafeFetcher(FetchSettings.defaults().withAllowPrivate(true)),
                () -> PostKeys.read(TestKafka.clientConfig(), topics.posts().name(), Duration.ofSeconds(20)));
    }

    /** Writes down what the run reported, in order. */
    private static final class RecordingProgress implements IngestProgress {
        final List<String> events = new ArrayList<>();

        @Override
        public void started(int total) {
            events.add("started " + total);
        }

        @Override
        public void advanced(String source, IngestCounts soFar) {
            events.add("advanced " + source + " posts=" + soFar.posts() + " dead=" + soFar.deadLetters());
        }

        @Override
        public void finished() {
            events.add("finished");
        }
    }
}
