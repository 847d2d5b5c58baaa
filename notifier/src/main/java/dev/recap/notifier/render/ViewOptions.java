package dev.recap.notifier.render;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * What shapes one rendering of a digest: labels, the wanted themes (empty = all), the most items per
 * section, and the optional links (web edition, unsubscribe).
 */
public record ViewOptions(Labels labels, Set<String> themes, int maxItemsPerSection, URI webEdition, URI unsubscribe) {

    public ViewOptions {
        Objects.requireNonNull(labels, "labels");
        themes = Set.copyOf(themes);
        if (maxItemsPerSection < 1) {
            throw new IllegalArgumentException("maxItemsPerSection must be >= 1, was " + maxItemsPerSection);
        }
    }

    /** The same options with at most {@code max} items per section. */
    public ViewOptions withMaxItemsPerSection(int max) {
        return new ViewOptions(labels, themes, max, webEdition, unsubscribe);
    }

    /** Whether a reader with these options wants a section of {@code theme}. */
    public boolean wants(String theme) {
        return themes.isEmpty() || themes.contains(theme);
    }
}
