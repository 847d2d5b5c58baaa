package dev.recap.notifier.render;

import java.util.List;
import java.util.Objects;

/**
 * Everything the email and web templates show, already filtered for one reader (themes, locale, size).
 * {@code webEditionUrl} and {@code unsubscribeUrl} are {@code null} when there is no such link.
 */
public record DigestView(
        Labels labels,
        String title,
        String stats,
        List<ItemView> headlines,
        List<SectionView> sections,
        String spotlight,
        String webEditionUrl,
        String unsubscribeUrl) {

    public DigestView {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stats, "stats");
        headlines = List.copyOf(headlines);
        sections = List.copyOf(sections);
    }

    /** The "N more in the web edition" line of a section. */
    public String moreLine(SectionView section) {
        return String.format(labels.locale(), labels.moreItems(), section.more());
    }
}
