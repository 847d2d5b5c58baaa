package dev.recap.streams.topology;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.DigestStats;
import dev.recap.events.ItemKind;
import dev.recap.schemas.AvroSerde;
import dev.recap.schemas.Identity;
import dev.recap.streams.classify.Themes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the {@link Digest} of one ISO week from the items dated in it: one section per theme (in the
 * order of {@code THEMES.md}), headlines, projects in the spotlight, stats and a content hash. The digest
 * depends only on the set of items, so the same input always gives the same bytes.
 */
final class WeeklyDigestBuilder {

    static final int HEADLINES = 3;
    static final int SPOTLIGHT = 5;
    private static final int ID_HASH_CHARS = 12;
    private static final AvroSerde<Digest> SERDE = AvroSerde.of(Digest.class);

    private final ZoneId zone;

    WeeklyDigestBuilder(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    Digest initial() {
        return Digest.newBuilder()
                .setId("")
                .setWeek("")
                .setZone(zone.getId())
                .setWeekStart(LocalDate.EPOCH)
                .setSections(List.of())
                .setStats(new DigestStats(0, 0, 0, 0, List.of()))
                .setContentHash("")
                .build();
    }

    Digest add(String week, DigestItem item, Digest current) {
        return rebuild(week, ItemRanking.replace(itemsOf(current), item.getId(), item));
    }

    Digest subtract(String week, DigestItem item, Digest current) {
        return rebuild(week, ItemRanking.replace(itemsOf(current), item.getId(), null));
    }

    static List<DigestItem> itemsOf(Digest digest) {
        List<DigestItem> items = new ArrayList<>();
        digest.getSections().forEach(section -> items.addAll(section.getItems()));
        return items;
    }

    private Digest rebuild(String week, List<DigestItem> items) {
        Map<String, List<DigestItem>> byTheme = new TreeMap<>(
                Comparator.comparingInt(WeeklyDigestBuilder::order).thenComparing(Comparator.naturalOrder()));
        for (DigestItem item : items) {
            byTheme.computeIfAbsent(ItemRanking.primaryTheme(item), t -> new ArrayList<>())
                    .add(item);
        }
        List<DigestSection> sections = new ArrayList<>();
        byTheme.forEach((theme, themed) -> sections.add(new DigestSection(theme, themed)));
        Digest digest = Digest.newBuilder()
                .setId("")
                .setWeek(week)
                .setZone(zone.getId())
                .setWeekStart(Calendar.weekStart(week))
                .setSections(sections)
                .setHeadlines(items.stream().limit(HEADLINES).toList())
                .setSpotlight(ItemRanking.projectCounts(items).stream()
                        .limit(SPOTLIGHT)
                        .toList())
                .setLateArrivals(List.of())
                .setStats(stats(items, sections.size()))
                .setContentHash("")
                .build();
        String hash = Identity.sha256Hex(SERDE.encode(digest));
        digest.setContentHash(hash);
        digest.setId(week + "-" + hash.substring(0, ID_HASH_CHARS));
        return digest;
    }

    private static DigestStats stats(List<DigestItem> items, int themes) {
        int talks =
                (int) items.stream().filter(i -> i.getKind() == ItemKind.TALK).count();
        TreeSet<String> languages = new TreeSet<>();
        items.stream().map(DigestItem::getLanguage).filter(Objects::nonNull).forEach(languages::add);
        int projects = ItemRanking.projectCounts(items).size();
        return new DigestStats(items.size() - talks, talks, themes, projects, List.copyOf(languages));
    }

    private static int order(String theme) {
        int index = Themes.ALL.indexOf(theme);
        return index < 0 ? Themes.ALL.size() : index;
    }
}
