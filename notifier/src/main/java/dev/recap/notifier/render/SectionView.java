package dev.recap.notifier.render;

import java.util.List;
import java.util.Objects;

/** One theme section of a rendered digest: its localised name, the items shown, and how many were left out. */
public record SectionView(String name, List<ItemView> items, int more) {

    public SectionView {
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
        if (more < 0) {
            throw new IllegalArgumentException("more must be >= 0, was " + more);
        }
    }
}
