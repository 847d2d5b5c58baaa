package dev.recap.app.score;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Title normalisation and similarity of {@code score-extraction}: case, accents, punctuation, HTML tags
 * and {@code Keynote:}-style prefixes removed; similarity = max(difflib ratio, 0.9 × token containment),
 * containment counting only when both titles have 3 tokens or more.
 */
final class Titles {

    private static final List<String> PREFIXES =
            List.of("keynote", "lightning talk", "tutorial", "panel discussion", "panel", "contribfest");
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^0-9a-z]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Titles() {}

    /** The normalised form of {@code value} (any value; {@code null} gives the empty string). */
    static String normalise(Object value) {
        if (value == null) {
            return "";
        }
        String s = Fields.pythonString(value)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"');
        s = TAGS.matcher(s).replaceAll(" ");
        s = caseFold(stripAccents(s)).strip();
        for (String prefix : PREFIXES) {
            if (s.startsWith(prefix + ":") || s.startsWith(prefix + " -")) {
                s = s.substring(prefix.length() + 1);
            }
        }
        s = s.replace("'", "");
        s = NOT_ALPHANUMERIC.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** How alike two titles are, in [0, 1]; 0 when either is empty after normalisation. */
    static double similarity(Object first, Object second) {
        String a = normalise(first);
        String b = normalise(second);
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        double ratio = SequenceMatcher.ratio(a, b);
        Set<String> tokensA = new HashSet<>(List.of(a.split(" ")));
        Set<String> tokensB = new HashSet<>(List.of(b.split(" ")));
        int smaller = Math.min(tokensA.size(), tokensB.size());
        Set<String> shared = new HashSet<>(tokensA);
        shared.retainAll(tokensB);
        double containment = smaller >= 3 ? (double) shared.size() / smaller : 0.0;
        return Math.max(ratio, 0.9 * containment);
    }

    private static String stripAccents(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }

    // Python's casefold() also folds ß to ss, which lower case does not
    private static String caseFold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("ß", "ss");
    }
}
