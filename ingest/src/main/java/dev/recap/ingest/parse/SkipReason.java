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
    PARSER_FAILURE("parser-failure"),
    NOT_A_POST("not-a-post"),
    INVALID_FEED("invalid-feed"),
    INVALID_FEED_LIST("invalid-feed-list"),
    INVALID_SCHEDULE("invalid-schedule"),
    INVALID_EVENT("invalid-event"),
    URL_REFUSED("url-refused"),
    FETCH_FAILED("fetch-failed");

    private final String code;

    SkipReason(String code) {
        this.code = Objects.requireNonNull(code);
    }

    /** A short, stable, kebab-case reason code. */
    public String code() {
        return code;
    }
}
