package dev.recap.streams.topology;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.ThemeDay;
import dev.recap.events.WeekEntry;
import dev.recap.events.WeekRole;
import dev.recap.streams.classify.Themes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps, per ISO week, one row per item and role (its own items, last week's, late arrivals), marks the
 * week dirty on every change, and every emit interval rebuilds each dirty week's {@link Digest} and
 * {@link ThemeDay}s from its rows, forwarding those that changed (and tombstones for those now empty).
 * Rows make a change cost one small write, however large the week; the dirty set is a store, so a crash
 * between two publications loses nothing.
 */
final class WeekDigests implements Processor<String, WeekEntry, String, SpecificRecord> {

    private static final String SEPARATOR = "\u0000";

    private final WeeklyDigestBuilder builder;
    private final Publication publication;
    private final Map<String, Optional<String>> publishedHashes = new HashMap<>();
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, DigestItem> rows;
    private KeyValueStore<String, Digest> digests;
    private KeyValueStore<String, ThemeDay> themeDays;

    /** {@code publication} must be this processor's own, over {@link RecapTopology#WEEKS_DIRTY_STORE}. */
    WeekDigests(WeeklyDigestBuilder builder, Publication publication) {
        this.builder = Objects.requireNonNull(builder, "builder");
        this.publication = Objects.requireNonNull(publication, "publication");
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        rows = context.getStateStore(RecapTopology.WEEK_ROWS_STORE);
        digests = context.getStateStore(RecapTopology.DIGESTS_STORE);
        themeDays = context.getStateStore(RecapTopology.THEME_DAYS_STORE);
        publication.start(context, this::publish);
    }

    @Override
    public void close() {
        publication.close();
    }

    @Override
    public void process(Record<String, WeekEntry> record) {
        String week = record.key();
        WeekEntry entry = record.value();
        if (week == null || entry == null) {
            return;
        }
        String row = rowPrefix(week, entry.getRole()) + entry.getItemId();
        if (entry.getItem() == null) {
            rows.delete(row);
        } else {
            rows.put(row, entry.getItem());
        }
        publication.mark(week);
        publication.recordSeen();
    }

    /** Publishes the digest and theme-days of every changed week whose digest or days changed. */
    private void publish(SortedSet<String> weeks) {
        long timestamp = Math.max(0, context.currentStreamTimeMs());
        for (String week : weeks) {
            List<DigestItem> own = rowsOf(week, WeekRole.OWN);
            Digest digest = builder.build(week, own, rowsOf(week, WeekRole.PREVIOUS), rowsOf(week, WeekRole.LATE));
            String hash = digest == null ? null : digest.getContentHash();
            if (!Objects.equals(publishedHash(week), hash)) {
                publishedHashes.put(week, Optional.ofNullable(hash));
                if (digest == null) {
                    digests.delete(week);
                } else {
                    digests.put(week, digest);
                }
                context.forward(new Record<>(week, digest, timestamp));
            }
            emitThemeDays(week, ThemeDays.of(own), timestamp);
        }
    }

    private void emitThemeDays(String week, Map<String, ThemeDay> days, long timestamp) {
        TreeSet<String> keys = new TreeSet<>(days.keySet());
        LocalDate monday = Calendar.weekStart(week);
        for (String theme : Themes.ALL) {
            for (int d = 0; d < 7; d++) {
                keys.add(Calendar.themeDayKey(theme, monday.plusDays(d)));
            }
        }
        for (String key : keys) {
            ThemeDay after = days.get(key);
            ThemeDay before = themeDays.get(key);
            if (Objects.equals(before, after)) {
                continue;
            }
            if (after == null) {
                themeDays.delete(key);
            } else {
                themeDays.put(key, after);
            }
            context.forward(new Record<>(key, after, timestamp));
        }
    }

    // The content hash of the digest last published for week (null: none), read from the store once: the
    // hash covers the whole digest, so comparing it spares decoding digests of hundreds of KB
    private String publishedHash(String week) {
        Optional<String> known = publishedHashes.get(week);
        if (known == null) {
            Digest stored = digests.get(week);
            known = Optional.ofNullable(stored == null ? null : stored.getContentHash());
            publishedHashes.put(week, known);
        }
        return known.orElse(null);
    }

    private List<DigestItem> rowsOf(String week, WeekRole role) {
        List<DigestItem> items = new ArrayList<>();
        try (KeyValueIterator<String, DigestItem> it =
                rows.prefixScan(rowPrefix(week, role), Serdes.String().serializer())) {
            it.forEachRemaining(kv -> items.add(kv.value));
        }
        return items;
    }

    private static String rowPrefix(String week, WeekRole role) {
        return week + SEPARATOR + role.ordinal() + SEPARATOR;
    }
}
