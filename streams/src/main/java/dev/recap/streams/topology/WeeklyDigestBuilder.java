package dev.recap.streams.topology;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.DigestStats;
import dev.recap.events.ItemKind;
import dev.recap.events.ProjectCount;
import dev.recap.schemas.AvroSerde;
import dev.recap.schemas.Identity;
import dev.recap.streams.classify.Themes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Assembles the {@link Digest} of one ISO week from its items, last week's items and its late arrivals:
 * one section per theme (in the order of {@code THEMES.md}) with its best items, headlines (the talks
 * covered by the most posts), projects in the spotlight with their change from last week, late arrivals,
 * totals and a content hash. The digest depends only on the three sets, so the same input always gives
 * the same bytes, whatever the partitioning or the number of instances.
 */
final class WeeklyDigestBuilder {

    static final int HEADLINES = 3;
    static final int SPOTLIGHT = 5;
    static final int SECTION_ITEMS = 25;
    /** Under Kafka's default 1 MB record limit, with room for headers: a larger digest shows fewer items. */
    static final int MAX_DIGEST_BYTES = 900_000;

    static final int LATE_ARRIVALS = 50;
    private static final int ID_HASH_CHARS = 12;
    private static final AvroSerde<Digest> SERDE = AvroSerde.of(Digest.class);

    /** Talks first, the most covered first, then in the one ranking order. */
    static final Comparator<DigestItem> HEADLINE_ORDER = Comparator.comparingInt(
                    (DigestItem item) -> item.getKind() == ItemKind.TALK ? 0 : 1)
            .thenComparing(Comparator.comparingInt(
                            (DigestItem item) -> item.getSources().size())
                    .reversed())
            .thenComparing(ItemRanking.BEST_FIRST);

    private final String zone;

    WeeklyDigestBuilder(String zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The digest of {@code week}; {@code null} when the week has neither items nor late arrivals. */
    Digest build(String week, List<DigestItem> own, List<DigestItem> previous, List<DigestItem> late) {
        if (own.isEmpty() && late.isEmpty()) {
            return null;
        }
        int shown = SECTION_ITEMS;
        Built built = build(week, own, previous, late, shown);
        while (shown > 1 && built.bytes() > MAX_DIGEST_BYTES) {
            shown /= 2;
            built = build(week, own, previous, late, shown);
        }
        return built.digest();
    }

    // bytes: the encoded size of the digest, at most
    private record Built(Digest digest, int bytes) {}

    private Built build(
            String week, List<DigestItem> own, List<DigestItem> previous, List<DigestItem> late, int shown) {
        List<DigestItem> items = new ArrayList<>(own);
        items.sort(ItemRanking.BEST_FIRST);
        Map<String, List<DigestItem>> byTheme = new TreeMap<>(
                Comparator.comparingInt(WeeklyDigestBuilder::order).thenComparing(Comparator.naturalOrder()));
        for (DigestItem item : items) {
            byTheme.computeIfAbsent(ItemRanking.primaryTheme(item), t -> new ArrayList<>())
                    .add(item);
        }
        List<DigestSection> sections = new ArrayList<>();
        byTheme.forEach((theme, themed) ->
                sections.add(new DigestSection(theme, List.copyOf(top(themed, shown)), themed.size())));
        List<DigestItem> headlines = new ArrayList<>(items);
        boolean anyTalk = items.stream().anyMatch(i -> i.getKind() == ItemKind.TALK);
        headlines.sort(anyTalk ? HEADLINE_ORDER : ItemRanking.BEST_FIRST);
        if (anyTalk) {
            headlines.removeIf(i -> i.getKind() != ItemKind.TALK);
        }
        List<DigestItem> lateArrivals = new ArrayList<>(late);
        lateArrivals.sort(ItemRanking.BEST_FIRST);
        Digest digest = Digest.newBuilder()
                .setId("")
                .setWeek(week)
                .setZone(zone)
                .setWeekStart(Calendar.weekStart(week))
                .setSections(sections)
                .setHeadlines(List.copyOf(top(headlines, HEADLINES)))
                .setSpotlight(spotlight(items, previous))
                .setLateArrivals(List.copyOf(top(lateArrivals, Math.min(LATE_ARRIVALS, 2 * shown))))
                .setStats(stats(items, sections.size()))
                .setContentHash("")
                .build();
        byte[] unnamed = SERDE.encode(digest);
        String hash = Identity.sha256Hex(unnamed);
        digest.setContentHash(hash);
        digest.setId(week + "-" + hash.substring(0, ID_HASH_CHARS));
        // the two strings filled in add their characters, and each length prefix may grow by a byte
        return new Built(digest, unnamed.length + digest.getId().length() + hash.length() + 2);
    }

    private static List<ProjectCount> spotlight(List<DigestItem> items, List<DigestItem> previous) {
        Map<String, Integer> before = new HashMap<>();
        ItemRanking.projectCounts(previous).forEach(p -> before.put(p.getName(), p.getCount()));
        List<ProjectCount> spotlight = new ArrayList<>();
        for (ProjectCount count : top(ItemRanking.projectCounts(items), SPOTLIGHT)) {
            spotlight.add(new ProjectCount(
                    count.getName(), count.getCount(), count.getCount() - before.getOrDefault(count.getName(), 0)));
        }
        return spotlight;
    }

    private static <T> List<T> top(List<T> ranked, int limit) {
        return ranked.subList(0, Math.min(limit, ranked.size()));
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
