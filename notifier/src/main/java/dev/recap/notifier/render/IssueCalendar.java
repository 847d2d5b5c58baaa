package dev.recap.notifier.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers the weekly issues (the ISO week {@code firstIssueMonday} starts is issue #1) and writes the date
 * range of a week the way a reader of a locale expects: "17–23 April 2023", "27 mars – 2 avril 2023".
 */
public record IssueCalendar(LocalDate firstIssueMonday) {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** Issue #1 is ISO week 2023-W01. */
    public static final IssueCalendar DEFAULT = ofWeek("2023-W01");

    public IssueCalendar {
        Objects.requireNonNull(firstIssueMonday, "firstIssueMonday");
        if (firstIssueMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("The first issue must start on a Monday, was " + firstIssueMonday);
        }
    }

    /** The calendar whose issue #1 is the ISO week {@code isoWeek}, such as {@code 2023-W01}. */
    public static IssueCalendar ofWeek(String isoWeek) {
        Matcher matcher =
                ISO_WEEK.matcher(Objects.requireNonNull(isoWeek, "isoWeek").strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an ISO week like 2023-W01: '" + isoWeek + "'");
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        LocalDate mid = LocalDate.of(year, 6, 1);
        if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new IllegalArgumentException("No week " + week + " in " + year);
        }
        LocalDate monday = mid.with(IsoFields.WEEK_BASED_YEAR, year)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
        return new IssueCalendar(monday);
    }

    /**
     * The issue number of the week starting on {@code weekStart}.
     *
     * @throws IllegalArgumentException when the week is not a Monday or comes before the first issue
     */
    public int issueNumber(LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A week starts on a Monday, was " + weekStart);
        }
        long weeks = ChronoUnit.WEEKS.between(firstIssueMonday, weekStart);
        if (weeks < 0) {
            throw new IllegalArgumentException(
                    "Week " + weekStart + " comes before the first issue (" + firstIssueMonday + ")");
        }
        return Math.toIntExact(weeks + 1);
    }

    /** Monday to Sunday of the week starting on {@code weekStart}, with the month and year written once. */
    public static String dateRange(LocalDate weekStart, Locale locale) {
        LocalDate end = weekStart.plusDays(6);
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        if (weekStart.getYear() != end.getYear()) {
            return weekStart.format(full) + " – " + end.format(full);
        }
        if (weekStart.getMonth() != end.getMonth()) {
            return weekStart.format(DateTimeFormatter.ofPattern("d MMMM", locale)) + " – " + end.format(full);
        }
        return weekStart.getDayOfMonth() + "–" + end.format(full);
    }
}
