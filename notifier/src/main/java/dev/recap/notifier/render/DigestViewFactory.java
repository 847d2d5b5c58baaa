package dev.recap.notifier.render;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.ItemKind;
import dev.recap.events.ProjectCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a {@link Digest} into the {@link DigestView} one reader gets, without the reader's footer: only
 * the wanted themes, talks in the theme sections and posts under "Posts from the community", localised
 * names and dates, activity charts, CNCF maturity, at most so many items per section. Pure: no I/O.
 */
public final class DigestViewFactory {

    static final int MAX_HEADLINES = 5;
    static final int MAX_SPOTLIGHT = 10;
    static final int MAX_PREHEADER_CHARS = 140;

    private final CncfMaturity maturity;

    /** A factory naming maturities from {@code maturity}. */
    public DigestViewFactory(CncfMaturity maturity) {
        this.maturity = maturity;
    }

    /** A factory with the bundled maturity table. */
    public DigestViewFactory() {
        this(CncfMaturity.bundled());
    }

    /**
     * The view of {@code digest} shaped by {@code options}.
     *
     * @throws IllegalArgumentException when the activity is of another week than the digest
     */
    public DigestView view(Digest digest, ViewOptions options) {
        return view(digest, options, DigestCatalog.none(digest, options.labels()));
    }

    /** The view of {@code digest}, taking item views from {@code catalog} (of the same digest and labels). */
    DigestView view(Digest digest, ViewOptions options, DigestCatalog catalog) {
        Labels labels = options.labels();
        if (!catalog.covers(digest, labels)) {
            throw new IllegalArgumentException("The catalog is of another digest or language");
        }
        LocalDate weekStart = digest.getWeekStart();
        WeekActivity activity = options.activity();
        if (!activity.isEmpty() && !activity.weekStart().orElseThrow().equals(weekStart)) {
            throw new IllegalArgumentException(
                    "Activity of the week of " + activity.weekStart().orElseThrow() + " given for digest "
                            + digest.getId() + " of the week of " + weekStart);
        }
        List<DigestItem> shownHeadlines = wanted(digest.getHeadlines(), options).stream()
                .limit(Math.min(MAX_HEADLINES, options.maxItemsPerSection()))
                .toList();
        Set<String> headlineIds =
                shownHeadlines.stream().map(DigestItem::getId).collect(Collectors.toUnmodifiableSet());
        List<SectionView> sections = new ArrayList<>();
        Map<String, DigestItem> posts = new LinkedHashMap<>();
        for (DigestSection section : digest.getSections()) {
            if (options.wants(section.getTheme()) && !section.getItems().isEmpty()) {
                sections.add(themeSection(section, headlineIds, options, catalog));
                section.getItems().stream()
                        .filter(item -> item.getKind() == ItemKind.POST)
                        .forEach(item -> posts.putIfAbsent(item.getId(), item));
            }
        }
        List<DigestItem> community = posts.values().stream()
                .sorted(Comparator.comparingInt(DigestItem::getScore).reversed())
                .toList();
        List<ItemView> headlines = shownHeadlines.stream().map(catalog::item).toList();
        return new DigestView(
                labels,
                labels.title(digest.getWeek()),
                String.format(
                                labels.locale(),
                                labels.word("issue"),
                                options.calendar().issueNumber(weekStart)) + " · "
                        + IssueCalendar.dateRange(weekStart, labels.locale()),
                preheader(headlines, labels),
                labels.statsLine(digest.getStats()),
                headlines,
                sections,
                spotlight(digest.getSpotlight(), labels),
                listSection(labels.community(), community, options, catalog::item),
                listSection(
                        labels.lateArrivals(), wanted(digest.getLateArrivals(), options), options, catalog::lateItem),
                options.webEdition() == null ? null : options.webEdition().toString(),
                null);
    }

    /** The talks of a theme that are not already among the headlines, with the theme's purpose and chart. */
    private static SectionView themeSection(
            DigestSection section, Set<String> headlineIds, ViewOptions options, DigestCatalog catalog) {
        Labels labels = options.labels();
        List<DigestItem> talks = section.getItems().stream()
                .filter(item -> item.getKind() != ItemKind.POST && !headlineIds.contains(item.getId()))
                .toList();
        int shown = Math.min(talks.size(), options.maxItemsPerSection());
        ChartView chart = options.activity().isEmpty()
                ? null
                : ChartView.of(options.activity().counts(section.getTheme()), labels);
        return new SectionView(
                labels.themeName(section.getTheme()),
                labels.themePurpose(section.getTheme()),
                chart,
                talks.subList(0, shown).stream().map(catalog::item).toList(),
                talks.size() - shown);
    }

    private static SectionView listSection(
            String name, List<DigestItem> items, ViewOptions options, Function<DigestItem, ItemView> views) {
        if (items.isEmpty()) {
            return null;
        }
        int shown = Math.min(items.size(), options.maxItemsPerSection());
        List<ItemView> shownViews = items.subList(0, shown).stream().map(views).toList();
        return new SectionView(name, null, null, shownViews, items.size() - shown);
    }

    private static List<DigestItem> wanted(List<DigestItem> items, ViewOptions options) {
        if (options.themes().isEmpty()) {
            return items;
        }
        return items.stream()
                .filter(item -> item.getThemes().stream().anyMatch(options::wants))
                .toList();
    }

    private static String preheader(List<ItemView> headlines, Labels labels) {
        if (headlines.isEmpty()) {
            return labels.word("preheader");
        }
        String titles = headlines.stream().map(ItemView::title).collect(Collectors.joining(" · "));
        if (titles.length() <= MAX_PREHEADER_CHARS) {
            return titles;
        }
        int cut = titles.lastIndexOf(' ', MAX_PREHEADER_CHARS);
        return titles.substring(0, cut > 0 ? cut : MAX_PREHEADER_CHARS) + "…";
    }

    private List<SpotlightView> spotlight(List<ProjectCount> projects, Labels labels) {
        return projects.stream()
                .limit(MAX_SPOTLIGHT)
                .map(project -> {
                    String level = maturity.of(project.getName());
                    return new SpotlightView(
                            project.getName(),
                            project.getCount(),
                            change(project.getChange()),
                            labels.maturity(level),
                            level);
                })
                .toList();
    }

    private static String change(int change) {
        if (change > 0) {
            return "+" + change;
        }
        return change < 0 ? "−" + -change : "0";
    }
}
