package dev.recap.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One heading of a post and the plain text directly under it, up to the next heading of any level.
 * Level 0 holds the text before the first heading; paragraphs inside {@code text} are separated by a
 * blank line. Besides the text, a section keeps what markup said about it: the phrases set in code,
 * bold or italics ({@code marked}), its links, and its code blocks (text that is never prose).
 */
public record Section(
        int level, String heading, String text, List<String> marked, List<Link> links, List<String> codeBlocks) {

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
        return paragraphs(Integer.MAX_VALUE);
    }

    /** The first {@code limit} of {@link #paragraphs()}; the text after them is not read. */
    public List<String> paragraphs(int limit) {
        List<String> paragraphs = new ArrayList<>();
        if (limit <= 0) {
            return paragraphs;
        }
        int start = 0;
        int lineStart = 0;
        // a paragraph ends at a line holding nothing but white space
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', lineStart)) {
            if (lineStart > start && isBlank(text, lineStart, end)) {
                addParagraph(paragraphs, text.substring(start, lineStart));
                if (paragraphs.size() == limit) {
                    return paragraphs;
                }
                start = end + 1;
            }
            lineStart = end + 1;
        }
        if (paragraphs.size() < limit) {
            addParagraph(paragraphs, text.substring(Math.min(start, text.length())));
        }
        return paragraphs;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static void addParagraph(List<String> paragraphs, String paragraph) {
        String stripped = paragraph.strip();
        if (!stripped.isEmpty()) {
            paragraphs.add(stripped);
        }
    }

    /** The paragraphs of {@link #text()} that are prose or lists, code blocks left out. */
    public List<String> proseParagraphs() {
        return paragraphs().stream().filter(p -> !isCode(p)).toList();
    }

    private boolean isCode(String paragraph) {
        return codeBlocks.stream().anyMatch(code -> code.contains(paragraph));
    }
}
