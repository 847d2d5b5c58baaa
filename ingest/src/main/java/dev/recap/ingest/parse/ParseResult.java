package dev.recap.ingest.parse;

import java.util.Objects;

/**
 * What a parser made of one input: a post, or a skip with a reason. Parsers return one of these for any
 * content, however bad; they never throw on content.
 */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Skipped {

    /** A post was read. */
    record Parsed(ParsedPost post) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(post, "post");
        }
    }

    /** The input was refused, with a reason code and a message for a human. */
    record Skipped(SkipReason reason, String message) implements ParseResult {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    static ParseResult parsed(ParsedPost post) {
        return new Parsed(post);
    }

    static ParseResult skipped(SkipReason reason, String message) {
        return new Skipped(reason, message);
    }
}
