package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project Recap recognises by name, with the spellings that name it. Names that are also common
 * words (Flux, Kepler, Harbor) match only as written and, when {@code needsContext}, only with
 * cloud-native words nearby ("Kubernetes", "cluster", "CNCF"...); the others may match in any case.
 */
public record Project(String name, List<Pattern> spellings, boolean needsContext) {

    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public Project {
        Objects.requireNonNull(name, "name");
        spellings = List.copyOf(spellings);
    }

    public Project(String name, List<Pattern> spellings) {
        this(name, spellings, false);
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

    /** This project, matched only where cloud-native words are near. */
    public Project inContextOnly() {
        return new Project(name, spellings, true);
    }

    /** The offset of the first mention of this project in {@code text}, or -1. */
    public int firstMentionIn(String text) {
        MentionContext context = new MentionContext(text);
        int first = -1;
        for (Pattern spelling : spellings) {
            Matcher m = spelling.matcher(text);
            while (m.find() && (first < 0 || m.start() < first)) {
                if (!needsContext || context.holds(m.start(), m.end())) {
                    first = m.start();
                    break;
                }
            }
        }
        return first;
    }

    /** True when the match of a spelling at [{@code start}, {@code end}) of the text of {@code context} names this project. */
    boolean acceptsMentionAt(MentionContext context, int start, int end) {
        return !needsContext || context.holds(start, end);
    }

    /**
     * The first word of {@code spelling} in lower case when it is a literal of {@link #literal} that opens on
     * a letter or digit: a match can only start at a word that is this one. Empty for other patterns.
     */
    static Optional<String> firstWord(Pattern spelling) {
        String regex = spelling.pattern();
        int quote = regex.indexOf("\\Q");
        if (quote < 0 || !regex.startsWith(BEFORE + "(?:\\Q")) {
            return Optional.empty();
        }
        String literal = regex.substring(quote + 2, regex.indexOf("\\E", quote));
        Matcher word = WORD.matcher(literal);
        return word.lookingAt() ? Optional.of(word.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** A whole-word pattern for the literal {@code spelling} (spaces also match hyphens). */
    static Pattern literal(String spelling, boolean ignoreCase) {
        String regex = Pattern.quote(spelling).replace(" ", "\\E[\\s-]\\Q");
        return word(regex, ignoreCase);
    }

    private static Pattern word(String regex, boolean ignoreCase) {
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile(BEFORE + "(?:" + regex + ")" + AFTER, flags);
    }
}
