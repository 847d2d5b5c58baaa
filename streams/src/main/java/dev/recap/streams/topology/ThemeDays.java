package dev.recap.streams.topology;

import dev.recap.events.DigestItem;
import dev.recap.events.ItemKind;
import dev.recap.events.ThemeDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The theme-days of a week: per primary theme and day, the counts, projects and best items. */
final class ThemeDays {

    static final int TOP_ITEMS = 20;

    private ThemeDays() {}

    /** The theme-day records of {@code items}, by {@code theme@date} key. */
    static Map<String, ThemeDay> of(List<DigestItem> items) {
        Map<String, List<DigestItem>> byKey = new TreeMap<>();
        for (DigestItem item : items) {
            String key = Calendar.themeDayKey(ItemRanking.primaryTheme(item), LocalDate.parse(item.getDay()));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        Map<String, ThemeDay> days = new TreeMap<>();
        byKey.forEach((key, dayItems) -> days.put(key, themeDay(key, dayItems)));
        return days;
    }

    private static ThemeDay themeDay(String key, List<DigestItem> items) {
        items.sort(ItemRanking.BEST_FIRST);
        int at = key.lastIndexOf('@');
        int talks =
                (int) items.stream().filter(i -> i.getKind() == ItemKind.TALK).count();
        return ThemeDay.newBuilder()
                .setTheme(key.substring(0, at))
                .setDay(LocalDate.parse(key.substring(at + 1)))
                .setPosts(items.size() - talks)
                .setTalks(talks)
                .setProjects(ItemRanking.projectCounts(items))
                .setItems(List.copyOf(items.subList(0, Math.min(TOP_ITEMS, items.size()))))
                .build();
    }
}
