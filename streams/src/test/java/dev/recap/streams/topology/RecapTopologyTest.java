package dev.recap.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.DateSource;
import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.Post;
import dev.recap.events.PostFormat;
import dev.recap.events.ProjectCount;
import dev.recap.events.ScheduledTalk;
import dev.recap.events.SourcePost;
import dev.recap.events.Speaker;
import dev.recap.events.TalkMention;
import dev.recap.events.ThemeDay;
import dev.recap.schemas.DeadLetters;
import dev.recap.schemas.Identity;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.StreamsSettings;
import dev.recap.streams.classify.ThemeClassifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecapTopologyTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant SEEN = Instant.parse("2023-04-21T08:00:00Z");
    private static final Duration EMIT = Duration.ofSeconds(1);
    private static final TopicCatalogue TOPICS = TopicCatalogue.standard();
    private static final String CORE = "Argo CD Core - A Pure GitOps Agent for Kubernetes";
    private static final String MALICIOUS = "Malicious Compliance: Reflections on Trusting Container Scanners";

    private TopologyTestDriver driver;
    private TestInputTopic<String, Post> posts;
    private TestInputTopic<String, TalkMention> mentions;
    private TestInputTopic<String, ScheduledTalk> schedule;
    private TestInputTopic<byte[], byte[]> rawMentions;
    private TestOutputTopic<String, ThemeDay> themeDays;
    private TestOutputTopic<String, Digest> digests;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        driver = new TopologyTestDriver(
                RecapTopology.build(
                        TOPICS,
                        new TopologyOptions(AMSTERDAM, 4, EMIT, Duration.ofSeconds(10)),
                        ThemeClassifier.withDefaultRules()),
                properties());
        posts = driver.createInputTopic(
                TOPICS.posts().name(),
                Serdes.String().serializer(),
                TOPICS.posts().valueSerde().serializer());
        mentions = driver.createInputTopic(
                TOPICS.talkMentions().name(),
                Serdes.String().serializer(),
                TOPICS.talkMentions().valueSerde().serializer());
        rawMentions = driver.createInputTopic(
                TOPICS.talkMentions().name(),
                Serdes.ByteArray().serializer(),
                Serdes.ByteArray().serializer());
        schedule = driver.createInputTopic(
                TOPICS.scheduledTalks().name(),
                Serdes.String().serializer(),
                TOPICS.scheduledTalks().valueSerde().serializer());
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
    void shouldPublishAPostInTheDigestOfItsWeekAndItsThemeDay() {
        posts.pipeInput("p1", post("p1", "GitOps with Argo CD at scale", LocalDate.of(2023, 4, 19), SEEN));

        emit();

        Map<String, Digest> weeks = latest(digests);
        assertThat(weeks).containsOnlyKeys("2023-W16");
        Digest digest = weeks.get("2023-W16");
        assertThat(digest.getWeekStart()).isEqualTo(LocalDate.of(2023, 4, 17));
        assertThat(digest.getZone()).isEqualTo("Europe/Amsterdam");
        assertThat(digest.getSections()).extracting(DigestSection::getTheme).containsExactly("gitops-delivery");
        DigestItem item = digest.getSections().get(0).getItems().get(0);
        assertThat(item.getId()).isEqualTo("post:p1");
        assertThat(item.getDay()).isEqualTo("2023-04-19");
        assertThat(item.getArrived()).isEqualTo("2023-04-21");
        assertThat(item.getSourcePosts())
                .containsExactly(new SourcePost(
                        "p1", "GitOps with Argo CD at scale", "Ann Lee", "en", "https://blog.example/p1"));
        assertThat(digest.getSpotlight()).containsExactly(new ProjectCount("Argo", 1, 1));
        assertThat(digest.getContentHash()).hasSize(64);
        assertThat(digest.getId())
                .isEqualTo("2023-W16-" + digest.getContentHash().substring(0, 12));
        Map<String, ThemeDay> days = latest(themeDays);
        assertThat(days).containsOnlyKeys("gitops-delivery@2023-04-19");
        ThemeDay day = days.get("gitops-delivery@2023-04-19");
        assertThat(day.getPosts()).isEqualTo(1);
        assertThat(day.getTalks()).isZero();
        assertThat(day.getProjects()).containsExactly(new ProjectCount("Argo", 1, 0));
    }

    @Test
    void shouldMergeAShortenedTitleAndTheFullTitleIntoOneTalkWithBothPostsAsSources() {
        mentions.pipeInput("argocd core", mention("p0", "Argocd core", List.of(), LocalDate.of(2023, 4, 19)));
        mentions.pipeInput(
                Identity.talkKey(CORE),
                mention(
                        "p2",
                        CORE,
                        List.of(
                                new Speaker("Alexander Matyushentsev", "Akuity"),
                                new Speaker("Leonardo Luz Almeida", "Intuit")),
                        null));

        emit();

        Digest digest = latest(digests).get("2023-W16");
        List<DigestItem> talks = talksOf(digest);
        assertThat(talks).hasSize(1);
        DigestItem talk = talks.get(0);
        assertThat(talk.getId()).isEqualTo("talk:" + Identity.talkKey(CORE));
        assertThat(talk.getTitle()).isEqualTo(CORE);
        assertThat(talk.getSources()).containsExactly("p0", "p2");
        assertThat(talk.getSourcePosts()).extracting(SourcePost::getPostId).containsExactly("p0", "p2");
        assertThat(talk.getSpeakers())
                .containsExactly(
                        new Speaker("Alexander Matyushentsev", "Akuity"),
                        new Speaker("Leonardo Luz Almeida", "Intuit"));
        assertThat(talk.getDay()).isEqualTo("2023-04-19");
        assertThat(talk.getThemes().get(0)).isEqualTo("gitops-delivery");
        assertThat(talk.getScore()).isEqualTo(4);
        assertThat(digest.getHeadlines()).containsExactly(talk);
    }

    @Test
    void shouldGiveTheSameDigestBytesWhateverTheOrderOfMentionsAndScheduleEntries() {
        List<Runnable> inputs = List.of(
                () -> mentions.pipeInput(
                        "argocd core", mention("p0", "Argocd core", List.of(), LocalDate.of(2023, 4, 19))),
                () -> mentions.pipeInput(Identity.talkKey(CORE), mention("p2", CORE, List.of(), null)),
                () -> mentions.pipeInput(
                        "malicious compliance",
                        mention(
                                "p4",
                                "Malicious compliance",
                                List.of(new Speaker("Ian Coldwater", null)),
                                LocalDate.of(2023, 4, 21))),
                () -> schedule.pipeInput(
                        "s-12",
                        scheduled(
                                "s-12",
                                MALICIOUS,
                                "2023-04-21T12:30:00Z",
                                new Speaker("Ian Coldwater", "Independent"))),
                () -> posts.pipeInput(
                        "p2", post("p2", "Cloud native security notes", LocalDate.of(2023, 4, 20), SEEN)));

        inputs.forEach(Runnable::run);
        emit();
        Digest forward = latest(digests).get("2023-W16");
        closeDriver();
        startDriver();
        for (int i = inputs.size() - 1; i >= 0; i--) {
            inputs.get(i).run();
            emit();
        }
        Digest backward = latest(digests).get("2023-W16");

        assertThat(backward).isEqualTo(forward);
        assertThat(talksOf(forward)).extracting(DigestItem::getTitle).containsExactlyInAnyOrder(CORE, MALICIOUS);
    }

    @Test
    void shouldTakeTheOfficialTitleSpeakersAndDayFromTheScheduleAndKeepThePostsSpeakers() {
        mentions.pipeInput(
                "malicious compliance",
                mention(
                        "p4",
                        "Malicious compliance",
                        List.of(new Speaker("Ian Coldwater", null), new Speaker("Rory McCune", "Datadog")),
                        LocalDate.of(2023, 4, 19)));
        schedule.pipeInput(
                "s-12",
                scheduled("s-12", MALICIOUS, "2023-04-21T12:30:00Z", new Speaker("Ian Coldwater", "Independent")));

        emit();

        DigestItem talk = talksOf(latest(digests).get("2023-W16")).get(0);
        assertThat(talk.getTitle()).isEqualTo(MALICIOUS);
        assertThat(talk.getScheduleId()).isEqualTo("s-12");
        assertThat(talk.getUrl()).isEqualTo("https://sched.example/s-12");
        assertThat(talk.getDay()).isEqualTo("2023-04-21");
        assertThat(talk.getSpeakers())
                .containsExactly(new Speaker("Ian Coldwater", "Independent"), new Speaker("Rory McCune", "Datadog"));
        assertThat(talk.getThemes().get(0)).isEqualTo("security-supply-chain");
    }

    @Test
    void shouldGiveATalkBackItsPostsTitleAndDayWhenItsScheduleEntryIsDeleted() {
        mentions.pipeInput(
                "malicious compliance",
                mention(
                        "p4",
                        "Malicious compliance",
                        List.of(new Speaker("Ian Coldwater", null)),
                        LocalDate.of(2023, 4, 19)));
        schedule.pipeInput(
                "s-12",
                scheduled("s-12", MALICIOUS, "2023-04-21T12:30:00Z", new Speaker("Ian Coldwater", "Independent")));
        emit();
        digests.readRecordsToList();

        schedule.pipeInput("s-12", (ScheduledTalk) null);
        emit();

        DigestItem talk = talksOf(latest(digests).get("2023-W16")).get(0);
        assertThat(talk.getTitle()).isEqualTo("Malicious compliance");
        assertThat(talk.getScheduleId()).isNull();
        assertThat(talk.getDay()).isEqualTo("2023-04-19");
        assertThat(talk.getSpeakers()).containsExactly(new Speaker("Ian Coldwater", null));
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepTwoTalksOnOneProjectApartWhenAShortTitleCouldBeEither() {
        mentions.pipeInput("argo cd core", mention("p0", "Argo CD core", List.of(), LocalDate.of(2023, 4, 19)));
        mentions.pipeInput(Identity.talkKey(CORE), mention("p1", CORE, List.of(), LocalDate.of(2023, 4, 19)));
        mentions.pipeInput(
                "argo cd core internals",
                mention("p2", "Argo CD Core Internals", List.of(), LocalDate.of(2023, 4, 20)));

        emit();

        assertThat(talksOf(latest(digests).get("2023-W16")))
                .extracting(DigestItem::getTitle)
                .containsExactlyInAnyOrder("Argo CD core", CORE, "Argo CD Core Internals");
    }

    @Test
    void shouldRemoveATalkItemThatAnotherTitleAbsorbs() {
        mentions.pipeInput("argocd core", mention("p0", "Argocd core", List.of(), LocalDate.of(2023, 4, 19)));
        emit();
        assertThat(talksOf(latest(digests).get("2023-W16")))
                .extracting(DigestItem::getId)
                .containsExactly("talk:argocd core");

        mentions.pipeInput(Identity.talkKey(CORE), mention("p2", CORE, List.of(), LocalDate.of(2023, 4, 19)));
        emit();

        assertThat(talksOf(latest(digests).get("2023-W16")))
                .extracting(DigestItem::getId)
                .containsExactly("talk:" + Identity.talkKey(CORE));
        assertThat(driver.<String, DigestItem>getKeyValueStore(RecapTopology.TALK_ITEMS_STORE)
                        .get("argocd core"))
                .isNull();
        assertThat(driver.<String, String>getKeyValueStore(RecapTopology.TALK_RESOLUTIONS_STORE)
                        .get("argocd core"))
                .isEqualTo(Identity.talkKey(CORE));
    }

    @Test
    void shouldPutAPostSeenJustAfterMidnightInAmsterdamOnTheNextDayAndWeek() {
        // 22:30 UTC on Sunday 23 April is 00:30 on Monday 24 April in Amsterdam (UTC+2): ISO week 17
        posts.pipeInput("p1", post("p1", "GitOps notes", null, Instant.parse("2023-04-23T22:30:00Z")));

        emit();

        assertThat(latest(digests)).containsOnlyKeys("2023-W17");
        assertThat(latest(themeDays)).containsOnlyKeys("gitops-delivery@2023-04-24");
    }

    @Test
    void shouldDateAScheduledTalkInTheZoneAcrossTheDaylightSavingChange() {
        // 26 March 2023: clocks go forward in Amsterdam. 22:30 UTC is 00:30 CEST on Monday 27 March.
        mentions.pipeInput("gitops at the edge of time", mention("p1", "GitOps at the edge of time", List.of(), null));
        schedule.pipeInput("s-1", scheduled("s-1", "GitOps at the Edge of Time", "2023-03-26T22:30:00Z"));

        emit();

        Map<String, Digest> weeks = latest(digests);
        assertThat(talksOf(weeks.get("2023-W13")).get(0).getDay()).isEqualTo("2023-03-27");
        // first seen on 21 April: a late arrival of week 16, within the 4-week horizon
        assertThat(weeks).containsOnlyKeys("2023-W13", "2023-W16");
        assertThat(itemsOf(weeks.get("2023-W16"))).isEmpty();
        assertThat(weeks.get("2023-W16").getLateArrivals())
                .extracting(DigestItem::getDay)
                .containsExactly("2023-03-27");
    }

    @Test
    void shouldFileALatePostOnItsOwnDayAndListItAsALateArrivalOfTheWeekItCameIn() {
        posts.pipeInput(
                "p-new",
                post("p-new", "Argo CD week notes", LocalDate.of(2023, 4, 26), Instant.parse("2023-04-26T09:00:00Z")));
        emit();
        // published on 12 April (week 15), first seen on 26 April (week 17)
        posts.pipeInput(
                "p-late",
                post(
                        "p-late",
                        "GitOps with Argo CD, late",
                        LocalDate.of(2023, 4, 12),
                        Instant.parse("2023-04-26T10:00:00Z")));

        emit();

        Map<String, Digest> weeks = latest(digests);
        assertThat(weeks).containsOnlyKeys("2023-W15", "2023-W17");
        assertThat(itemsOf(weeks.get("2023-W15"))).extracting(DigestItem::getId).containsExactly("post:p-late");
        assertThat(weeks.get("2023-W17").getLateArrivals())
                .extracting(DigestItem::getId)
                .containsExactly("post:p-late");
        assertThat(itemsOf(weeks.get("2023-W17"))).extracting(DigestItem::getId).containsExactly("post:p-new");
        assertThat(latest(themeDays)).containsKey("gitops-delivery@2023-04-12");
    }

    @Test
    void shouldGiveTheSpotlightTheChangeFromTheWeekBefore() {
        posts.pipeInput("a", post("a", "Argo CD one", LocalDate.of(2023, 4, 12), SEEN));
        posts.pipeInput("b", post("b", "Argo CD two", LocalDate.of(2023, 4, 13), SEEN));
        posts.pipeInput("c", post("c", "Argo CD three", LocalDate.of(2023, 4, 19), SEEN));

        emit();

        Map<String, Digest> weeks = latest(digests);
        assertThat(weeks.get("2023-W16").getSpotlight()).containsExactly(new ProjectCount("Argo", 1, -1));
        assertThat(weeks.get("2023-W15").getSpotlight()).containsExactly(new ProjectCount("Argo", 2, 2));
    }

    @Test
    void shouldMoveAnEditedPostAndDropTheThemeDayItLeft() {
        posts.pipeInput("p1", post("p1", "GitOps with Argo CD", LocalDate.of(2023, 4, 19), SEEN));
        emit();

        posts.pipeInput("p1", post("p1", "GitOps with Argo CD", LocalDate.of(2023, 4, 20), SEEN));
        emit();

        List<TestRecord<String, ThemeDay>> changes = themeDays.readRecordsToList();
        assertThat(changes)
                .extracting(TestRecord::key)
                .containsExactly(
                        "gitops-delivery@2023-04-19", "gitops-delivery@2023-04-19", "gitops-delivery@2023-04-20");
        assertThat(changes.get(1).value()).isNull();
    }

    @Test
    void shouldPublishNothingNewWhenTheSameRecordsAreReplayed() {
        TalkMention core = mention("p2", CORE, List.of(), LocalDate.of(2023, 4, 19));
        Post post = post("p1", "GitOps with Argo CD", LocalDate.of(2023, 4, 19), SEEN);
        mentions.pipeInput(Identity.talkKey(CORE), core);
        posts.pipeInput("p1", post);
        emit();
        digests.readRecordsToList();
        themeDays.readRecordsToList();

        mentions.pipeInput(Identity.talkKey(CORE), core);
        posts.pipeInput("p1", post);
        emit();

        assertThat(digests.isEmpty()).isTrue();
        assertThat(themeDays.isEmpty()).isTrue();
    }

    @Test
    void shouldHoldChangesWhileMentionsKeepComingAndPublishThemAtTheMaxDelay() {
        // a mention every 100 ms: the input is never quiet for the 1 s emit interval, so only the 10 s
        // bound makes the resolver publish, at 10 s; the week processor then publishes once quiet, at 11 s
        for (int i = 0; i < 100; i++) {
            mentions.pipeInput(Identity.talkKey(CORE), mention("p" + i, CORE, List.of(), LocalDate.of(2023, 4, 19)));
            driver.advanceWallClockTime(Duration.ofMillis(100));
            assertThat(digests.isEmpty()).as("after %d ms", (i + 1) * 100).isTrue();
        }
        driver.advanceWallClockTime(Duration.ofMillis(999));
        assertThat(digests.isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofMillis(1));

        List<Digest> published = digests.readValuesToList();
        assertThat(published).hasSize(1);
        assertThat(talksOf(published.get(0)).get(0).getSources()).hasSize(100);
    }

    @Test
    void shouldDeadLetterAPoisonRecordAndGoOnWithTheNextOne() {
        List<TestRecord<byte[], byte[]>> dead = deadLettersAfterAGoodMention("poison", "not avro".getBytes());

        assertThat(new String(dead.get(0).key())).isEqualTo("poison");
        assertThat(new String(dead.get(0).value())).isEqualTo("not avro");
        assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.SOURCE))
                .isEqualTo(TOPICS.talkMentions().name());
        assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.STAGE)).isEqualTo("streams");
    }

    @Test
    void shouldDeadLetterAMentionWhoseBodyIsBrokenBehindAValidHeaderAndGoOn() {
        byte[] good = TOPICS.talkMentions()
                .valueSerde()
                .serializer()
                .serialize("t", mention("p2", CORE, List.of(), LocalDate.of(2023, 4, 19)));
        byte[] broken = Arrays.copyOf(good, 14);

        List<TestRecord<byte[], byte[]>> dead = deadLettersAfterAGoodMention("broken", broken);

        assertThat(new String(dead.get(0).key())).isEqualTo("broken");
        assertThat(dead.get(0).value()).isEqualTo(TalkEvents.of(TalkEvents.MENTION, broken));
        assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.SOURCE))
                .isEqualTo("recap-test-" + RecapTopology.TALK_EVENTS_REPARTITION + "-repartition");
        assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.ERROR_MESSAGE))
                .startsWith("Cannot decode TalkMention");
    }

    @Test
    void shouldGaugeTheChangesNotYetPublishedByEachProcessor() {
        mentions.pipeInput(Identity.talkKey(CORE), mention("p2", CORE, List.of(), LocalDate.of(2023, 4, 19)));
        mentions.pipeInput(Identity.talkKey(MALICIOUS), mention("p2", MALICIOUS, List.of(), LocalDate.of(2023, 4, 19)));

        assertThat(pending())
                .containsOnly(Map.entry(RecapTopology.TALK_RESOLVER, 2.0), Map.entry(RecapTopology.WEEK_DIGESTS, 0.0));
        driver.advanceWallClockTime(EMIT);
        // both talks' own week, 2023-W16, and the next, where they count as last week's projects
        assertThat(pending())
                .containsOnly(Map.entry(RecapTopology.TALK_RESOLVER, 0.0), Map.entry(RecapTopology.WEEK_DIGESTS, 2.0));
        driver.advanceWallClockTime(EMIT);
        assertThat(pending())
                .containsOnly(Map.entry(RecapTopology.TALK_RESOLVER, 0.0), Map.entry(RecapTopology.WEEK_DIGESTS, 0.0));
    }

    // processor → the sum of its pending-changes gauges over its tasks
    private Map<String, Double> pending() {
        Map<String, Double> pending = new TreeMap<>();
        driver.metrics().forEach((name, metric) -> {
            if (name.group().equals(RecapTopology.PENDING_CHANGES_GROUP)
                    && name.name().equals(RecapTopology.PENDING_CHANGES_METRIC)) {
                pending.merge(name.tags().get("processor"), ((Number) metric.metricValue()).doubleValue(), Double::sum);
            }
        });
        return pending;
    }

    @Test
    void shouldNameEveryStoreAndRepartitionTopic() {
        String description = RecapTopology.build(TOPICS, AMSTERDAM, ThemeClassifier.withDefaultRules())
                .describe()
                .toString();

        assertThat(description)
                .contains(
                        RecapTopology.TALK_EVENTS_REPARTITION + "-repartition",
                        RecapTopology.WEEK_ENTRIES_REPARTITION + "-repartition",
                        RecapTopology.TALK_MENTIONS_STORE,
                        RecapTopology.WEEK_ROWS_STORE,
                        RecapTopology.DIGESTS_STORE,
                        RecapTopology.THEME_DAYS_STORE)
                .doesNotContain("KSTREAM-", "KTABLE-");
    }

    // Pipes the bad record, then a good mention; checks the good one is published and one record is dead.
    private List<TestRecord<byte[], byte[]>> deadLettersAfterAGoodMention(String key, byte[] bad) {
        rawMentions.pipeInput(key.getBytes(), bad);
        mentions.pipeInput(Identity.talkKey(CORE), mention("p2", CORE, List.of(), LocalDate.of(2023, 4, 19)));

        emit();

        assertThat(talksOf(latest(digests).get("2023-W16")))
                .extracting(DigestItem::getTitle)
                .containsExactly(CORE);
        List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(1);
        return dead;
    }

    private void emit() {
        driver.advanceWallClockTime(EMIT);
        driver.advanceWallClockTime(EMIT);
    }

    private static <V> Map<String, V> latest(TestOutputTopic<String, V> topic) {
        Map<String, V> latest = new TreeMap<>();
        for (TestRecord<String, V> record : topic.readRecordsToList()) {
            if (record.value() == null) {
                latest.remove(record.key());
            } else {
                latest.put(record.key(), record.value());
            }
        }
        return latest;
    }

    private static List<DigestItem> itemsOf(Digest digest) {
        List<DigestItem> items = new ArrayList<>();
        digest.getSections().forEach(s -> items.addAll(s.getItems()));
        return items;
    }

    private static List<DigestItem> talksOf(Digest digest) {
        return itemsOf(digest).stream()
                .filter(i -> i.getId().startsWith("talk:"))
                .toList();
    }

    private static Properties properties() {
        Properties props = StreamsSettings.fromEnvironment(Map.of())
                .withApplicationId("recap-test")
                .withBootstrapServers("dummy:9092")
                .withZone(AMSTERDAM)
                .toProperties(TOPICS.deadLetters().name());
        // The driver has no broker: the exactly-once path is checked on a real one in RecapStreamsIT.
        props.put("processing.guarantee", "at_least_once");
        return props;
    }

    static Post post(String id, String title, LocalDate date, Instant firstSeen) {
        return Post.newBuilder()
                .setId(id)
                .setSource("samples/" + id + ".md")
                .setUrl("https://blog.example/" + id)
                .setTitle(title)
                .setAuthor("Ann Lee")
                .setLanguage("en")
                .setPublishedDate(date)
                .setDateSource(date == null ? DateSource.FIRST_SEEN : DateSource.FRONT_MATTER)
                .setFirstSeen(firstSeen)
                .setFormat(PostFormat.MARKDOWN)
                .setBodyText(title + ". GitOps continuous delivery.")
                .setProjects(title.contains("Argo") ? List.of("Argo") : List.of())
                .build();
    }

    static TalkMention mention(String postId, String title, List<Speaker> speakers, LocalDate day) {
        return TalkMention.newBuilder()
                .setTalkKey(Identity.talkKey(title))
                .setPostId(postId)
                .setPosition(0)
                .setTitle(title)
                .setSpeakers(speakers)
                .setDay(day)
                .setSummary(
                        title.contains("Argo")
                                ? "GitOps delivery with Argo CD."
                                : "Container scanners and supply chain security.")
                .setProjects(title.contains("Argo") ? List.of("Argo") : List.of())
                .setLanguage("en")
                .setPostUrl("https://blog.example/" + postId)
                .setPostDate(LocalDate.of(2023, 4, 21))
                .setPostFirstSeen(SEEN)
                .setPostTitle("Recap " + postId)
                .setPostAuthor("Ann Lee")
                .build();
    }

    static ScheduledTalk scheduled(String id, String title, String start, Speaker... speakers) {
        return ScheduledTalk.newBuilder()
                .setId(id)
                .setTitle(title)
                .setSpeakers(List.of(speakers))
                .setStart(Instant.parse(start))
                .setUrl("https://sched.example/" + id)
                .build();
    }
}
