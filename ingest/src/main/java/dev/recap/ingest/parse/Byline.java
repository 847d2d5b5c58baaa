package dev.recap.ingest.parse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the author and the date a post states in its first lines rather than in metadata: "By Ann Lee ·
 * 9 April 2025", "Posted on April 28, 2023 by Ann van Dijk", "Publié le 8 avril 2025 par Ann Lee", a name
 * followed by an "Author"/"Auteur" label, or a lone name just above a reading time ("10 min read").
 */
final class Byline {

    /** What the first lines state; either part may be {@code null}. */
    record Stated(String author, OffsetDateTime date) {}

    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String NAME =
            WORD + "(?:\\s+(?:(?:van|von|de|der|den|da|del|la|le|du|di|dos|ter|ten)\\s+)*" + WORD + "){1,3}";
    private static final Pattern BY = Pattern.compile(
            "(?:^|[\\s·•|,—–-])(?:[Bb]y|[Pp]ar|[Pp]or|[Vv]on|[Ww]ritten by|[ÉéEe]crit par|[Ee]scrito por)\\s+(" + NAME
                    + ")\\s*(?=$|[·•|,—–()]|\\s-\\s|\\s(?:on|le|el|am)\\s)");
    private static final Pattern LABELLED = Pattern.compile(
            "(?:^|[\\s·•|,—–(])(?:[Aa]ut(?:hor|eur|or|orin|ora|rice)|[Ww]ritten by|[Éé]crit par|[Ee]scrito por)\\s*:\\s*("
                    + NAME + ")\\s*(?=$|[·•|,—–()])");
    private static final Pattern LONE_NAME = Pattern.compile("^" + NAME + "$");
    private static final Pattern READING_TIME = Pattern.compile(
            "(?iu)^[·•\\s]*\\d{1,3}\\s*(?:mins?|minutes?)(?:\\s+(?:read|de lecture|de lectura|lesezeit))?$");
    // the button a blog platform shows beside its author's name (Medium, Dev.to...)
    private static final Set<String> FOLLOW = Set.of("follow", "suivre", "seguir", "folgen");
    private static final Set<String> AUTHOR_LABELS = Set.of("auteur", "author", "autor", "autorin", "autrice");
    private static final Set<String> NOT_AUTHORS = Set.of("home", "blog", "menu", "archive", "about");

    // a byline is short: a date inside a long line is a sentence about something else
    private static final int MAX_LINE = 80;

    private Byline() {}

    /** The author and date stated in {@code lines}, the first lines of a post, in order. */
    static Stated in(List<String> lines) {
        String author = null;
        OffsetDateTime date = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
            if (author == null) {
                author = author(line, next);
            }
            if (date == null && line.length() <= MAX_LINE) {
                date = NaturalDates.in(line);
            }
        }
        return new Stated(author, date);
    }

    private static String author(String line, String next) {
        if (line.length() > MAX_LINE) {
            return null;
        }
        if (mayNameByWord(line)) {
            Matcher by = BY.matcher(line);
            if (by.find()) {
                return by.group(1).strip();
            }
        }
        if (line.indexOf(':') >= 0) {
            Matcher labelledLine = LABELLED.matcher(line);
            if (labelledLine.find()) {
                return labelledLine.group(1).strip();
            }
        }
        if (line.isEmpty()) {
            return null;
        }
        String nextLower = next.toLowerCase(Locale.ROOT);
        if (AUTHOR_LABELS.contains(nextLower)) {
            return line;
        }
        boolean aboveReadingTime = FOLLOW.contains(nextLower)
                || (Chars.hasDigit(next) && READING_TIME.matcher(next).matches());
        return aboveReadingTime
                        && LONE_NAME.matcher(line).matches()
                        && !NOT_AUTHORS.contains(line.toLowerCase(Locale.ROOT))
                ? line
                : null;
    }

    // Every word of BY ("by", "par", "por", "von", "written by"...) ends in y, r or n, and is followed by
    // white space (\\s) then the name's capital (\\p{Lu}, a code point): a line without that is not tried.
    private static boolean mayNameByWord(String line) {
        for (int i = 2; i < line.length(); i++) {
            char last = line.charAt(i - 1);
            if (isRegexSpace(line.charAt(i)) && (last == 'y' || last == 'r' || last == 'n')) {
                int name = i + 1;
                while (name < line.length() && isRegexSpace(line.charAt(name))) {
                    name++;
                }
                if (name < line.length() && Character.getType(line.codePointAt(name)) == Character.UPPERCASE_LETTER) {
                    return true;
                }
            }
        }
        return false;
    }

    // what the regex class \\s holds without UNICODE_CHARACTER_CLASS
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
