package dev.recap.ingest.parse;

import java.util.Objects;

/**
 * The entry point of parsing: takes the raw bytes of one input, recognises its kind from the content
 * (see {@link FormatDetector}) and hands it to the matching parser. Empty and binary inputs are skipped
 * with a reason, and so are feeds, feed lists and schedules (see {@link DocumentParser}); nothing here
 * throws on content.
 */
public final class PostParser {

    private final MarkdownPostParser markdown = new MarkdownPostParser();
    private final HtmlPostParser html = new HtmlPostParser();
    private final TextPostParser text = new TextPostParser();

    /** The post in {@code content}, or a skip with its reason. */
    public ParseResult parse(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0) {
            return ParseResult.skipped(SkipReason.EMPTY, "the input is empty");
        }
        if (ContentDecoder.looksBinary(content)) {
            return ParseResult.skipped(SkipReason.BINARY, "the input looks binary (NUL or control bytes)");
        }
        return parse(ContentDecoder.decode(content));
    }

    /** The post in already decoded {@code content}, or a skip with its reason. */
    public ParseResult parse(String content) {
        Objects.requireNonNull(content, "content");
        if (content.isBlank()) {
            return ParseResult.skipped(SkipReason.EMPTY, "the input holds only white space");
        }
        return parse(content, FormatDetector.detect(content));
    }

    /** The post in decoded {@code content} whose kind is already known to be {@code kind}. */
    ParseResult parse(String content, ContentKind kind) {
        return switch (kind) {
            case MARKDOWN_YAML, MARKDOWN_TOML, MARKDOWN -> markdown.parse(content);
            case HTML -> html.parse(content);
            case TEXT -> text.parse(content);
            case RSS, ATOM, OPML, ICAL ->
                ParseResult.skipped(
                        SkipReason.NOT_A_POST,
                        "the input is " + FormatDetector.describe(kind)
                                + ", not one post; read it with DocumentParser");
        };
    }
}
