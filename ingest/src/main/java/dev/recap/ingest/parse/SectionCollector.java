package dev.recap.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a post's text into {@link Section}s as a parser walks it: text blocks go under the last
 * heading seen (level 0 before the first), blank headings and blank blocks are ignored.
 */
final class SectionCollector {

    private final List<Section> sections = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();
    private int level;
    private String heading = "";

    /** Starts a section under a heading of {@code level} (1..6); a blank heading starts nothing. */
    void heading(int level, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        flush();
        this.level = level;
        this.heading = text.strip();
    }

    /** Adds a paragraph-like block of text to the current section. */
    void block(String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(text.strip());
        }
    }

    /** The sections collected so far, the current one included. */
    List<Section> sections() {
        flush();
        return List.copyOf(sections);
    }

    private void flush() {
        if (level > 0 || !blocks.isEmpty()) {
            sections.add(new Section(level, heading, String.join("\n\n", blocks)));
        }
        blocks.clear();
        level = 0;
        heading = "";
    }
}
