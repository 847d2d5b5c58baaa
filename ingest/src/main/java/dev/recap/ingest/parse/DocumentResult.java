package dev.recap.ingest.parse;

import dev.recap.events.PostFormat;
import java.util.List;
import java.util.Objects;

/**
 * What one input holds: one post, a feed of items, a feed list, a conference schedule, or nothing usable
 * (a skip with a reason). Parsers return one of these for any content; they never throw on content.
 */
public sealed interface DocumentResult
        permits DocumentResult.Post,
                DocumentResult.Feed,
                DocumentResult.FeedList,
                DocumentResult.Schedule,
                DocumentResult.Skipped {

    /** One post (markdown, HTML or text). */
    record Post(ParsedPost post) implements DocumentResult {
        public Post {
            Objects.requireNonNull(post, "post");
        }
    }

    /** An RSS or Atom feed and its items, in feed order; {@code title} may be {@code null}. */
    record Feed(PostFormat format, String title, List<FeedItem> items) implements DocumentResult {
        public Feed {
            Objects.requireNonNull(format, "format");
            items = List.copyOf(items);
        }
    }

    /** An OPML outline: the http(s) URLs of the feeds it lists, and the outlines it had to skip. */
    record FeedList(List<String> feeds, List<String> skipped) implements DocumentResult {
        public FeedList {
            feeds = List.copyOf(feeds);
            skipped = List.copyOf(skipped);
        }
    }

    /** An iCalendar schedule: its talks, and the events left out, each with why and its own text. */
    record Schedule(List<ScheduleEntry> talks, List<SkippedItem> skipped) implements DocumentResult {
        public Schedule {
            talks = List.copyOf(talks);
            skipped = List.copyOf(skipped);
        }
    }

    /** Nothing usable: a reason code and a message for a human. */
    record Skipped(SkipReason reason, String message) implements DocumentResult {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    static DocumentResult skipped(SkipReason reason, String message) {
        return new Skipped(reason, message);
    }
}
