package dev.recap.notifier.render;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * What shapes one rendering of a digest, apart from the reader's footer: labels, the wanted themes (empty
 * = all), the most items per section, the web edition link (optional), the week's activity and the issue
 * numbering.
 */
public record ViewOptions(
        Labels labels,
        Set<String> themes,
        int maxItemsPerSection,
        URI webEdition,
        WeekActivity activity,
        IssueCalendar calendar) {

    public ViewOptions {
        Objects.requireNonNull(labels, "labels");
        themes = Set.copyOf(themes);
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(calendar, "calendar");
        if (maxItemsPerSection < 1) {
            throw new IllegalArgumentException("maxItemsPerSection must be >= 1, was " + maxItemsPerSection);
        }
    }

    /** Options without activity, numbered from {@link IssueCalendar#DEFAULT}. */
    public ViewOptions(Labels labels, Set<String> themes, int maxItemsPerSection, URI webEdition) {
        this(labels, themes, maxItemsPerSection, webEdition, WeekActivity.empty(), IssueCalendar.DEFAULT);
    }

    /** The same options with at most {@code max} items per section. */
    public ViewOptions withMaxItemsPerSection(int max) {
        return new ViewOptions(labels, themes, max, webEdition, activity, calendar);
    }

    /** Whether a reader with these options wants a section of {@code theme}. */
    public boolean wants(String theme) {
        return themes.isEmpty() || themes.contains(theme);
    }
}
