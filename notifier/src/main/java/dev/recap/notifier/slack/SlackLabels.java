package dev.recap.notifier.slack;

import dev.recap.notifier.render.Labels;
import java.util.Objects;

/**
 * The words only Slack messages use, in English and French, beside the shared {@link Labels}: the
 * continuation mark of a theme split over several sections, source counts, the data credit and the
 * line of a week with nothing for the channel.
 */
public record SlackLabels(
        Labels labels, String continued, String oneSource, String sources, String dataCredit, String nothingNew) {

    public static final SlackLabels ENGLISH = new SlackLabels(
            Labels.ENGLISH,
            "(continued)",
            "1 source",
            "%d sources",
            "Data: CNCF Landscape, CC BY 4.0",
            "Nothing new in the themes this channel follows this week.");

    public static final SlackLabels FRENCH = new SlackLabels(
            Labels.FRENCH,
            "(suite)",
            "1 source",
            "%d sources",
            "Données : CNCF Landscape, CC BY 4.0",
            "Rien de neuf cette semaine dans les thèmes que suit ce canal.");

    public SlackLabels {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(continued, "continued");
        Objects.requireNonNull(oneSource, "oneSource");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(dataCredit, "dataCredit");
        Objects.requireNonNull(nothingNew, "nothingNew");
    }

    /** The labels of a locale such as {@code fr}, {@code fr-CA} or {@code en}; English otherwise. */
    public static SlackLabels forLocale(String locale) {
        return Labels.forLocale(locale) == Labels.FRENCH ? FRENCH : ENGLISH;
    }

    /** "1 source" or "3 sources"; {@code null} when the item names no source. */
    public String sourceCount(int count) {
        if (count <= 0) {
            return null;
        }
        return count == 1 ? oneSource : String.format(labels.locale(), sources, count);
    }
}
