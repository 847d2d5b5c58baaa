package dev.recap.streams.topology;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.Post;
import dev.recap.events.TalkMention;
import dev.recap.events.ThemeDay;
import dev.recap.schemas.AvroSerde;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.classify.ThemeClassifier;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The Recap Streams topology: posts and talk mentions become digest items (talks merged across posts
 * by talk key), kept in one table by item id; that table is aggregated per {@code theme@date} into
 * {@code theme-days} and per ISO week into {@code digests}. Every operator, store and repartition topic
 * is named, so a refactor cannot orphan a changelog.
 */
public final class RecapTopology {

    public static final String POSTS_SOURCE = "posts-source";
    public static final String MENTIONS_SOURCE = "talk-mentions-source";
    public static final String POST_ITEMS = "post-items";
    public static final String TALK_ITEMS_GROUPED = "talk-items-by-key";
    public static final String TALK_ITEMS_STORE = "talk-items-store";
    public static final String TALK_ITEMS = "talk-items";
    public static final String ENTRIES_REPARTITION = "entries";
    public static final String ENTRIES_STORE = "entries-store";
    public static final String THEME_DAYS_GROUPED = "entries-by-theme-day";
    public static final String THEME_DAYS_STORE = "theme-days-store";
    public static final String THEME_DAYS_SINK = "theme-days-sink";
    public static final String DIGESTS_GROUPED = "entries-by-week";
    public static final String DIGESTS_STORE = "digests-store";
    public static final String DIGESTS_SINK = "digests-sink";

    private RecapTopology() {}

    /** Builds the topology over the topics of {@code catalogue}, dating items in {@code zone}. */
    public static Topology build(TopicCatalogue catalogue, ZoneId zone, ThemeClassifier classifier) {
        Calendar calendar = new Calendar(zone);
        DigestItems items = new DigestItems(classifier, calendar);
        WeeklyDigestBuilder weekly = new WeeklyDigestBuilder(zone);
        Serde<String> keys = Serdes.String();
        Serde<DigestItem> itemSerde = AvroSerde.of(DigestItem.class);
        Serde<Post> postSerde = catalogue.posts().valueSerde();
        Serde<TalkMention> mentionSerde = catalogue.talkMentions().valueSerde();
        Serde<ThemeDay> themeDaySerde = catalogue.themeDays().valueSerde();
        Serde<Digest> digestSerde = catalogue.digests().valueSerde();
        StreamsBuilder builder = new StreamsBuilder();

        KStream<String, DigestItem> postItems = builder.stream(
                        catalogue.posts().name(), Consumed.with(keys, postSerde).withName(POSTS_SOURCE))
                .map(
                        (postId, post) -> KeyValue.pair(DigestItems.POST_PREFIX + postId, items.ofPost(post)),
                        Named.as(POST_ITEMS));

        KStream<String, DigestItem> talkItems = builder.stream(
                        catalogue.talkMentions().name(),
                        Consumed.with(keys, mentionSerde).withName(MENTIONS_SOURCE))
                .filter((talkKey, mention) -> talkKey != null && mention != null, Named.as("talk-mentions-valid"))
                .groupByKey(Grouped.with(TALK_ITEMS_GROUPED, keys, mentionSerde))
                .aggregate(
                        DigestItems::emptyTalk,
                        items::mergeMention,
                        Named.as(TALK_ITEMS_STORE + "-aggregate"),
                        Materialized.<String, DigestItem, KeyValueStore<Bytes, byte[]>>as(TALK_ITEMS_STORE)
                                .withKeySerde(keys)
                                .withValueSerde(itemSerde))
                .toStream(Named.as(TALK_ITEMS + "-changes"))
                .map((talkKey, item) -> KeyValue.pair(DigestItems.TALK_PREFIX + talkKey, item), Named.as(TALK_ITEMS));

        KTable<String, DigestItem> entries = postItems
                .merge(talkItems, Named.as("entries-merge"))
                .repartition(Repartitioned.with(keys, itemSerde).withName(ENTRIES_REPARTITION))
                .toTable(
                        Named.as(ENTRIES_STORE + "-table"),
                        Materialized.<String, DigestItem, KeyValueStore<Bytes, byte[]>>as(ENTRIES_STORE)
                                .withKeySerde(keys)
                                .withValueSerde(itemSerde));

        entries.groupBy(
                        (id, item) -> KeyValue.pair(themeDayKey(item), item),
                        Grouped.with(THEME_DAYS_GROUPED, keys, itemSerde))
                .aggregate(
                        ThemeDayAggregator::initial,
                        ThemeDayAggregator::add,
                        ThemeDayAggregator::subtract,
                        Named.as(THEME_DAYS_STORE + "-aggregate"),
                        Materialized.<String, ThemeDay, KeyValueStore<Bytes, byte[]>>as(THEME_DAYS_STORE)
                                .withKeySerde(keys)
                                .withValueSerde(themeDaySerde))
                .toStream(Named.as(THEME_DAYS_STORE + "-changes"))
                .to(
                        catalogue.themeDays().name(),
                        Produced.with(keys, themeDaySerde).withName(THEME_DAYS_SINK));

        entries.groupBy((id, item) -> KeyValue.pair(weekOf(item), item), Grouped.with(DIGESTS_GROUPED, keys, itemSerde))
                .aggregate(
                        weekly::initial,
                        weekly::add,
                        weekly::subtract,
                        Named.as(DIGESTS_STORE + "-aggregate"),
                        Materialized.<String, Digest, KeyValueStore<Bytes, byte[]>>as(DIGESTS_STORE)
                                .withKeySerde(keys)
                                .withValueSerde(digestSerde))
                .toStream(Named.as(DIGESTS_STORE + "-changes"))
                .to(catalogue.digests().name(), Produced.with(keys, digestSerde).withName(DIGESTS_SINK));

        return builder.build();
    }

    static String themeDayKey(DigestItem item) {
        return Calendar.themeDayKey(ItemRanking.primaryTheme(item), LocalDate.parse(item.getDay()));
    }

    static String weekOf(DigestItem item) {
        return Calendar.weekOf(LocalDate.parse(item.getDay()));
    }
}
