package dev.recap.ingest.parse;

import java.util.Objects;

/**
 * The front matter block of a markdown post, unparsed, and the body after it. A post without a closed
 * front matter block has kind {@link Kind#NONE}, empty {@code raw}, and the whole text as body.
 */
public record FrontMatter(Kind kind, String raw, String body) {

    /** The syntax of a front matter block. */
    public enum Kind {
        NONE,
        YAML,
        TOML
    }

    public FrontMatter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(body, "body");
    }

    static FrontMatter none(String text) {
        return new FrontMatter(Kind.NONE, "", text);
    }
}
