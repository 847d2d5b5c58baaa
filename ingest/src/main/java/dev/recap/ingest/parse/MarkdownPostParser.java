package dev.recap.ingest.parse;

import dev.recap.events.DateSource;
import dev.recap.events.PostFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.parser.Parser;

/**
 * Reads a markdown post, with or without YAML/TOML front matter, into a {@link ParsedPost}. Metadata
 * comes from the front matter; the publication time only from {@code date} or {@code publishDate}
 * ({@code lastmod}/{@code updated} are the update time), never from the file.
 */
public final class MarkdownPostParser {

    static final int MAX_TITLE_CHARS = 200;
    private static final int BYLINE_SECTIONS = 3;
    private static final int BYLINE_PARAGRAPHS = 4;
    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** The post in {@code text} (decoded), or a skip when its front matter is unreadable or it has no title. */
    public ParseResult parse(String text) {
        FrontMatter frontMatter = FrontMatterSplitter.split(text);
        FrontMatterFields fields;
        try {
            fields = FrontMatterReader.read(frontMatter);
        } catch (InvalidFrontMatterException e) {
            return ParseResult.skipped(SkipReason.INVALID_FRONT_MATTER, e.getMessage());
        }
        List<Section> sections = MarkdownSections.of((Document) parser.parse(frontMatter.body()));
        String title = fields.text("title");
        title = title != null ? title : titleFromContent(sections);
        if (title == null) {
            return ParseResult.skipped(SkipReason.NO_TITLE, "no title in front matter, no heading and no text");
        }
        Byline.Stated byline = Byline.in(firstLines(sections));
        OffsetDateTime date = fields.dateTime("date", "publishdate");
        ParsedPost post = ParsedPost.builder(PostFormat.MARKDOWN)
                .title(title)
                .author(Optional.ofNullable(fields.text("author", "authors")).orElse(byline.author()))
                .published(
                        date != null ? date : byline.date(), date != null ? DateSource.FRONT_MATTER : DateSource.TEXT)
                .updated(fields.dateTime("lastmod", "updated", "modified"))
                .language(fields.text("lang", "language", "languagecode"))
                .tags(fields.list("tags", "categories", "keywords"))
                .canonicalUrl(fields.text("canonical", "canonicalurl", "canonical_url", "url", "permalink"))
                .sections(sections)
                .build();
        return ParseResult.parsed(post);
    }

    // The lines of the first paragraphs, where a post without front matter states its author and date.
    private static List<String> firstLines(List<Section> sections) {
        List<String> lines = new ArrayList<>();
        for (Section section : sections.subList(0, Math.min(BYLINE_SECTIONS, sections.size()))) {
            for (String paragraph : section.paragraphs(BYLINE_PARAGRAPHS)) {
                paragraph.lines().forEach(lines::add);
            }
        }
        return lines;
    }

    /** The first level-1 heading, else the first heading, else the first line of text. */
    static String titleFromContent(List<Section> sections) {
        return sections.stream()
                .filter(s -> s.level() == 1)
                .map(Section::heading)
                .findFirst()
                .or(() -> sections.stream()
                        .filter(s -> s.level() > 0)
                        .map(Section::heading)
                        .findFirst())
                .or(() -> sections.stream()
                        .flatMap(s -> s.text().lines())
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .findFirst())
                .map(t -> SummaryPicker.shorten(t, MAX_TITLE_CHARS))
                .orElse(null);
    }
}
