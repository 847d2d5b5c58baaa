package dev.recap.notifier.render;

import java.util.List;
import java.util.Objects;

/**
 * One theme section of a rendered digest: its localised name and purpose, the week's activity chart
 * ({@code null} when unknown), the talks shown, and how many were left out.
 */
public record SectionView(String name, String purpose, ChartView chart, List<ItemView> items, int more) {

    public SectionView {
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
        if (more < 0) {
            throw new IllegalArgumentException("more must be >= 0, was " + more);
        }
    }
}
