package dev.recap.notifier.kafka;

import dev.recap.events.Digest;
import dev.recap.events.ThemeDay;
import dev.recap.notifier.render.WeekActivity;
import dev.recap.schemas.TopicSpec;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The seven-day activity of each digest's week, read once from the compacted {@code theme-days} topic
 * (the Streams app keeps one record per theme and day): what the email's per-theme charts draw.
 */
public final class WeekActivityReader {

    private final CompactedTopicReader reader;

    public WeekActivityReader(CompactedTopicReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The activity of every week of {@code digests}, by week; a week without theme-days gets an empty one. */
    public Map<String, WeekActivity> read(TopicSpec<String, ThemeDay> themeDays, Collection<Digest> digests) {
        Collection<ThemeDay> all =
                digests.isEmpty() ? List.of() : reader.readToEnd(themeDays).values();
        Map<String, WeekActivity> byWeek = new HashMap<>();
        for (Digest digest : digests) {
            LocalDate monday = digest.getWeekStart();
            LocalDate sunday = monday.plusDays(6);
            List<ThemeDay> days = all.stream()
                    .filter(d -> !d.getDay().isBefore(monday) && !d.getDay().isAfter(sunday))
                    .toList();
            byWeek.put(digest.getWeek(), days.isEmpty() ? WeekActivity.empty() : WeekActivity.of(monday, days));
        }
        return byWeek;
    }
}
