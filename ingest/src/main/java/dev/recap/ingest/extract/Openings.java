package dev.recap.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips what a pattern anchored at the start ("^...") matches there: one attempt, not a search. */
final class Openings {

    private Openings() {}

    /**
     * {@code text} without the match of {@code opening} at its start, or {@code text} when it does not open
     * so: what {@code replaceFirst("")} gives for a pattern that can only match at the start, without trying
     * every other position first.
     */
    static String strip(Pattern opening, String text) {
        Matcher m = opening.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }
}
