package dev.recap.ingest;

import dev.recap.events.PostFormat;
import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.parse.ScheduleEntry;
import dev.recap.ingest.parse.SkipReason;
import dev.recap.ingest.parse.SkippedItem;
import java.util.List;
import java.util.Objects;

/**
 * What ingest made of one input (a file or a URL), ready to publish: one post with its talks, the posts
 * of a feed, the feeds of a list, the talks of a schedule, or a refusal with the original bytes. A feed
 * or a schedule may also hold parts that were left out; each becomes a dead letter of its own.
 */
public sealed interface DocumentOutcome
        permits DocumentOutcome.Post,
                DocumentOutcome.Feed,
                DocumentOutcome.FeedList,
                DocumentOutcome.Schedule,
                DocumentOutcome.Refused {

    /** One post. */
    record Post(PostExtraction extraction) implements DocumentOutcome {
        public Post {
            Objects.requireNonNull(extraction, "extraction");
        }
    }

    /** The posts of a feed, one per item, and the items left out, each with why and its own XML. */
    record Feed(PostFormat format, List<PostExtraction> posts, List<SkippedItem> skipped) implements DocumentOutcome {
        public Feed {
            Objects.requireNonNull(format, "format");
            posts = List.copyOf(posts);
            skipped = List.copyOf(skipped);
        }
    }

    /** The feed URLs an OPML list names; fetching them is the caller's choice. */
    record FeedList(List<String> feeds, List<String> skipped) implements DocumentOutcome {
        public FeedList {
            feeds = List.copyOf(feeds);
            skipped = List.copyOf(skipped);
        }
    }

    /** The talks of a conference schedule, and the events left out, each with why and its own text. */
    record Schedule(List<ScheduleEntry> talks, List<SkippedItem> skipped) implements DocumentOutcome {
        public Schedule {
            talks = List.copyOf(talks);
            skipped = List.copyOf(skipped);
        }
    }

    /** The input was refused; {@code original} is {@code null} when it could not be (or was not) read. */
    record Refused(byte[] original, SkipReason reason, String message) implements DocumentOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
