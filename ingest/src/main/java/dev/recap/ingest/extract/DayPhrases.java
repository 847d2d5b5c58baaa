package dev.recap.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the conference day a heading or a sentence names, in English, French, Spanish and German: a
 * number ("Day 2", "Jour 3", "Día 1", "Tag 2"), an ordinal ("second day", "le dernier jour", "el último
 * día"), a weekday ("Wednesday", "mercredi", "el jueves", "am Mittwoch") or the co-located day ("Day 0",
 * "co-located events"). A day is only ever a date of the conference: a weekday the conference does not
 * cover, or a day past its end, reads as no day.
 */
final class DayPhrases {

    private static final String DAY_WORD = "(?:day|jour|journee|dia|tag)";
    private static final List<String> DAY_WORDS = List.of("day", "jour", "dia", "tag");
    private static final Pattern NUMBERED = Pattern.compile("\\b" + DAY_WORD + "\\s*(\\d{1,2})\\b");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1),
            Map.entry("premier", 1),
            Map.entry("premiere", 1),
            Map.entry("primer", 1),
            Map.entry("primera", 1),
            Map.entry("erster", 1),
            Map.entry("ersten", 1),
            Map.entry("second", 2),
            Map.entry("deuxieme", 2),
            Map.entry("segundo", 2),
            Map.entry("segunda", 2),
            Map.entry("zweiter", 2),
            Map.entry("zweiten", 2),
            Map.entry("third", 3),
            Map.entry("troisieme", 3),
            Map.entry("tercer", 3),
            Map.entry("tercero", 3),
            Map.entry("dritter", 3),
            Map.entry("dritten", 3));
    private static final Set<String> OPENING_ORDINALS = Set.of(
            "first",
            "premier",
            "premiere",
            "primer",
            "primera",
            "erster",
            "ersten",
            "second",
            "deuxieme",
            "segundo",
            "segunda",
            "zweiter",
            "zweiten",
            "third",
            "troisieme",
            "tercer",
            "tercero",
            "dritter",
            "dritten",
            "last",
            "final",
            "dernier",
            "derniere",
            "ultimo",
            "letzter",
            "letzten");
    private static final Pattern ORDINAL_BEFORE =
            Pattern.compile("\\b(" + String.join("|", new TreeSet<>(OPENING_ORDINALS)) + ")\\s+" + DAY_WORD + "\\b");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "et", "y", "und");
    private static final Set<String> ARTICLES = Set.of("the", "le", "la", "el", "der", "on", "am");
    private static final Pattern ORDINAL_AFTER =
            Pattern.compile("\\b" + DAY_WORD + "\\s+(one|two|three|un|deux|trois|uno|dos|tres|final|ultimo)\\b");
    private static final Map<String, Integer> NUMBER_WORDS =
            Map.of("one", 1, "un", 1, "uno", 1, "two", 2, "deux", 2, "dos", 2, "three", 3, "trois", 3, "tres", 3);
    private static final Pattern CO_LOCATED = Pattern.compile("\\b(?:co ?located|day zero|jour zero|dia cero)\\b");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("lundi", DayOfWeek.MONDAY),
            Map.entry("lunes", DayOfWeek.MONDAY),
            Map.entry("montag", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("mardi", DayOfWeek.TUESDAY),
            Map.entry("martes", DayOfWeek.TUESDAY),
            Map.entry("dienstag", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("mercredi", DayOfWeek.WEDNESDAY),
            Map.entry("miercoles", DayOfWeek.WEDNESDAY),
            Map.entry("mittwoch", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("jeudi", DayOfWeek.THURSDAY),
            Map.entry("jueves", DayOfWeek.THURSDAY),
            Map.entry("donnerstag", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("vendredi", DayOfWeek.FRIDAY),
            Map.entry("viernes", DayOfWeek.FRIDAY),
            Map.entry("freitag", DayOfWeek.FRIDAY));
    private static final Map<String, DayOfWeek> WEEKDAY_ABBREVIATIONS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("lun", DayOfWeek.MONDAY),
            Map.entry("mo", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("mar", DayOfWeek.TUESDAY),
            Map.entry("di", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("mer", DayOfWeek.WEDNESDAY),
            Map.entry("mie", DayOfWeek.WEDNESDAY),
            Map.entry("mi", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("jeu", DayOfWeek.THURSDAY),
            Map.entry("jue", DayOfWeek.THURSDAY),
            Map.entry("do", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("ven", DayOfWeek.FRIDAY),
            Map.entry("vie", DayOfWeek.FRIDAY),
            Map.entry("fr", DayOfWeek.FRIDAY));
    private static final Pattern ABBREVIATION =
            Pattern.compile("^(" + String.join("|", WEEKDAY_ABBREVIATIONS.keySet()) + ")\\b");

    private static final int MAX_DAY_HEADING_WORDS = 8;
    private static final int MIN_WEEKDAY =
            WEEKDAYS.keySet().stream().mapToInt(String::length).min().orElseThrow();
    private static final int MAX_WEEKDAY =
            WEEKDAYS.keySet().stream().mapToInt(String::length).max().orElseThrow();

    private DayPhrases() {}

    /** The conference day {@code text} names, if it names exactly one kind of day reference. */
    static Optional<LocalDate> in(String text, Conference conference) {
        String words = Words.normalise(text);
        // numbered and ordinal days need a word opening on "day" ("jour", "día"...): most texts have none,
        // and skip those scans
        boolean dayWord = DAY_WORDS.stream().anyMatch(day -> words.startsWith(day) || words.contains(" " + day));
        if (!dayWord) {
            return coLocated(words, conference).or(() -> weekday(words, conference));
        }
        return numbered(words, conference)
                .or(() -> ordinal(words, conference))
                .or(() -> coLocated(words, conference))
                .or(() -> weekday(words, conference));
    }

    /** The day a short text names by a weekday abbreviation ("Mi", "Thu", "jeu.", "mié"), if one. */
    static Optional<LocalDate> abbreviated(String text, Conference conference) {
        Matcher m = ABBREVIATION.matcher(Words.normalise(text));
        return m.find() ? weekday(WEEKDAY_ABBREVIATIONS.get(m.group(1)), conference) : Optional.empty();
    }

    /**
     * True when {@code heading} is about a day rather than a talk: short, and opening on a day ("Day 2:
     * Security", "Mercredi 19 avril", "The last day", "Co-located events").
     */
    static boolean isDayHeading(String heading) {
        return isDayHeadingWords(Words.normalise(heading));
    }

    /** {@link #isDayHeading} of a heading already normalised ({@link Words#normalise}). */
    static boolean isDayHeadingWords(String normalised) {
        // "and the last day", "et le jour 2": a conjunction, then an article, are skipped
        int at = skipWord(normalised, 0, CONJUNCTIONS);
        String words = normalised.substring(skipWord(normalised, at, ARTICLES));
        if (wordCount(words) > MAX_DAY_HEADING_WORDS || !mayOpenOnDay(words)) {
            return false;
        }
        return lookingAt(NUMBERED, words)
                || lookingAt(ORDINAL_BEFORE, words)
                || lookingAt(ORDINAL_AFTER, words)
                || lookingAt(CO_LOCATED, words)
                || WEEKDAYS.containsKey(words.split(" ", 2)[0]);
    }

    // Past {@code word} and its space when {@code words} has one of {@code skipped} at {@code from}.
    private static int skipWord(String words, int from, Set<String> skipped) {
        int end = words.indexOf(' ', from);
        return end > from && skipped.contains(words.substring(from, end)) ? end + 1 : from;
    }

    private static int wordCount(String words) {
        int count = 1;
        for (int i = 0; i < words.length(); i++) {
            count += words.charAt(i) == ' ' ? 1 : 0;
        }
        return count;
    }

    // A day heading's first word is a day word ("day2" too), "co" of co-located, an ordinal or a weekday:
    // the patterns are only tried on those.
    private static boolean mayOpenOnDay(String words) {
        int end = words.indexOf(' ');
        String first = end < 0 ? words : words.substring(0, end);
        return first.startsWith("co")
                || opensOnDayWord(first)
                || OPENING_ORDINALS.contains(first)
                || WEEKDAYS.containsKey(first);
    }

    /** True when normalised {@code words} open on a word for "day" ("day", "jour", "día", "tag"). */
    static boolean opensOnDayWord(String words) {
        for (String day : DAY_WORDS) {
            if (words.startsWith(day)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lookingAt(Pattern pattern, String words) {
        Matcher m = pattern.matcher(words);
        return m.lookingAt();
    }

    private static Optional<LocalDate> numbered(String words, Conference conference) {
        Matcher m = NUMBERED.matcher(words);
        return m.find() ? Optional.ofNullable(conference.day(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    private static Optional<LocalDate> ordinal(String words, Conference conference) {
        Matcher before = ORDINAL_BEFORE.matcher(words);
        if (before.find()) {
            String ordinal = before.group(1);
            Integer number = ORDINALS.get(ordinal);
            return number == null ? Optional.of(conference.end()) : Optional.ofNullable(conference.day(number));
        }
        Matcher after = ORDINAL_AFTER.matcher(words);
        if (after.find()) {
            Integer number = NUMBER_WORDS.get(after.group(1));
            return number == null ? Optional.of(conference.end()) : Optional.ofNullable(conference.day(number));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> coLocated(String words, Conference conference) {
        // each form holds "located", "zero" or "cero": most texts skip the regex
        boolean mayName = words.contains("located") || words.contains("zero") || words.contains("cero");
        return mayName && CO_LOCATED.matcher(words).find() && conference.start().isBefore(conference.firstMainDay())
                ? Optional.of(conference.start())
                : Optional.empty();
    }

    // The weekday must be unique in the text and fall on a day of the conference.
    private static Optional<LocalDate> weekday(String words, Conference conference) {
        // normalised text is words and single spaces: a weekday is one of its words
        DayOfWeek found = null;
        for (int start = 0; start < words.length(); ) {
            int end = words.indexOf(' ', start);
            end = end < 0 ? words.length() : end;
            // weekdays are 5 to 10 letters long: shorter and longer words are not looked up
            int length = end - start;
            DayOfWeek day =
                    length < MIN_WEEKDAY || length > MAX_WEEKDAY ? null : WEEKDAYS.get(words.substring(start, end));
            start = end + 1;
            if (day != null) {
                if (found != null && found != day) {
                    return Optional.empty();
                }
                found = day;
            }
        }
        return found == null ? Optional.empty() : weekday(found, conference);
    }

    private static Optional<LocalDate> weekday(DayOfWeek weekday, Conference conference) {
        for (LocalDate d = conference.start(); !d.isAfter(conference.end()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == weekday) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
