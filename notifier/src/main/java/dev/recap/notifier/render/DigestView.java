package dev.recap.notifier.render;

import java.util.List;
import java.util.Objects;

/**
 * Everything the email and web templates show, already filtered for one reader (themes, locale, size).
 * {@code webEditionUrl} is {@code null} when there is no such link, {@code reader} is {@code null} on the
 * web page.
 */
public record DigestView(
        Labels labels,
        String title,
        String issueLine,
        String preheader,
        String stats,
        List<ItemView> headlines,
        List<SectionView> sections,
        List<SpotlightView> spotlight,
        SectionView community,
        SectionView lateArrivals,
        String webEditionUrl,
        ReaderView reader) {

    public DigestView {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issueLine, "issueLine");
        Objects.requireNonNull(preheader, "preheader");
        Objects.requireNonNull(stats, "stats");
        headlines = List.copyOf(headlines);
        sections = List.copyOf(sections);
        spotlight = List.copyOf(spotlight);
    }

    /** The same view with the footer of {@code reader}. */
    public DigestView withReader(ReaderView reader) {
        return new DigestView(
                labels,
                title,
                issueLine,
                preheader,
                stats,
                headlines,
                sections,
                spotlight,
                community,
                lateArrivals,
                webEditionUrl,
                reader);
    }

    /** The "N more in the web edition" line of a section. */
    public String moreLine(SectionView section) {
        return String.format(labels.locale(), labels.word("moreItems"), section.more());
    }
}
