package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A project Recap recognises by name, with the spellings that name it. Names that are also common
 * words (Flux, Kepler, Backstage) match only as capitalised; the others match in any case.
 */
public record Project(String name, List<Pattern> spellings) {

    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    public Project {
        Objects.requireNonNull(name, "name");
        spellings = List.copyOf(spellings);
    }

    /** A project named {@code name}, matched by any of the regular expressions {@code anyCase}, ignoring case. */
    public static Project anyCase(String name, String... anyCase) {
        return new Project(
                name, List.of(anyCase).stream().map(s -> word(s, true)).toList());
    }

    /** A project matched by {@code exact} as written, and by {@code anyCase} ignoring case. */
    public static Project exact(String name, List<String> exact, String... anyCase) {
        List<Pattern> patterns = new ArrayList<>();
        exact.forEach(s -> patterns.add(word(s, false)));
        List.of(anyCase).forEach(s -> patterns.add(word(s, true)));
        return new Project(name, patterns);
    }

    /** The offset of the first mention of this project in {@code text}, or -1. */
    public int firstMentionIn(String text) {
        int first = -1;
        for (Pattern spelling : spellings) {
            var m = spelling.matcher(text);
            if (m.find() && (first < 0 || m.start() < first)) {
                first = m.start();
            }
        }
        return first;
    }

    private static Pattern word(String regex, boolean ignoreCase) {
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile(BEFORE + "(?:" + regex + ")" + AFTER, flags);
    }
}
