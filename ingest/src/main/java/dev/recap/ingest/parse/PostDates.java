package dev.recap.ingest.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates posts state: ISO date-times with or without seconds or offset, Jekyll's
 * {@code 2023-04-21 10:00:00 +0200}, bare dates, and the date types YAML and TOML readers return. A
 * time without an offset is taken as UTC, so the stated date never moves.
 */
public final class PostDates {

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
            + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private PostDates() {}

    /** {@code value} as an offset date-time, or {@code null} when it is not a date this class reads. */
    public static OffsetDateTime parse(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof ZonedDateTime time) {
            return time.toOffsetDateTime();
        }
        if (value instanceof LocalDateTime time) {
            return time.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Date date) {
            return Instant.ofEpochMilli(date.getTime()).atOffset(ZoneOffset.UTC);
        }
        return value instanceof CharSequence text ? parseText(text.toString().strip()) : null;
    }

    private static OffsetDateTime parseText(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
            LocalDateTime local = m.group(4) == null
                    ? date.atStartOfDay()
                    : date.atTime(number(m.group(4)), number(m.group(5)), number(m.group(6)), nanos(m.group(7)));
            return local.atOffset(offset(m.group(8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String text) {
        if (text == null || text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
    }
}
