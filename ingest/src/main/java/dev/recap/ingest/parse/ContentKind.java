package dev.recap.ingest.parse;

/** The kind of an input, recognised from its content (never from its file name). */
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
    TEXT
}
