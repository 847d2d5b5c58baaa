package dev.recap.ingest.parse;

/** The kind of an input, recognised from its content (never from its file name): one post, a feed, a feed list or a schedule. */
public enum ContentKind {
    /** Markdown opening with a {@code ---} YAML front matter block. */
    MARKDOWN_YAML,
    /** Markdown opening with a {@code +++} TOML front matter block. */
    MARKDOWN_TOML,
    /** Markdown without front matter. */
    MARKDOWN,
    /** An HTML page. */
    HTML,
    /** Anything else: bare text. */
    TEXT,
    /** An RSS feed ({@code <rss>} or RSS 1.0 {@code <rdf:RDF>}): many posts. */
    RSS,
    /** An Atom feed ({@code <feed xmlns="http://www.w3.org/2005/Atom">}): many posts. */
    ATOM,
    /** An OPML outline listing feeds. */
    OPML,
    /** An iCalendar ({@code BEGIN:VCALENDAR}) conference schedule. */
    ICAL;

    /** True for the kinds that hold one post (markdown, HTML, text). */
    public boolean isSinglePost() {
        return switch (this) {
            case MARKDOWN_YAML, MARKDOWN_TOML, MARKDOWN, HTML, TEXT -> true;
            case RSS, ATOM, OPML, ICAL -> false;
        };
    }
}
