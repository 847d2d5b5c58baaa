package dev.recap.ingest.parse;

import java.util.Objects;

/**
 * The entry point for any input: recognises from the content whether the bytes hold one post, an RSS
 * or Atom feed, an OPML feed list or an iCalendar schedule, and hands them to the matching parser.
 * Empty and binary inputs are skipped with a reason; nothing here throws on content.
 */
public final class DocumentParser {

    private final PostParser posts;
    private final FeedParser feeds = new FeedParser();
    private final OpmlParser feedLists = new OpmlParser();
    private final ScheduleParser schedules = new ScheduleParser();

    /** A parser reading single posts with the standard {@link PostParser}. */
    public DocumentParser() {
        this(new PostParser());
    }

    /** A parser reading single posts with {@code posts}. */
    public DocumentParser(PostParser posts) {
        this.posts = Objects.requireNonNull(posts, "posts");
    }

    /** What {@code content} holds, or a skip with its reason. */
    public DocumentResult parse(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0) {
            return DocumentResult.skipped(SkipReason.EMPTY, "the input is empty");
        }
        if (ContentDecoder.looksBinary(content)) {
            return DocumentResult.skipped(SkipReason.BINARY, "the input looks binary (NUL or control bytes)");
        }
        String text = ContentDecoder.decode(content);
        if (text.isBlank()) {
            return DocumentResult.skipped(SkipReason.EMPTY, "the input holds only white space");
        }
        ContentKind kind = FormatDetector.detect(text);
        return switch (kind) {
            // XML parsers read the bytes themselves: the XML declaration names the encoding
            case RSS, ATOM -> feeds.parse(content);
            case OPML -> feedLists.parse(content);
            case ICAL -> schedules.parse(text);
            case MARKDOWN_YAML, MARKDOWN_TOML, MARKDOWN, HTML, TEXT -> post(posts.parse(text, kind));
        };
    }

    private static DocumentResult post(ParseResult result) {
        if (result instanceof ParseResult.Parsed parsed) {
            return new DocumentResult.Post(parsed.post());
        }
        ParseResult.Skipped skipped = (ParseResult.Skipped) result;
        return DocumentResult.skipped(skipped.reason(), skipped.message());
    }
}
