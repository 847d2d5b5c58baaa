package dev.recap.streams.topology;

import dev.recap.events.DigestItem;
import dev.recap.events.ItemKind;
import dev.recap.events.ThemeDay;
import java.time.LocalDate;
import java.util.List;

/**
 * Keeps one {@link ThemeDay} per {@code theme@date} key from the items filed under it. Adding and
 * subtracting by item id makes updates and deletions of posts exact, whatever their order.
 */
final class ThemeDayAggregator {

    private ThemeDayAggregator() {}

    static ThemeDay initial() {
        return ThemeDay.newBuilder()
                .setTheme("")
                .setDay(LocalDate.EPOCH)
                .setProjects(List.of())
                .setItems(List.of())
                .build();
    }

    static ThemeDay add(String key, DigestItem item, ThemeDay current) {
        return rebuild(key, ItemRanking.replace(current.getItems(), item.getId(), item));
    }

    static ThemeDay subtract(String key, DigestItem item, ThemeDay current) {
        return rebuild(key, ItemRanking.replace(current.getItems(), item.getId(), null));
    }

    private static ThemeDay rebuild(String key, List<DigestItem> items) {
        int at = key.lastIndexOf('@');
        int talks =
                (int) items.stream().filter(i -> i.getKind() == ItemKind.TALK).count();
        return ThemeDay.newBuilder()
                .setTheme(key.substring(0, at))
                .setDay(LocalDate.parse(key.substring(at + 1)))
                .setPosts(items.size() - talks)
                .setTalks(talks)
                .setProjects(ItemRanking.projectCounts(items))
                .setItems(items)
                .build();
    }
}
