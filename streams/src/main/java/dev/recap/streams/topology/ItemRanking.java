package dev.recap.streams.topology;

import dev.recap.events.DigestItem;
import dev.recap.events.ItemKind;
import dev.recap.events.ProjectCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The one order of items and projects in theme-days and digests: deterministic, best first. */
final class ItemRanking {

    /** Higher score first, talks before posts, earlier day, then title and id to break ties. */
    static final Comparator<DigestItem> BEST_FIRST = Comparator.comparingInt(DigestItem::getScore)
            .reversed()
            .thenComparing(item -> item.getKind() == ItemKind.TALK ? 0 : 1)
            .thenComparing(item -> Objects.requireNonNullElse(item.getDay(), ""))
            .thenComparing(DigestItem::getTitle)
            .thenComparing(DigestItem::getId);

    private ItemRanking() {}

    /** {@code items} without the item whose id is {@code id}, plus {@code added} when not null, sorted. */
    static List<DigestItem> replace(List<DigestItem> items, String id, DigestItem added) {
        List<DigestItem> next = new ArrayList<>(items.size() + 1);
        for (DigestItem item : items) {
            if (!item.getId().equals(id)) {
                next.add(item);
            }
        }
        if (added != null) {
            next.add(added);
        }
        next.sort(BEST_FIRST);
        return next;
    }

    /** How many items name each project, most named first, then by name. */
    static List<ProjectCount> projectCounts(List<DigestItem> items) {
        Map<String, Integer> counts = new TreeMap<>();
        for (DigestItem item : items) {
            for (String project : item.getProjects()) {
                counts.merge(project, 1, Integer::sum);
            }
        }
        List<ProjectCount> ranked = new ArrayList<>();
        counts.forEach((name, count) -> ranked.add(new ProjectCount(name, count, 0)));
        ranked.sort(Comparator.comparingInt(ProjectCount::getCount).reversed().thenComparing(ProjectCount::getName));
        return ranked;
    }

    /** The theme an item is filed under: its first theme. */
    static String primaryTheme(DigestItem item) {
        return item.getThemes().isEmpty() ? "other" : item.getThemes().get(0);
    }
}
