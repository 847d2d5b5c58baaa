package dev.recap.ingest.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One heading of a post and the plain text directly under it, up to the next heading of any level.
 * Level 0 holds the text before the first heading; paragraphs inside {@code text} are separated by a
 * blank line. Besides the text, a section keeps what markup said about it: the phrases set in code,
 * bold or italics ({@code marked}), its links, and its code blocks (text that is never prose).
 */
public record Section(
        int level, String heading, String text, List<String> marked, List<Link> links, List<String> codeBlocks) {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    /** A link of the section: its visible text and its target. */
    public record Link(String text, String url) {
        public Link {
            text = Objects.requireNonNull(text, "text").strip();
            url = Objects.requireNonNull(url, "url").strip();
        }
    }

    public Section {
        if (level < 0 || level > 6) {
            throw new IllegalArgumentException("heading level must be 0..6, was " + level);
        }
        heading = Objects.requireNonNull(heading, "heading").strip();
        text = Objects.requireNonNull(text, "text").strip();
        if (level > 0 && heading.isEmpty()) {
            throw new IllegalArgumentException("a heading of level " + level + " needs text");
        }
        marked = List.copyOf(marked);
        links = List.copyOf(links);
        codeBlocks = codeBlocks.stream().map(String::strip).toList();
    }

    /** A section of plain text, without markup. */
    public Section(int level, String heading, String text) {
        this(level, heading, text, List.of(), List.of(), List.of());
    }

    /** The non-blank paragraphs of {@link #text()}, in order. */
    public List<String> paragraphs() {
        return Arrays.stream(BLANK_LINE.split(text))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** The paragraphs of {@link #text()} that are prose or lists, code blocks left out. */
    public List<String> proseParagraphs() {
        return paragraphs().stream().filter(p -> !isCode(p)).toList();
    }

    private boolean isCode(String paragraph) {
        return codeBlocks.stream().anyMatch(code -> code.contains(paragraph));
    }
}
