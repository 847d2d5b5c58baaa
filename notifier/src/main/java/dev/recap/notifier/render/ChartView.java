package dev.recap.notifier.render;

import java.util.List;
import java.util.Objects;

/**
 * A seven-day bar chart drawn with table cells: one bar per day, Monday first, and a summary such as
 * "Activity Mon 3, Tue 0, …" for screen readers and the plain-text part.
 */
public record ChartView(String summary, List<Bar> bars) {

    /** Tallest bar, in pixels. */
    public static final int MAX_HEIGHT = 32;

    public ChartView {
        Objects.requireNonNull(summary, "summary");
        bars = List.copyOf(bars);
        if (bars.size() != WeekActivity.DAYS) {
            throw new IllegalArgumentException("A week chart has seven bars, had " + bars.size());
        }
    }

    /** One day: its initial, its count and the bar height in pixels (2 for an empty day). */
    public record Bar(String initial, int count, int height) {

        /** Whether the day had no item; drawn as a thin grey line. */
        public boolean empty() {
            return count == 0;
        }
    }

    /** The chart of {@code counts} (Monday first), bars scaled to the busiest day. */
    static ChartView of(int[] counts, Labels labels) {
        int max = 0;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        StringBuilder summary = new StringBuilder(labels.word("activity"));
        Bar[] bars = new Bar[WeekActivity.DAYS];
        for (int day = 0; day < WeekActivity.DAYS; day++) {
            int count = counts[day];
            int height = count == 0 ? 2 : Math.max(4, Math.round((float) MAX_HEIGHT * count / max));
            bars[day] = new Bar(labels.dayInitials().get(day), count, height);
            summary.append(day == 0 ? " " : ", ")
                    .append(labels.dayNames().get(day))
                    .append(' ')
                    .append(count);
        }
        return new ChartView(summary.toString(), List.of(bars));
    }

    /** The bars as block characters, such as {@code ▁▃█▁▁▅▂}, for the plain-text part. */
    public String sparkline() {
        String blocks = "▁▂▃▄▅▆▇█";
        StringBuilder line = new StringBuilder(WeekActivity.DAYS);
        for (Bar bar : bars) {
            int level = bar.empty() ? 0 : Math.max(1, Math.round(7f * bar.height() / MAX_HEIGHT));
            line.append(blocks.charAt(level));
        }
        return line.toString();
    }
}
