package dev.recap.streams.topology;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** Days and ISO weeks in one explicit zone: the keys of theme-days and digests. */
public record Calendar(ZoneId zone) {

    public Calendar {
        Objects.requireNonNull(zone, "zone");
    }

    /** The local day of {@code instant} in the zone. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The ISO week of {@code day}, such as {@code 2023-W16}. */
    public static String weekOf(LocalDate day) {
        return String.format(
                java.util.Locale.ROOT,
                "%d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday that starts ISO week {@code week} ({@code 2023-W16} gives 2023-04-17). */
    public static LocalDate weekStart(String week) {
        String[] parts = week.split("-W", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not an ISO week such as 2023-W16: '" + week + "'");
        }
        int year = Integer.parseInt(parts[0]);
        int number = Integer.parseInt(parts[1]);
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The key of a theme-day record: {@code theme@2023-04-19}. */
    public static String themeDayKey(String theme, LocalDate day) {
        return theme + "@" + day;
    }
}
