package dev.recap.ingest.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One heading of a post and the plain text directly under it, up to the next heading of any level.
 * Level 0 holds the text before the first heading; paragraphs inside {@code text} are separated by a
 * blank line.
 */
public record Section(int level, String heading, String text) {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    public Section {
        if (level < 0 || level > 6) {
            throw new IllegalArgumentException("heading level must be 0..6, was " + level);
        }
        heading = Objects.requireNonNull(heading, "heading").strip();
        text = Objects.requireNonNull(text, "text").strip();
        if (level > 0 && heading.isEmpty()) {
            throw new IllegalArgumentException("a heading of level " + level + " needs text");
        }
    }

    /** The non-blank paragraphs of {@link #text()}, in order. */
    public List<String> paragraphs() {
        return Arrays.stream(BLANK_LINE.split(text))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
