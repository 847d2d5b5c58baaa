package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Digest;
import dev.recap.ingest.FileIngestor;
import dev.recap.ingest.IngestSummary;
import dev.recap.notifier.NotifierReport;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.RecapStreamsService;
import dev.recap.streams.StreamsSettings;
import dev.recap.testkit.TestIds;
import dev.recap.testkit.TestKafka;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One post travels from a file to an email and a Slack message through a real Kafka broker, and a second run sends nothing. */
class WalkingSkeletonIT {

    private static final Path SAMPLE_POST = Path.of("../samples/posts/gitops-and-security.md");
    private static final String SAMPLE_TITLE = "GitOps and security at KubeCon EU 2023";

    @TempDir
    Path work;

    @Test
    void shouldCarryASamplePostIntoTheWeeklyEmailExactlyOnce() throws Exception {
        TopicCatalogue topics = TestKafka.freshTopics();
        Map<String, Object> client = TestKafka.clientConfig();
        SubscriberPublisher.publish(topics, client, SubscriberFile.read(Path.of("../samples/subscribers.yaml")));
        Properties producer = FileIngestor.producerDefaults(TestKafka.bootstrapServers());

        IngestSummary ingested = new FileIngestor(topics, producer, Clock.systemUTC()).ingest(List.of(SAMPLE_POST));
        Map<String, Digest> digests;
        StreamsSettings settings = StreamsSettings.fromEnvironment(Map.of())
                .withApplicationId(TestIds.applicationId("skeleton"))
                .withBootstrapServers(TestKafka.bootstrapServers())
                .withStateDir(work.resolve("state").toString())
                .withZone(ZoneId.of("Europe/Amsterdam"))
                .withCommitIntervalMs(100)
                .withHttpPort(StreamsSettings.EPHEMERAL_HTTP_PORT);
        try (RecapStreamsService streams = new RecapStreamsService(topics, settings)) {
            streams.start();
            digests = DigestWatcher.awaitAll(topics, client, ingested, streams::talkIdOf, Duration.ofSeconds(90));
        }
        Path out = work.resolve("out");
        NotifierReport first = NotifierCommand.deliver(topics, client, Map.of(), out, false);
        NotifierReport second = NotifierCommand.deliver(topics, client, Map.of(), out, false);

        assertThat(ingested.posts()).isEqualTo(1);
        assertThat(ingested.deadLetters()).isZero();
        assertThat(digests).containsOnlyKeys("2023-W16");
        assertThat(first.weeks()).containsExactly("2023-W16");
        assertThat(first.sent()).isEqualTo(3);
        assertThat(first.sentToSlack()).isEqualTo(1);
        assertThat(first.failed()).isZero();
        assertThat(second.sent()).isZero();
        assertThat(second.skipped()).isEqualTo(3);
        assertThat(Files.readString(out.resolve("slack/2023-W16/platform-team.json")))
                .contains(SAMPLE_TITLE);
        assertThat(Files.exists(out.resolve("digests/2023-W16.json"))).isTrue();
        assertThat(Files.exists(out.resolve("web/2023-W16.html"))).isTrue();
        assertThat(Files.exists(out.resolve("mail/2023-W16/former-reader.eml"))).isFalse();
        MimeMessage email = read(out.resolve("mail/2023-W16/ada.eml"));
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("Ada Martin <ada@example.org>");
        Multipart parts = (Multipart) email.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat((String) parts.getBodyPart(0).getContent()).contains(SAMPLE_TITLE);
        assertThat((String) parts.getBodyPart(1).getContent()).contains(SAMPLE_TITLE);
    }

    private static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
