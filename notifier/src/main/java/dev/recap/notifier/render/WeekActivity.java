package dev.recap.notifier.render;

import dev.recap.events.ThemeDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How many items (posts + talks) each theme had on each day, Monday to Sunday, of one ISO week, built from
 * the {@code theme-days} values. Days outside the week are ignored; {@link #empty()} knows no week.
 */
public final class WeekActivity {

    /** Days in a week, Monday first. */
    public static final int DAYS = 7;

    private static final WeekActivity EMPTY = new WeekActivity(null, Map.of());

    private final LocalDate weekStart;
    private final Map<String, int[]> counts;
    private final int hash;

    private WeekActivity(LocalDate weekStart, Map<String, int[]> counts) {
        this.weekStart = weekStart;
        this.counts = counts;
        int h = Objects.hashCode(weekStart);
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            h += entry.getKey().hashCode() ^ Arrays.hashCode(entry.getValue());
        }
        this.hash = h;
    }

    /** Activity that is not known: no chart is drawn. */
    public static WeekActivity empty() {
        return EMPTY;
    }

    /**
     * The activity of the week starting on Monday {@code weekStart}, from theme-day values.
     *
     * @throws IllegalArgumentException when {@code weekStart} is not a Monday or a theme has one day twice
     */
    public static WeekActivity of(LocalDate weekStart, Collection<ThemeDay> days) {
        Objects.requireNonNull(weekStart, "weekStart");
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A week starts on a Monday, was " + weekStart);
        }
        Map<String, int[]> counts = new HashMap<>();
        Map<String, boolean[]> seen = new HashMap<>();
        for (ThemeDay day : days) {
            long index = ChronoUnit.DAYS.between(weekStart, day.getDay());
            if (index < 0 || index >= DAYS) {
                continue;
            }
            boolean[] known = seen.computeIfAbsent(day.getTheme(), theme -> new boolean[DAYS]);
            if (known[(int) index]) {
                throw new IllegalArgumentException("Two theme-days for " + day.getTheme() + "@" + day.getDay());
            }
            known[(int) index] = true;
            counts.computeIfAbsent(day.getTheme(), theme -> new int[DAYS])[(int) index] =
                    Math.max(0, day.getPosts()) + Math.max(0, day.getTalks());
        }
        return new WeekActivity(weekStart, Map.copyOf(counts));
    }

    /** The Monday of the week, empty for {@link #empty()}. */
    public Optional<LocalDate> weekStart() {
        return Optional.ofNullable(weekStart);
    }

    /** Whether nothing is known (no week, or a week without any theme-day). */
    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The seven counts of {@code theme}, Monday first; zeros for a theme without activity. */
    public int[] counts(String theme) {
        int[] known = counts.get(theme);
        return known == null ? new int[DAYS] : known.clone();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WeekActivity that)
                || hash != that.hash
                || !Objects.equals(weekStart, that.weekStart)
                || !counts.keySet().equals(that.counts.keySet())) {
            return false;
        }
        return counts.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), that.counts.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "WeekActivity[" + weekStart + ", " + counts.size() + " themes]";
    }
}
