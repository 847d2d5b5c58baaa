package dev.recap.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.DateSource;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.Post;
import dev.recap.events.PostFormat;
import dev.recap.events.ProjectCount;
import dev.recap.events.Speaker;
import dev.recap.events.TalkMention;
import dev.recap.events.ThemeDay;
import dev.recap.schemas.AvroSerde;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.StreamsSettings;
import dev.recap.streams.classify.ThemeClassifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecapTopologyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant T0 = Instant.parse("2023-04-19T08:00:00Z");
    private static final TopicCatalogue TOPICS = TopicCatalogue.standard();

    private TopologyTestDriver driver;
    private TestInputTopic<String, Post> posts;
    private TestInputTopic<String, TalkMention> mentions;
    private TestInputTopic<byte[], byte[]> rawPosts;
    private TestOutputTopic<String, ThemeDay> themeDays;
    private TestOutputTopic<String, Digest> digests;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        driver = driverFor(RecapTopology.build(TOPICS, PARIS, ThemeClassifier.withDefaultRules()));
        posts = driver.createInputTopic(
                TOPICS.posts().name(),
                Serdes.String().serializer(),
                TOPICS.posts().valueSerde().serializer());
        rawPosts = driver.createInputTopic(
                TOPICS.posts().name(),
                Serdes.ByteArray().serializer(),
                Serdes.ByteArray().serializer());
        mentions = driver.createInputTopic(
                TOPICS.talkMentions().name(),
                Serdes.String().serializer(),
                TOPICS.talkMentions().valueSerde().serializer());
        themeDays = driver.createOutputTopic(
                TOPICS.themeDays().name(),
                Serdes.String().deserializer(),
                TOPICS.themeDays().valueSerde().deserializer());
        digests = driver.createOutputTopic(
                TOPICS.digests().name(),
                Serdes.String().deserializer(),
                TOPICS.digests().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(
                TOPICS.deadLetters().name(),
                Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldCountAPostUnderItsThemeAndDayAndFileItInItsIsoWeek() {
        posts.pipeInput("p1", post("p1", "GitOps with Argo CD at KubeCon", LocalDate.of(2023, 4, 19)), T0);

        Map<String, ThemeDay> days = themeDays.readKeyValuesToMap();
        assertThat(days).containsOnlyKeys("gitops-delivery@2023-04-19");
        ThemeDay day = days.get("gitops-delivery@2023-04-19");
        assertThat(day.getPosts()).isEqualTo(1);
        assertThat(day.getTalks()).isZero();
        assertThat(day.getProjects()).containsExactly(new ProjectCount("Argo", 1, 0));
        Map<String, Digest> weeks = digests.readKeyValuesToMap();
        assertThat(weeks).containsOnlyKeys("2023-W16");
        Digest digest = weeks.get("2023-W16");
        assertThat(digest.getWeekStart()).isEqualTo(LocalDate.of(2023, 4, 17));
        assertThat(digest.getZone()).isEqualTo("Europe/Paris");
        assertThat(digest.getSections()).hasSize(1);
        assertThat(digest.getSections().get(0).getTheme()).isEqualTo("gitops-delivery");
        assertThat(digest.getSections().get(0).getItems())
                .extracting(DigestItem::getId)
                .containsExactly("post:p1");
        assertThat(digest.getId())
                .isEqualTo("2023-W16-" + digest.getContentHash().substring(0, 12));
    }

    @Test
    void shouldMergeMentionsOfOneTalkFromTwoPostsIntoOneItem() {
        mentions.pipeInput("argo cd core", mention("p2", "Argo CD core", new Speaker("Leo", "Intuit")), T0);
        mentions.pipeInput("argo cd core", mention("p1", "Argo CD Core", new Speaker("Alex", null)), T0);

        Digest digest = digests.readKeyValuesToMap().get("2023-W16");

        List<DigestItem> items = WeeklyDigestBuilder.itemsOf(digest);
        assertThat(items).hasSize(1);
        DigestItem talk = items.get(0);
        assertThat(talk.getId()).isEqualTo("talk:argo cd core");
        assertThat(talk.getTitle()).isEqualTo("Argo CD Core");
        assertThat(talk.getSources()).containsExactly("p1", "p2");
        assertThat(talk.getSpeakers()).containsExactly(new Speaker("Alex", null), new Speaker("Leo", "Intuit"));
        assertThat(talk.getDay()).isEqualTo("2023-04-19");
        assertThat(digest.getStats().getTalks()).isEqualTo(1);
    }

    @Test
    void shouldCountAnEditedPostOnceAndMoveItWhenItsDayChanges() {
        posts.pipeInput("p1", post("p1", "GitOps with Argo CD", LocalDate.of(2023, 4, 19)), T0);
        posts.pipeInput("p1", post("p1", "GitOps with Argo CD, edited", LocalDate.of(2023, 4, 20)), T0);

        Map<String, ThemeDay> days = themeDays.readKeyValuesToMap();

        assertThat(days.get("gitops-delivery@2023-04-19").getPosts()).isZero();
        assertThat(days.get("gitops-delivery@2023-04-20").getPosts()).isEqualTo(1);
        Digest digest = digests.readKeyValuesToMap().get("2023-W16");
        assertThat(WeeklyDigestBuilder.itemsOf(digest))
                .extracting(DigestItem::getTitle)
                .containsExactly("GitOps with Argo CD, edited");
    }

    @Test
    void shouldDateAnUndatedPostByWhenItWasFirstSeenInTheConfiguredZone() {
        // 23:30 UTC on Sunday 23 April is already Monday 24 April in Paris: next ISO week
        Instant lateSunday = Instant.parse("2023-04-23T23:30:00Z");
        Post undated = Post.newBuilder(post("p3", "GitOps and continuous delivery notes", null))
                .setFirstSeen(lateSunday)
                .setDateSource(DateSource.FIRST_SEEN)
                .build();

        posts.pipeInput("p3", undated, lateSunday);

        assertThat(themeDays.readKeyValuesToMap()).containsOnlyKeys("gitops-delivery@2023-04-24");
        assertThat(digests.readKeyValuesToMap()).containsOnlyKeys("2023-W17");
    }

    @Test
    void shouldGiveTheSameDigestBytesWhateverTheOrderOfInput() {
        Post a = post("pa", "GitOps with Argo CD", LocalDate.of(2023, 4, 19));
        Post b = post("pb", "eBPF and Cilium networking", LocalDate.of(2023, 4, 20));
        TalkMention m = mention("pa", "Argo CD Core", new Speaker("Alex", "Akuity"));

        posts.pipeInput("pa", a, T0);
        posts.pipeInput("pb", b, T0);
        mentions.pipeInput("argo cd core", m, T0);
        Digest first = digests.readKeyValuesToMap().get("2023-W16");
        driver.close();
        startDriver();
        mentions.pipeInput("argo cd core", m, T0);
        posts.pipeInput("pb", b, T0);
        posts.pipeInput("pa", a, T0);
        Digest second = digests.readKeyValuesToMap().get("2023-W16");

        AvroSerde<Digest> serde = AvroSerde.of(Digest.class);
        assertThat(serde.encode(second)).isEqualTo(serde.encode(first));
        assertThat(WeeklyDigestBuilder.itemsOf(first)).hasSize(3);
    }

    @Test
    void shouldSendARecordThatCannotBeDecodedToTheDeadLetterTopicAndGoOn() {
        rawPosts.pipeInput("bad".getBytes(), "not avro".getBytes(), T0);
        posts.pipeInput("p1", post("p1", "GitOps with Argo CD", LocalDate.of(2023, 4, 19)), T0);

        var dead = deadLetters.readRecordsToList();

        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).key())).isEqualTo("bad");
        assertThat(new String(dead.get(0).value())).isEqualTo("not avro");
        assertThat(digests.readKeyValuesToMap()).containsOnlyKeys("2023-W16");
    }

    @Test
    void shouldKeepTheNamesOfEveryStoreAndRepartitionTopic() {
        String description = RecapTopology.build(TOPICS, PARIS, ThemeClassifier.withDefaultRules())
                .describe()
                .toString();

        assertThat(description)
                .contains(
                        RecapTopology.TALK_ITEMS_STORE,
                        RecapTopology.ENTRIES_STORE,
                        RecapTopology.THEME_DAYS_STORE,
                        RecapTopology.DIGESTS_STORE,
                        RecapTopology.ENTRIES_REPARTITION + "-repartition",
                        RecapTopology.THEME_DAYS_GROUPED + "-repartition",
                        RecapTopology.DIGESTS_GROUPED + "-repartition")
                .doesNotContain("KSTREAM-AGGREGATE-STATE-STORE", "KTABLE-AGGREGATE-STATE-STORE");
    }

    private static TopologyTestDriver driverFor(Topology topology) {
        Properties props = new StreamsSettings("recap-test", "dummy:9092", null, PARIS, 0)
                .toProperties(TOPICS.deadLetters().name());
        // TopologyTestDriver has no broker; caching off makes every update visible
        props.put("statestore.cache.max.bytes", "0");
        // Under exactly_once_v2 the driver's mock producer drops dead-letter records sent while a record is
        // deserialised; exactly-once is checked on a real broker in RecapStreamsIT.
        props.put("processing.guarantee", "at_least_once");
        return new TopologyTestDriver(topology, props);
    }

    static Post post(String id, String title, LocalDate date) {
        return Post.newBuilder()
                .setId(id)
                .setSource("samples/" + id + ".md")
                .setTitle(title)
                .setLanguage("en")
                .setPublishedDate(date)
                .setDateSource(date == null ? DateSource.FIRST_SEEN : DateSource.FRONT_MATTER)
                .setFirstSeen(T0)
                .setFormat(PostFormat.MARKDOWN)
                .setBodyText(title)
                .setProjects(title.contains("Argo") ? List.of("Argo") : List.of())
                .build();
    }

    static TalkMention mention(String postId, String title, Speaker speaker) {
        return TalkMention.newBuilder()
                .setTalkKey("argo cd core")
                .setPostId(postId)
                .setPosition(0)
                .setTitle(title)
                .setSpeakers(List.of(speaker))
                .setDay(LocalDate.of(2023, 4, 19))
                .setProjects(List.of("Argo"))
                .setPostFirstSeen(T0)
                .build();
    }
}
