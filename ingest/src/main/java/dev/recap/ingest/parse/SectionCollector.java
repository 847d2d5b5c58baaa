package dev.recap.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a post's text into {@link Section}s as a parser walks it: text blocks go under the last
 * heading seen (level 0 before the first), with the marked phrases, links and code blocks met on the
 * way; blank headings and blank blocks are ignored.
 */
final class SectionCollector {

    private final List<Section> sections = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();
    private final List<String> marked = new ArrayList<>();
    private final List<Section.Link> links = new ArrayList<>();
    private final List<String> code = new ArrayList<>();
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

    /** Adds a code block to the current section: part of its text, never read as prose. */
    void codeBlock(String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(text.strip());
            code.add(text.strip());
        }
    }

    /** Notes a phrase set in code, bold or italics in the current section. */
    void marked(String phrase) {
        if (phrase != null && !phrase.isBlank()) {
            marked.add(phrase.strip());
        }
    }

    /** Notes a link of the current section. */
    void link(String text, String url) {
        if (text != null && !text.isBlank() && url != null && !url.isBlank()) {
            links.add(new Section.Link(text, url));
        }
    }

    /** The sections collected so far, the current one included. */
    List<Section> sections() {
        flush();
        return List.copyOf(sections);
    }

    private void flush() {
        if (level > 0 || !blocks.isEmpty()) {
            sections.add(new Section(level, heading, String.join("\n\n", blocks), marked, links, code));
        }
        blocks.clear();
        marked.clear();
        links.clear();
        code.clear();
        level = 0;
        heading = "";
    }
}
