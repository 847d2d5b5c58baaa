package dev.recap.schemas;

import dev.recap.events.Delivery;
import dev.recap.events.Digest;
import dev.recap.events.Post;
import dev.recap.events.ScheduledTalk;
import dev.recap.events.Subscriber;
import dev.recap.events.TalkMention;
import dev.recap.events.ThemeDay;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics of Recap, declared once: name, key and value serdes, cleanup policy and partitions
 * (DESIGN.md, "Events and topics"). A prefix gives a whole separate set of topics, for tests and for
 * several deployments sharing one cluster.
 */
public final class TopicCatalogue {

    public static final String POSTS = "posts";
    public static final String TALK_MENTIONS = "talk-mentions";
    public static final String SCHEDULED_TALKS = "scheduled-talks";
    public static final String THEME_DAYS = "theme-days";
    public static final String DIGESTS = "digests";
    public static final String SUBSCRIBERS = "subscribers";
    public static final String DELIVERIES = "deliveries";
    public static final String DEAD_LETTERS = "dead-letters";

    public static final int DEFAULT_PARTITIONS = 3;
    private static final Map<String, String> KEEP_FOREVER = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
    private static final Map<String, String> KEEP_A_YEAR = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(365).toMillis()));

    private final String prefix;
    private final TopicSpec<String, Post> posts;
    private final TopicSpec<String, TalkMention> talkMentions;
    private final TopicSpec<String, ScheduledTalk> scheduledTalks;
    private final TopicSpec<String, ThemeDay> themeDays;
    private final TopicSpec<String, Digest> digests;
    private final TopicSpec<String, Subscriber> subscribers;
    private final TopicSpec<String, Delivery> deliveries;
    private final TopicSpec<byte[], byte[]> deadLetters;

    private TopicCatalogue(String prefix, int partitions) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        Serde<String> keys = Serdes.String();
        posts = new TopicSpec<>(
                prefix + POSTS, keys, AvroSerde.of(Post.class), TopicSpec.Cleanup.COMPACT, partitions, Map.of());
        // Mentions are the only record of what each post said about a talk: replays rebuild from them.
        talkMentions = new TopicSpec<>(
                prefix + TALK_MENTIONS,
                keys,
                AvroSerde.of(TalkMention.class),
                TopicSpec.Cleanup.DELETE,
                partitions,
                KEEP_FOREVER);
        scheduledTalks = new TopicSpec<>(
                prefix + SCHEDULED_TALKS,
                keys,
                AvroSerde.of(ScheduledTalk.class),
                TopicSpec.Cleanup.COMPACT,
                partitions,
                Map.of());
        themeDays = new TopicSpec<>(
                prefix + THEME_DAYS,
                keys,
                AvroSerde.of(ThemeDay.class),
                TopicSpec.Cleanup.COMPACT,
                partitions,
                Map.of());
        digests = new TopicSpec<>(
                prefix + DIGESTS, keys, AvroSerde.of(Digest.class), TopicSpec.Cleanup.COMPACT, partitions, Map.of());
        subscribers = new TopicSpec<>(
                prefix + SUBSCRIBERS,
                keys,
                AvroSerde.of(Subscriber.class),
                TopicSpec.Cleanup.COMPACT,
                partitions,
                Map.of());
        deliveries = new TopicSpec<>(
                prefix + DELIVERIES,
                keys,
                AvroSerde.of(Delivery.class),
                TopicSpec.Cleanup.COMPACT,
                partitions,
                Map.of());
        deadLetters = new TopicSpec<>(
                prefix + DEAD_LETTERS,
                Serdes.ByteArray(),
                Serdes.ByteArray(),
                TopicSpec.Cleanup.DELETE,
                partitions,
                KEEP_A_YEAR);
    }

    /** The production topic names. */
    public static TopicCatalogue standard() {
        return new TopicCatalogue("", DEFAULT_PARTITIONS);
    }

    /** The same topics, each name starting with {@code prefix} (for example {@code test-42-}). */
    public static TopicCatalogue withPrefix(String prefix) {
        return new TopicCatalogue(prefix, DEFAULT_PARTITIONS);
    }

    public String prefix() {
        return prefix;
    }

    public TopicSpec<String, Post> posts() {
        return posts;
    }

    public TopicSpec<String, TalkMention> talkMentions() {
        return talkMentions;
    }

    public TopicSpec<String, ScheduledTalk> scheduledTalks() {
        return scheduledTalks;
    }

    public TopicSpec<String, ThemeDay> themeDays() {
        return themeDays;
    }

    public TopicSpec<String, Digest> digests() {
        return digests;
    }

    public TopicSpec<String, Subscriber> subscribers() {
        return subscribers;
    }

    public TopicSpec<String, Delivery> deliveries() {
        return deliveries;
    }

    public TopicSpec<byte[], byte[]> deadLetters() {
        return deadLetters;
    }

    /** Every topic, in data-flow order. */
    public List<TopicSpec<?, ?>> all() {
        return List.of(posts, talkMentions, scheduledTalks, themeDays, digests, subscribers, deliveries, deadLetters);
    }
}
