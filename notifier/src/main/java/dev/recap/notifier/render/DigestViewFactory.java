package dev.recap.notifier.render;

import dev.recap.events.Digest;
import dev.recap.events.DigestItem;
import dev.recap.events.DigestSection;
import dev.recap.events.DigestStats;
import dev.recap.events.ProjectCount;
import dev.recap.events.Speaker;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a {@link Digest} into the {@link DigestView} one reader gets: only the wanted themes, localised
 * names and dates, shortened summaries, at most so many items per section. Pure: no I/O.
 */
public final class DigestViewFactory {

    static final int MAX_HEADLINES = 5;
    static final int MAX_SPOTLIGHT = 10;
    static final int MAX_SUMMARY_CHARS = 400;

    /** The view of {@code digest} shaped by {@code options}. */
    public DigestView view(Digest digest, ViewOptions options) {
        Labels labels = options.labels();
        List<SectionView> sections = new ArrayList<>();
        for (DigestSection section : digest.getSections()) {
            if (options.wants(section.getTheme()) && !section.getItems().isEmpty()) {
                sections.add(section(labels.themeName(section.getTheme()), section.getItems(), options));
            }
        }
        List<DigestItem> late = wanted(digest.getLateArrivals(), options);
        if (!late.isEmpty()) {
            sections.add(section(labels.lateArrivals(), late, options));
        }
        List<ItemView> headlines = wanted(digest.getHeadlines(), options).stream()
                .limit(Math.min(MAX_HEADLINES, options.maxItemsPerSection()))
                .map(item -> item(item, labels))
                .toList();
        return new DigestView(
                labels,
                labels.title(digest.getWeek()),
                stats(digest.getStats(), labels),
                headlines,
                sections,
                spotlight(digest.getSpotlight()),
                options.webEdition() == null ? null : options.webEdition().toString(),
                options.unsubscribe() == null ? null : options.unsubscribe().toString());
    }

    private static SectionView section(String name, List<DigestItem> items, ViewOptions options) {
        int shown = Math.min(items.size(), options.maxItemsPerSection());
        List<ItemView> views = items.subList(0, shown).stream()
                .map(item -> item(item, options.labels()))
                .toList();
        return new SectionView(name, views, items.size() - shown);
    }

    private static List<DigestItem> wanted(List<DigestItem> items, ViewOptions options) {
        if (options.themes().isEmpty()) {
            return items;
        }
        return items.stream()
                .filter(item -> item.getThemes().stream().anyMatch(options::wants))
                .toList();
    }

    static ItemView item(DigestItem item, Labels labels) {
        String speakers = item.getSpeakers().isEmpty()
                ? null
                : item.getSpeakers().stream().map(DigestViewFactory::speaker).collect(Collectors.joining(", "));
        String projects = item.getProjects().isEmpty() ? null : String.join(", ", item.getProjects());
        return new ItemView(
                item.getTitle().strip(),
                httpUrlOrNull(item.getUrl()),
                speakers,
                day(item.getDay(), labels.locale()),
                shorten(item.getSummary()),
                projects);
    }

    private static String speaker(Speaker speaker) {
        String company = speaker.getCompany();
        return company == null || company.isBlank() ? speaker.getName() : speaker.getName() + " (" + company + ")";
    }

    private static String stats(DigestStats stats, Labels labels) {
        return String.format(
                labels.locale(),
                labels.stats(),
                stats.getPosts(),
                stats.getTalks(),
                stats.getThemes(),
                stats.getProjects());
    }

    private static String spotlight(List<ProjectCount> projects) {
        if (projects.isEmpty()) {
            return null;
        }
        return projects.stream()
                .limit(MAX_SPOTLIGHT)
                .map(p -> p.getName() + " (" + p.getCount() + ")")
                .collect(Collectors.joining(", "));
    }

    /** An ISO day as "Tuesday 18 April 2023" / "mardi 18 avril 2023"; text that is not a date stays as is. */
    static String day(String isoDay, Locale locale) {
        if (isoDay == null || isoDay.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(isoDay.strip()).format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
        } catch (DateTimeParseException e) {
            return isoDay.strip();
        }
    }

    /** Cuts a summary at a word boundary; readers follow the link for the rest. */
    static String shorten(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String text = summary.strip().replaceAll("\\s+", " ");
        if (text.length() <= MAX_SUMMARY_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_SUMMARY_CHARS);
        return text.substring(0, cut > 0 ? cut : MAX_SUMMARY_CHARS) + "…";
    }

    /** Only absolute http(s) links are rendered: escaping alone would let {@code javascript:} through. */
    static String httpUrlOrNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
