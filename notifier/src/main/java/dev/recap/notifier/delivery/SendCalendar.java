package dev.recap.notifier.delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When digests go out and which week may be sent: the weekly send time (default Friday 09:00
 * Europe/Paris, as KubeWeekly goes out on Fridays), the ISO week that has just ended at a given moment,
 * and the rule that only that week is sent without {@code --force} (an older week is a past week, a later
 * one is not over).
 */
public record SendCalendar(DayOfWeek day, LocalTime time, ZoneId zone) {

    public static final SendCalendar DEFAULT =
            new SendCalendar(DayOfWeek.FRIDAY, LocalTime.of(9, 0), ZoneId.of("Europe/Paris"));

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern SPEC = Pattern.compile("([A-Za-z]+)\\s+(\\d{1,2}:\\d{2})");

    public SendCalendar {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Parses {@code "FRIDAY 09:00"} (any case) in {@code zone}.
     *
     * @throws IllegalArgumentException naming what is wrong and an example of a good value
     */
    public static SendCalendar parse(String spec, String zone) {
        Matcher m = SPEC.matcher(Objects.requireNonNull(spec, "spec").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "RECAP_SEND_AT must be a day and a time such as 'FRIDAY 09:00', was '" + spec + "'");
        }
        try {
            return new SendCalendar(
                    DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
                    LocalTime.parse(m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2)),
                    ZoneId.of(zone));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "RECAP_SEND_AT must be a day and a time such as 'FRIDAY 09:00', was '" + spec + "'", e);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(
                    "RECAP_SEND_ZONE must be a zone id such as 'Europe/Paris', was '" + zone + "'", e);
        }
    }

    /** The first send time strictly after {@code now}. */
    public Instant nextSendAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate =
                local.with(TemporalAdjusters.nextOrSame(day)).with(time).truncatedTo(ChronoUnit.MINUTES);
        if (!candidate.toInstant().isAfter(now)) {
            candidate = candidate.plusWeeks(1).with(time);
        }
        return candidate.toInstant();
    }

    /** The ISO week (such as {@code 2023-W16}) before the one {@code at} falls in, in this zone. */
    public String weekJustEnded(Instant at) {
        return weekOf(at.atZone(zone).toLocalDate().minusWeeks(1));
    }

    /** The ISO week of {@code date}. */
    public static String weekOf(LocalDate date) {
        return String.format(
                Locale.ROOT,
                "%d-W%02d",
                date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * Checks that {@code week} is a well-formed ISO week.
     *
     * @throws IllegalArgumentException with an example of a good value
     */
    public static String checkWeek(String week) {
        Matcher m = WEEK.matcher(Objects.requireNonNull(week, "week").strip());
        int number = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (number < 1 || number > 53) {
            throw new IllegalArgumentException(
                    "A week is written like 2023-W16 (ISO year, W, week 01-53), was '" + week + "'");
        }
        return week.strip();
    }

    /**
     * Refuses to send {@code week} at {@code now} unless it is the week just ended, or {@code force}.
     *
     * @throws SendRefusedException saying why and how to send anyway
     */
    public void checkSendable(String week, Instant now, boolean force) {
        String ended = weekJustEnded(now);
        int order = checkWeek(week).compareTo(ended);
        if (force || order == 0) {
            return;
        }
        if (order < 0) {
            throw new SendRefusedException(
                    week + " is a past week (the week just ended is " + ended + "); add --force to send it anyway");
        }
        throw new SendRefusedException(
                week + " is not over yet (the week just ended is " + ended + "); add --force to send it anyway");
    }
}
