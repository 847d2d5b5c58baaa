package dev.recap.notifier.render;

import java.util.Objects;

/**
 * A project in the spotlight: how many items named it, the change from last week ("+2", "−1", "0") and
 * its localised CNCF maturity ({@code null} when it is not a CNCF project). {@code level} is the
 * untranslated maturity that picks the badge colour.
 */
public record SpotlightView(String name, int count, String change, String maturity, String level) {

    public SpotlightView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(change, "change");
    }

    /** The badge background: green for graduated, amber for incubating, slate otherwise. */
    public String badgeColor() {
        if ("graduated".equals(level)) {
            return "#1e7a46";
        }
        return "incubating".equals(level) ? "#9a5b00" : "#52606d";
    }
}
