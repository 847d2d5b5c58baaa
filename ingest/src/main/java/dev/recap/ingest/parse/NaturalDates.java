package dev.recap.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date written for people in a line of text, in English, French, Spanish and German: "9 April
 * 2025", "April 28, 2023", "8 avril 2025", "9 de abril de 2025", "28. April 2023", or an ISO date that is
 * not part of a path or a slug ("2023-04-23-kubecon-j2" is a file name, not a date). The
 * date is taken at the start of the day in UTC, as a stated date must never move.
 */
final class NaturalDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("jan", 1),
            Map.entry("janvier", 1),
            Map.entry("enero", 1),
            Map.entry("januar", 1),
            Map.entry("february", 2),
            Map.entry("feb", 2),
            Map.entry("fevrier", 2),
            Map.entry("febrero", 2),
            Map.entry("februar", 2),
            Map.entry("march", 3),
            Map.entry("mar", 3),
            Map.entry("mars", 3),
            Map.entry("marzo", 3),
            Map.entry("marz", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("avril", 4),
            Map.entry("abril", 4),
            Map.entry("may", 5),
            Map.entry("mai", 5),
            Map.entry("mayo", 5),
            Map.entry("june", 6),
            Map.entry("jun", 6),
            Map.entry("juin", 6),
            Map.entry("junio", 6),
            Map.entry("juni", 6),
            Map.entry("july", 7),
            Map.entry("jul", 7),
            Map.entry("juillet", 7),
            Map.entry("julio", 7),
            Map.entry("juli", 7),
            Map.entry("august", 8),
            Map.entry("aug", 8),
            Map.entry("aout", 8),
            Map.entry("agosto", 8),
            Map.entry("september", 9),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("septembre", 9),
            Map.entry("septiembre", 9),
            Map.entry("october", 10),
            Map.entry("oct", 10),
            Map.entry("octobre", 10),
            Map.entry("octubre", 10),
            Map.entry("oktober", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("novembre", 11),
            Map.entry("noviembre", 11),
            Map.entry("december", 12),
            Map.entry("dec", 12),
            Map.entry("decembre", 12),
            Map.entry("diciembre", 12),
            Map.entry("dezember", 12));
    private static final int MIN_MONTH_CHARS =
            MONTHS.keySet().stream().mapToInt(String::length).min().orElse(0);
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")\\.?";
    private static final Pattern ISO = Pattern.compile("(?<![\\w/.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\w/-])");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?" + MONTH + "\\s+(?:de\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_FIRST =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

    private NaturalDates() {}

    /** The first date {@code line} states, or {@code null}. */
    static OffsetDateTime in(String line) {
        if (!hasYear(line)) {
            return null; // every form reads a four-digit year
        }
        String text = Chars.withoutAccents(line).toLowerCase(Locale.ROOT);
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        if (!hasMonthWord(text)) {
            return null;
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.find()) {
            return date(dayFirst.group(3), String.valueOf(MONTHS.get(dayFirst.group(2))), dayFirst.group(1));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        if (monthFirst.find()) {
            return date(monthFirst.group(3), String.valueOf(MONTHS.get(monthFirst.group(1))), monthFirst.group(2));
        }
        return null;
    }

    private static boolean hasYear(String line) {
        int digits = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            if (digits == 4) {
                return true;
            }
        }
        return false;
    }

    // DAY_FIRST and MONTH_FIRST read a month name between white space or a non-word character and '.' or
    // white space: a whole run of letters a-z of the (lower-case) text, so a text without one is not tried.
    private static boolean hasMonthWord(String text) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && text.charAt(i) >= 'a' && text.charAt(i) <= 'z';
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= MIN_MONTH_CHARS && MONTHS.containsKey(text.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static OffsetDateTime date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .atStartOfDay()
                    .atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
