package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Section;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the day of a talk in a post about {@code conference}: the day of the heading it sits under (or
 * of the post's title) first, then a day its own words state ("on the last day", "mercredi"), then one
 * stated just before it. Without a known conference, or when nothing states a day, there is no day:
 * a day is never guessed.
 */
final class TalkDays {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.");
    private static final int OWN_PARAGRAPHS = 2;

    private final Conference conference;

    private TalkDays(Conference conference) {
        this.conference = conference;
    }

    /** Days of {@code conference}, or of no conference at all when it is {@code null}. */
    static TalkDays of(Conference conference) {
        return new TalkDays(conference);
    }

    /** The day a heading or title states, if any. */
    Optional<LocalDate> stated(String text) {
        if (conference == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (mayHoldIsoDate(text)) {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.find()) {
                return within(iso.group(1));
            }
        }
        return DayPhrases.in(text, conference);
    }

    /**
     * The day a table cell states: what {@link #stated} reads, a day and month ("19.04."), or a weekday
     * abbreviation ("Mi", "Thu", "jeu.") — short forms that only a cell of a table of talks can be trusted with.
     */
    Optional<LocalDate> cell(String text) {
        if (conference == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.find()) {
            int year = conference.start().getYear();
            return within(String.format(
                    "%04d-%02d-%02d", year, Integer.parseInt(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1))));
        }
        return stated(text).or(() -> DayPhrases.abbreviated(text, conference));
    }

    /** The day of a talk: the heading's, else its own text's first paragraphs', else the text before it. */
    LocalDate of(Optional<LocalDate> heading, String ownText, String before) {
        return heading.or(() -> stated(firstParagraphs(ownText)))
                .or(() -> stated(before))
                .orElse(null);
    }

    // ISO_DATE needs four digits then "-": most texts have none, and skip the regex
    private static boolean mayHoldIsoDate(String text) {
        for (int dash = text.indexOf('-', 4); dash >= 0; dash = text.indexOf('-', dash + 1)) {
            if (isDigit(text.charAt(dash - 1))
                    && isDigit(text.charAt(dash - 2))
                    && isDigit(text.charAt(dash - 3))
                    && isDigit(text.charAt(dash - 4))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Optional<LocalDate> within(String iso) {
        try {
            LocalDate date = LocalDate.parse(iso);
            boolean inside = !date.isBefore(conference.start()) && !date.isAfter(conference.end());
            return inside ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String firstParagraphs(String text) {
        return String.join("\n\n", new Section(0, "", text).paragraphs(OWN_PARAGRAPHS));
    }
}
