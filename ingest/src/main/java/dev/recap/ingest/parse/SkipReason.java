package dev.recap.ingest.parse;

import java.util.Objects;

/** Why an input was not turned into a post; the code is what a dead letter carries as its error class. */
public enum SkipReason {
    EMPTY("empty"),
    BINARY("binary"),
    TOO_LARGE("too-large"),
    UNREADABLE("unreadable"),
    NO_TITLE("no-title"),
    INVALID_FRONT_MATTER("invalid-front-matter"),
    PARSER_FAILURE("parser-failure");

    private final String code;

    SkipReason(String code) {
        this.code = Objects.requireNonNull(code);
    }

    /** A short, stable, kebab-case reason code. */
    public String code() {
        return code;
    }
}
