package dev.recap.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.DateSource;
import dev.recap.events.Post;
import dev.recap.events.PostFormat;
import dev.recap.events.Speaker;
import dev.recap.events.TalkMention;
import dev.recap.ingest.Fixtures;
import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.extract.TalkExtractor;
import dev.recap.ingest.parse.SkipReason;
import dev.recap.schemas.DeadLetters;
import dev.recap.schemas.Identity;
import dev.recap.schemas.TopicCatalogue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class PostPublisherTest {

    private static final Instant NOW = Instant.parse("2023-04-25T12:00:00Z");
    private final TopicCatalogue catalogue = TopicCatalogue.withPrefix("test-");
    private final PostPublisher publisher = new PostPublisher(catalogue, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldKeyThePostByTheHashOfItsCanonicalUrl() {
        PostRecords records = publisher.toRecords(extraction("markdown/yaml-front-matter.md"), "posts/day-two.md");

        assertThat(records.post().topic()).isEqualTo("test-posts");
        assertThat(records.post().key())
                .isEqualTo(Identity.postId("https://blog.example.org/kubecon-day-two/", "posts/day-two.md"));
        assertThat(records.post().value().getId()).isEqualTo(records.post().key());
    }

    @Test
    void shouldKeyAPostWithoutCanonicalUrlByItsSource() {
        PostRecords records = publisher.toRecords(extraction("markdown/no-talks.md"), "posts/no-talks.md");

        assertThat(records.post().key()).isEqualTo(Identity.postId(null, "posts/no-talks.md"));
        assertThat(records.mentions()).isEmpty();
        assertThat(records.post().value().getTalkCount()).isZero();
    }

    @Test
    void shouldBuildThePostFromWhatWasParsed() {
        PostRecords records = publisher.toRecords(extraction("markdown/yaml-front-matter.md"), "posts/day-two.md");

        Post post = records.post().value();
        assertThat(post.getSource()).isEqualTo("posts/day-two.md");
        assertThat(post.getUrl()).isEqualTo("https://blog.example.org/kubecon-day-two/");
        assertThat(post.getTitle()).isEqualTo("KubeCon EU 2023, day two");
        assertThat(post.getAuthor()).isEqualTo("Ann Lee");
        assertThat(post.getLanguage()).isEqualTo("en");
        assertThat(post.getPublished()).isEqualTo(Instant.parse("2023-04-20T21:15:00Z"));
        assertThat(post.getPublishedDate()).isEqualTo(LocalDate.of(2023, 4, 20));
        assertThat(post.getDateSource()).isEqualTo(DateSource.FRONT_MATTER);
        assertThat(post.getFirstSeen()).isEqualTo(NOW);
        assertThat(post.getFormat()).isEqualTo(PostFormat.MARKDOWN);
        assertThat(post.getTags()).containsExactly("gitops", "security", "conferences", "kubecon");
        assertThat(post.getProjects()).containsExactly("Keycloak", "Flux", "Argo", "Istio");
        assertThat(post.getTalkCount()).isEqualTo(2);
    }

    @Test
    void shouldMarkAPostWithoutStatedDateAsFirstSeen() {
        PostRecords records = publisher.toRecords(extraction("markdown/lastmod-not-date.md"), "posts/edited.md");

        Post post = records.post().value();
        assertThat(post.getPublished()).isNull();
        assertThat(post.getPublishedDate()).isNull();
        assertThat(post.getDateSource()).isEqualTo(DateSource.FIRST_SEEN);
        assertThat(post.getUpdated()).isEqualTo(Instant.parse("2023-05-02T08:00:00Z"));
    }

    @Test
    void shouldBuildOneMentionPerTalkKeyedByTalkKey() {
        PostRecords records = publisher.toRecords(extraction("markdown/yaml-front-matter.md"), "posts/day-two.md");

        List<ProducerRecord<String, TalkMention>> mentions = records.mentions();
        assertThat(mentions).extracting(ProducerRecord::topic).containsOnly("test-talk-mentions");
        assertThat(mentions)
                .extracting(ProducerRecord::key)
                .containsExactly(
                        "flux multi tenancy deep dive", "operate multi tenancy service mesh with argocd in production");
        TalkMention second = mentions.get(1).value();
        assertThat(second.getPostId()).isEqualTo(records.post().key());
        assertThat(second.getPosition()).isEqualTo(1);
        assertThat(second.getTitle()).isEqualTo("Operate Multi-Tenancy Service Mesh with ArgoCD in Production");
        assertThat(second.getSpeakers())
                .containsExactly(
                        new Speaker("Lin Sun", "Solo.io"), new Speaker("Faseela K", "Ericsson Software Technology"));
        assertThat(second.getDay()).isEqualTo(LocalDate.of(2023, 4, 20));
        assertThat(second.getConference()).isEqualTo("KubeCon + CloudNativeCon Europe 2023");
        assertThat(second.getLanguage()).isEqualTo("en");
        assertThat(second.getPostUrl()).isEqualTo("https://blog.example.org/kubecon-day-two/");
        assertThat(second.getPostDate()).isEqualTo(LocalDate.of(2023, 4, 20));
        assertThat(second.getPostFirstSeen()).isEqualTo(NOW);
        assertThat(second.getPostTitle()).isEqualTo("KubeCon EU 2023, day two");
        assertThat(second.getPostAuthor()).isEqualTo("Ann Lee");
    }

    @Test
    void shouldGiveTheSameKeysWhenTheSameFileIsIngestedAgain() {
        PostRecords first = publisher.toRecords(extraction("text/bare-text.txt"), "posts/bare.txt");
        PostPublisher later = new PostPublisher(catalogue, Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));

        PostRecords again = later.toRecords(extraction("text/bare-text.txt"), "posts/bare.txt");

        assertThat(again.post().key()).isEqualTo(first.post().key());
        assertThat(again.mentions())
                .extracting(ProducerRecord::key)
                .containsExactlyElementsOf(
                        first.mentions().stream().map(ProducerRecord::key).toList());
    }

    @Test
    void shouldDeadLetterTheOriginalBytesWithTheReason() {
        byte[] original = {0, 1, 2};

        ProducerRecord<byte[], byte[]> letter =
                publisher.toDeadLetter("posts/image.png", original, SkipReason.BINARY, "looks binary");

        assertThat(letter.topic()).isEqualTo("test-dead-letters");
        assertThat(letter.key()).isEqualTo("posts/image.png".getBytes(StandardCharsets.UTF_8));
        assertThat(letter.value()).isEqualTo(original);
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE)).isEqualTo("posts/image.png");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE)).isEqualTo("ingest");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.ERROR_CLASS))
                .isEqualTo("binary");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.ERROR_MESSAGE))
                .isEqualTo("looks binary");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.TIME)).isEqualTo("2023-04-25T12:00:00Z");
    }

    @Test
    void shouldNotAttachAnOriginalTooLargeForKafka() {
        byte[] original = new byte[PostPublisher.MAX_DEAD_LETTER_BYTES + 1];

        ProducerRecord<byte[], byte[]> letter =
                publisher.toDeadLetter("posts/big.bin", original, SkipReason.BINARY, "looks binary");

        assertThat(letter.value()).isNull();
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.ERROR_MESSAGE))
                .isEqualTo("looks binary (original of 524289 bytes not attached)");
    }

    private static PostExtraction extraction(String fixture) {
        return TalkExtractor.standard().extract(Fixtures.parsed(fixture));
    }

    @Test
    void shouldPlaceAnUndatedPostOnTheLastConferenceDayItNamesAndSaySo() {
        PostRecords records = publisher.toRecords(extraction("talks/marked-speakers-undated.md"), "posts/undated.md");

        Post post = records.post().value();
        assertThat(post.getPublished()).isNull();
        assertThat(post.getPublishedDate()).isEqualTo(LocalDate.of(2023, 4, 20));
        assertThat(post.getDateSource()).isEqualTo(DateSource.CONFERENCE_DAY);
        assertThat(records.mentions())
                .allSatisfy(m -> assertThat(m.value().getPostDate()).isEqualTo(LocalDate.of(2023, 4, 20)));
    }

    @Test
    void shouldKeepTheFirstSeenTimeOfAPostAlreadyPublished() {
        Instant earlier = NOW.minusSeconds(86_400);

        PostRecords records = publisher.toRecords(
                extraction("markdown/no-talks.md"),
                "posts/no-talks.md",
                id -> id.equals(Identity.postId(null, "posts/no-talks.md")) ? Optional.of(earlier) : Optional.empty());

        assertThat(records.post().value().getFirstSeen()).isEqualTo(earlier);
        assertThat(publisher
                        .toRecords(extraction("markdown/no-talks.md"), "posts/other.md")
                        .post()
                        .value()
                        .getFirstSeen())
                .isEqualTo(NOW);
    }
}
