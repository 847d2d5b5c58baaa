package dev.recap.streams.topology;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.Post;
import dev.recap.events.ScheduledTalk;
import dev.recap.events.TalkMention;
import dev.recap.events.ThemeDay;
import dev.recap.events.WeekEntry;
import dev.recap.schemas.AvroSerde;
import dev.recap.schemas.TopicCatalogue;
import dev.recap.streams.classify.ThemeClassifier;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The Recap Streams topology.
 *
 * <pre>
 * posts ─► post-items ───────────────────────────────────────┐
 * talk-mentions ─┐                                           ├─► week-entries (by week) ─► week-digests ─┬─► digests
 * scheduled-talks┴─► talk-events (1 partition) ─► talk-resolver ┘                                        └─► theme-days
 * </pre>
 *
 * Posts become items at once. Talk mentions and schedule entries meet on one partition, where the
 * resolver decides which talk each title is ({@link TalkForms}) and publishes changed talk items. Every
 * item change becomes week entries keyed by ISO week; the week processor keeps one row per item and
 * publishes each changed week's digest and theme-days. Every operator, store and repartition topic is
 * named, so a refactor cannot orphan a changelog.
 */
public final class RecapTopology {

    public static final String POSTS_SOURCE = "posts-source";
    public static final String MENTIONS_SOURCE = "talk-mentions-source";
    public static final String SCHEDULED_SOURCE = "scheduled-talks-source";
    public static final String POST_ITEMS = "post-items";
    public static final String POST_ITEMS_STORE = "post-items-store";
    public static final String TALK_EVENTS_REPARTITION = "talk-events";
    public static final String TALK_RESOLVER = "talk-resolver";
    public static final String TALK_MENTIONS_STORE = "talk-mentions-store";
    public static final String SCHEDULED_TALKS_STORE = "scheduled-talks-store";
    public static final String TALK_RESOLUTIONS_STORE = "talk-resolutions-store";
    public static final String TALK_ITEMS_STORE = "talk-items-store";
    public static final String TALKS_DIRTY_STORE = "talks-dirty-store";
    public static final String WEEK_ENTRIES_REPARTITION = "week-entries";
    public static final String WEEK_DIGESTS = "week-digests";
    public static final String WEEK_ROWS_STORE = "week-rows-store";
    public static final String WEEKS_DIRTY_STORE = "weeks-dirty-store";
    public static final String DIGESTS_STORE = "digests-store";
    public static final String THEME_DAYS_STORE = "theme-days-store";
    public static final String THEME_DAYS_SINK = "theme-days-sink";
    public static final String DIGESTS_SINK = "digests-sink";
    /** The metric group and name of the coalescing processors' gauge of changes not yet published. */
    public static final String PENDING_CHANGES_GROUP = PendingChanges.GROUP;

    public static final String PENDING_CHANGES_METRIC = PendingChanges.NAME;

    private RecapTopology() {}

    /** Builds the topology with the default options in {@code zone}. */
    public static Topology build(TopicCatalogue catalogue, ZoneId zone, ThemeClassifier classifier) {
        return build(catalogue, TopologyOptions.in(zone), classifier);
    }

    /** Builds the topology over the topics of {@code catalogue}. */
    public static Topology build(TopicCatalogue catalogue, TopologyOptions options, ThemeClassifier classifier) {
        Calendar calendar = new Calendar(options.zone());
        WeekPlacements placements = new WeekPlacements(options.lateArrivalWeeks());
        DigestItems postItems = new DigestItems(classifier, calendar);
        TalkItems talkItems = new TalkItems(classifier, calendar);
        WeeklyDigestBuilder weekly = new WeeklyDigestBuilder(options.zone().getId());
        Serde<String> keys = Serdes.String();
        Serde<DigestItem> itemSerde = AvroSerde.of(DigestItem.class);
        Serde<WeekEntry> entrySerde = AvroSerde.of(WeekEntry.class);
        Serde<Post> postSerde = catalogue.posts().valueSerde();
        AvroSerde<TalkMention> mentionSerde = AvroSerde.of(TalkMention.class);
        AvroSerde<ScheduledTalk> scheduledSerde = AvroSerde.of(ScheduledTalk.class);
        Serde<ThemeDay> themeDaySerde = catalogue.themeDays().valueSerde();
        Serde<Digest> digestSerde = catalogue.digests().valueSerde();
        StreamsBuilder builder = new StreamsBuilder();

        KStream<String, WeekEntry> fromPosts = builder.stream(
                        catalogue.posts().name(), Consumed.with(keys, postSerde).withName(POSTS_SOURCE))
                .process(
                        supplier(
                                () -> new PostItemsProcessor(postItems, placements),
                                store(POST_ITEMS_STORE, itemSerde, false)),
                        Named.as(POST_ITEMS));

        // mentions and schedule entries travel undecoded to the resolver, which decodes each once; a record
        // without the header of its type is dead-lettered here, at its source
        KStream<String, byte[]> mentions = builder.stream(
                        catalogue.talkMentions().name(),
                        Consumed.with(keys, checkedBytes(mentionSerde)).withName(MENTIONS_SOURCE))
                .filter((key, mention) -> mention != null, Named.as("talk-mentions-present"))
                .mapValues(mention -> TalkEvents.of(TalkEvents.MENTION, mention), Named.as("talk-mentions-as-events"));
        KStream<String, byte[]> scheduled = builder.stream(
                        catalogue.scheduledTalks().name(),
                        Consumed.with(keys, checkedBytes(scheduledSerde)).withName(SCHEDULED_SOURCE))
                .filter((id, talk) -> id != null, Named.as("scheduled-talks-keyed"))
                .mapValues(talk -> TalkEvents.of(TalkEvents.SCHEDULE, talk), Named.as("scheduled-talks-as-events"));
        KStream<String, WeekEntry> fromTalks = mentions.merge(scheduled, Named.as("talk-events-merge"))
                .repartition(Repartitioned.with(keys, Serdes.ByteArray())
                        .withName(TALK_EVENTS_REPARTITION)
                        .withNumberOfPartitions(1))
                .process(
                        supplier(
                                () -> new TalkResolver(
                                        talkItems,
                                        placements,
                                        new Publication(
                                                TALK_RESOLVER,
                                                TALKS_DIRTY_STORE,
                                                options.emitInterval(),
                                                options.maxEmitDelay())),
                                store(TALK_MENTIONS_STORE, Serdes.ByteArray(), false),
                                store(SCHEDULED_TALKS_STORE, scheduledSerde, false),
                                store(TALK_RESOLUTIONS_STORE, keys, false),
                                store(TALK_ITEMS_STORE, itemSerde, false),
                                store(TALKS_DIRTY_STORE, keys, true)),
                        Named.as(TALK_RESOLVER));

        Map<String, KStream<String, SpecificRecord>> outputs = fromPosts
                .merge(fromTalks, Named.as("week-entries-merge"))
                .repartition(Repartitioned.with(keys, entrySerde).withName(WEEK_ENTRIES_REPARTITION))
                .process(
                        supplier(
                                () -> new WeekDigests(
                                        weekly,
                                        new Publication(
                                                WEEK_DIGESTS,
                                                WEEKS_DIRTY_STORE,
                                                options.emitInterval(),
                                                options.maxEmitDelay())),
                                store(WEEK_ROWS_STORE, itemSerde, false),
                                store(WEEKS_DIRTY_STORE, keys, true),
                                store(DIGESTS_STORE, digestSerde, false),
                                store(THEME_DAYS_STORE, themeDaySerde, false)),
                        Named.as(WEEK_DIGESTS))
                .split(Named.as("week-outputs-"))
                .branch((key, value) -> key.indexOf('@') >= 0, Branched.as("theme-days"))
                .defaultBranch(Branched.as("digests"));

        outputs.get("week-outputs-theme-days")
                .mapValues(value -> (ThemeDay) value, Named.as("as-theme-days"))
                .to(
                        catalogue.themeDays().name(),
                        Produced.with(keys, themeDaySerde).withName(THEME_DAYS_SINK));
        outputs.get("week-outputs-digests")
                .mapValues(value -> (Digest) value, Named.as("as-digests"))
                .to(catalogue.digests().name(), Produced.with(keys, digestSerde).withName(DIGESTS_SINK));
        return builder.build();
    }

    private static Serde<byte[]> checkedBytes(AvroSerde<?> type) {
        return Serdes.serdeFrom(new ByteArraySerializer(), type.checkedBytes());
    }

    // Stores of a processor. Dirty sets are cached, so marking a key dirty again writes nothing until commit.
    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values, boolean cached) {
        StoreBuilder<KeyValueStore<String, V>> store =
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
        return cached ? store.withCachingEnabled() : store.withCachingDisabled();
    }

    private static <KIn, VIn, KOut, VOut> ProcessorSupplier<KIn, VIn, KOut, VOut> supplier(
            java.util.function.Supplier<Processor<KIn, VIn, KOut, VOut>> processors, StoreBuilder<?>... stores) {
        Set<StoreBuilder<?>> connected = Set.of(stores);
        return new ProcessorSupplier<>() {
            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                return processors.get();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return connected;
            }
        };
    }
}
