package dev.recap.streams.topology;

import dev.recap.events.DigestItem;
import dev.recap.events.ScheduledTalk;
import dev.recap.events.Speaker;
import dev.recap.events.TalkMention;
import dev.recap.events.WeekEntry;
import dev.recap.schemas.AvroSerde;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Resolves talk mentions and schedule entries to talks, on one partition so that it sees every title.
 * Each mention and schedule entry is kept in a store, the {@link TalkForms} index is rebuilt from those
 * stores when the task starts, and the talks whose content moved are marked dirty (in a store too, so a
 * crash between two publications loses nothing). Every emit interval, each dirty talk's item is rebuilt
 * from its mentions; when it differs from the item last published, the week entries that move it are
 * forwarded. Replaying a mention already known changes nothing.
 */
final class TalkResolver implements Processor<String, byte[], String, WeekEntry> {

    static final String SEPARATOR = "\u0000";
    private static final AvroSerde<TalkMention> MENTIONS = AvroSerde.of(TalkMention.class);
    private static final AvroSerde<ScheduledTalk> SCHEDULES = AvroSerde.of(ScheduledTalk.class);

    private final TalkItems talkItems;
    private final WeekPlacements placements;
    private final Publication publication;
    private final TalkForms forms = new TalkForms();
    // the talk id each key resolves to, as in the resolutions store: a key is written only when it moves
    private final Map<String, String> resolved = new HashMap<>();
    private ProcessorContext<String, WeekEntry> context;
    private KeyValueStore<String, byte[]> mentions;
    private KeyValueStore<String, ScheduledTalk> schedules;
    private KeyValueStore<String, String> resolutions;
    private KeyValueStore<String, DigestItem> items;

    /** {@code publication} must be this processor's own, over {@link RecapTopology#TALKS_DIRTY_STORE}. */
    TalkResolver(TalkItems talkItems, WeekPlacements placements, Publication publication) {
        this.talkItems = Objects.requireNonNull(talkItems, "talkItems");
        this.placements = Objects.requireNonNull(placements, "placements");
        this.publication = Objects.requireNonNull(publication, "publication");
    }

    @Override
    public void init(ProcessorContext<String, WeekEntry> context) {
        this.context = context;
        mentions = context.getStateStore(RecapTopology.TALK_MENTIONS_STORE);
        schedules = context.getStateStore(RecapTopology.SCHEDULED_TALKS_STORE);
        resolutions = context.getStateStore(RecapTopology.TALK_RESOLUTIONS_STORE);
        items = context.getStateStore(RecapTopology.TALK_ITEMS_STORE);
        try (KeyValueIterator<String, byte[]> all = mentions.all()) {
            all.forEachRemaining(kv -> {
                TalkMention mention = MENTIONS.decode(kv.value);
                forms.loadMention(mention.getTalkKey(), names(mention.getSpeakers()));
            });
        }
        try (KeyValueIterator<String, ScheduledTalk> all = schedules.all()) {
            all.forEachRemaining(kv -> forms.loadSchedule(kv.key, kv.value.getTitle(), names(kv.value.getSpeakers())));
        }
        forms.resolveAll();
        try (KeyValueIterator<String, String> all = resolutions.all()) {
            all.forEachRemaining(kv -> resolved.put(kv.key, kv.value));
        }
        publication.start(context, this::publish);
    }

    @Override
    public void close() {
        publication.close();
    }

    @Override
    public void process(Record<String, byte[]> record) {
        byte[] event = record.value();
        if (event == null || event.length == 0) {
            return;
        }
        byte[] bytes = TalkEvents.record(event);
        switch (TalkEvents.kind(event)) {
            case TalkEvents.MENTION -> {
                if (bytes != null) {
                    onMention(bytes);
                }
            }
            case TalkEvents.SCHEDULE -> {
                if (record.key() != null) {
                    onSchedule(record.key(), SCHEDULES.decode(bytes));
                }
            }
            default -> throw new IllegalArgumentException("Unknown talk event kind " + TalkEvents.kind(event));
        }
        publication.recordSeen();
    }

    // A mention seen before is written again and its talk rebuilt, to the same item: nothing is published.
    // Reading it first to skip that would cost every new mention a read.
    // Stored as it came, so only this one decode is paid for it until its talk is rebuilt.
    private void onMention(byte[] bytes) {
        TalkMention mention = MENTIONS.decode(bytes);
        mentions.put(mention.getTalkKey() + SEPARATOR + mention.getPostId(), bytes);
        apply(forms.addMention(mention.getTalkKey(), names(mention.getSpeakers())));
    }

    private void onSchedule(String id, ScheduledTalk scheduled) {
        if (scheduled == null) {
            if (schedules.delete(id) != null) {
                apply(forms.removeSchedule(id));
            }
            return;
        }
        if (scheduled.equals(schedules.get(id))) {
            return;
        }
        schedules.put(id, scheduled);
        apply(forms.putSchedule(id, scheduled.getTitle(), names(scheduled.getSpeakers())));
    }

    private void apply(TalkForms.Changes changes) {
        changes.resolvedKeys().forEach((key, talkId) -> {
            if (!talkId.equals(resolved.put(key, talkId))) {
                resolutions.put(key, talkId);
            }
        });
        changes.dirtyTalkIds().forEach(publication::mark);
    }

    /** Publishes every changed talk whose item changed. */
    private void publish(SortedSet<String> talkIds) {
        long timestamp = Math.max(0, context.currentStreamTimeMs());
        for (String talkId : talkIds) {
            DigestItem before = items.get(talkId);
            DigestItem after = build(talkId);
            if (!Objects.equals(before, after)) {
                if (after == null) {
                    items.delete(talkId);
                } else {
                    items.put(talkId, after);
                }
                for (KeyValue<String, WeekEntry> entry : placements.changes(before, after)) {
                    context.forward(new Record<>(entry.key, entry.value, timestamp));
                }
            }
        }
    }

    private DigestItem build(String talkId) {
        List<TalkMention> found = new ArrayList<>();
        for (String key : forms.keysOf(talkId)) {
            try (KeyValueIterator<String, byte[]> it =
                    mentions.prefixScan(key + SEPARATOR, Serdes.String().serializer())) {
                it.forEachRemaining(kv -> found.add(MENTIONS.decode(kv.value)));
            }
        }
        String scheduleId = forms.scheduleOf(talkId);
        ScheduledTalk official = scheduleId == null ? null : schedules.get(scheduleId);
        return talkItems.build(talkId, found, official);
    }

    private static List<String> names(List<Speaker> speakers) {
        List<String> names = new ArrayList<>(speakers.size());
        speakers.forEach(s -> names.add(s.getName()));
        return names;
    }
}
