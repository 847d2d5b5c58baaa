package dev.recap.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A conference a post may cover: its name, city and dates, the words that name it ({@code keywords},
 * one of which a post must use) and the words that tell this edition apart ({@code hints}, such as
 * "europe" or the city). Day 1 is {@code firstMainDay}; day 0 the day before (co-located events).
 */
public record Conference(
        String name,
        String city,
        LocalDate start,
        LocalDate firstMainDay,
        LocalDate end,
        List<String> keywords,
        List<String> hints) {

    private static final int DAYS_BEFORE_START = 14;
    private static final int DAYS_AFTER_END = 60;

    public Conference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(firstMainDay, "firstMainDay");
        Objects.requireNonNull(end, "end");
        if (firstMainDay.isBefore(start) || end.isBefore(firstMainDay)) {
            throw new IllegalArgumentException("need start <= firstMainDay <= end for " + name);
        }
        keywords = keywords.stream().map(Words::normalise).toList();
        hints = hints.stream().map(Words::normalise).toList();
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException("a conference needs at least one keyword: " + name);
        }
    }

    /** The date of "Day {@code number}" ("Jour N"...), or {@code null} when that day is outside the conference. */
    public LocalDate day(int number) {
        LocalDate day = firstMainDay.plusDays(number - 1L);
        return day.isBefore(start) || day.isAfter(end) ? null : day;
    }

    /** How many times {@code text} uses this edition's words (city, region), and its year. */
    public int mentionsIn(String text) {
        return mentionsInWords(Words.padded(Words.normalise(text)));
    }

    int mentionsInWords(String words) {
        int count = Words.countPhrase(words, String.valueOf(firstMainDay.getYear()));
        for (String hint : hints) {
            count += Words.countPhrase(words, hint);
        }
        return count;
    }

    /**
     * True when {@code text} names this conference: a keyword, a hint (when there are hints), and either
     * the year or a publication date near the conference.
     */
    public boolean isNamedIn(String text, LocalDate published) {
        return isNamedInWords(Words.padded(Words.normalise(text)), published);
    }

    /** {@link #isNamedIn} for text already normalised and padded (see {@link Words#padded}). */
    boolean isNamedInWords(String words, LocalDate published) {
        boolean named = keywords.stream().anyMatch(k -> Words.containsPhrase(words, k));
        boolean thisEdition = hints.isEmpty() || hints.stream().anyMatch(h -> Words.containsPhrase(words, h));
        boolean year = Words.containsPhrase(words, String.valueOf(firstMainDay.getYear()));
        boolean near = published != null
                && !published.isBefore(start.minusDays(DAYS_BEFORE_START))
                && !published.isAfter(end.plusDays(DAYS_AFTER_END));
        return named && thisEdition && (year || near);
    }
}
