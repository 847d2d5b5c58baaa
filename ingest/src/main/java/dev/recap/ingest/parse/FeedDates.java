package dev.recap.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;

/**
 * The dates of a feed item with the offset the feed wrote: ROME reads them into {@link Date}, which keeps
 * the instant and drops the offset, so the written form of that same instant is looked up among the item's
 * date elements (RSS {@code pubDate}, Dublin Core {@code date}, Atom {@code published}/{@code updated}, ...)
 * and its offset kept. When none matches, the instant is kept in UTC: the time itself never changes.
 */
final class FeedDates {

    private static final Set<String> DATE_ELEMENTS =
            Set.of("pubDate", "date", "published", "updated", "issued", "modified", "created");
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]{3,9}\\s*,\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?"
                    + "\\s+(\\d{4}|\\d{2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5}))?");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    // RFC 822's named zones; anything else is not guessed
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0),
            Map.entry("UTC", 0),
            Map.entry("GMT", 0),
            Map.entry("Z", 0),
            Map.entry("EST", -5),
            Map.entry("EDT", -4),
            Map.entry("CST", -6),
            Map.entry("CDT", -5),
            Map.entry("MST", -7),
            Map.entry("MDT", -6),
            Map.entry("PST", -8),
            Map.entry("PDT", -7));

    private FeedDates() {}

    /** {@code date} (as ROME read it from {@code item}) in the offset the item wrote it; {@code null} for none. */
    static OffsetDateTime withOffset(Date date, Element item) {
        if (date == null) {
            return null;
        }
        long millis = date.getTime();
        if (item != null) {
            for (Element child : item.getChildren()) {
                if (DATE_ELEMENTS.contains(child.getName())) {
                    OffsetDateTime written = parse(child.getTextTrim());
                    if (written != null && written.toInstant().toEpochMilli() == millis) {
                        return written;
                    }
                }
            }
        }
        return date.toInstant().atOffset(ZoneOffset.UTC);
    }

    /** An RFC 822 ({@code Tue, 18 Apr 2023 19:30:00 +0200}) or ISO 8601 date-time, or {@code null}. */
    static OffsetDateTime parse(String text) {
        OffsetDateTime iso = PostDates.parse(text);
        if (iso != null) {
            return iso;
        }
        Matcher m = RFC_822.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        ZoneOffset offset = offset(m.group(7));
        if (month == 0 || offset == null) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        year = m.group(3).length() == 2 ? year + (year < 50 ? 2000 : 1900) : year;
        try {
            LocalDateTime local = LocalDateTime.of(
                    year,
                    month,
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return local.atOffset(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int sign = digits.charAt(0) == '-' ? -1 : 1;
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = Integer.parseInt(digits.substring(3, 5));
            try {
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (DateTimeException e) {
                return null;
            }
        }
        Integer hours = ZONES.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }
}
