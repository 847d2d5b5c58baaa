package dev.recap.ingest;

import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.parse.ScheduleEntry;
import dev.recap.ingest.parse.SkipReason;
import java.util.List;
import java.util.Objects;

/**
 * What ingest made of one file: a post with its talks, the posts of a feed, the feeds of an OPML list,
 * the talks of a schedule, or a refusal with the reason and the original bytes.
 */
public sealed interface FileOutcome
        permits FileOutcome.Extracted,
                FileOutcome.FeedExtracted,
                FileOutcome.FeedList,
                FileOutcome.Schedule,
                FileOutcome.Rejected {

    SourceFile file();

    /** The file was read as a post. */
    record Extracted(SourceFile file, PostExtraction extraction) implements FileOutcome {
        public Extracted {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(extraction, "extraction");
        }
    }

    /** The file is an RSS or Atom feed: one post per item (items that could not be read are left out). */
    record FeedExtracted(SourceFile file, List<PostExtraction> extractions) implements FileOutcome {
        public FeedExtracted {
            Objects.requireNonNull(file, "file");
            extractions = List.copyOf(extractions);
        }
    }

    /** The file is an OPML list of feeds (not fetched here). */
    record FeedList(SourceFile file, List<String> feeds) implements FileOutcome {
        public FeedList {
            Objects.requireNonNull(file, "file");
            feeds = List.copyOf(feeds);
        }
    }

    /** The file is an iCalendar conference schedule. */
    record Schedule(SourceFile file, List<ScheduleEntry> talks) implements FileOutcome {
        public Schedule {
            Objects.requireNonNull(file, "file");
            talks = List.copyOf(talks);
        }
    }

    /** The file was refused; {@code original} is {@code null} when it could not be (or was not) read. */
    record Rejected(SourceFile file, byte[] original, SkipReason reason, String message) implements FileOutcome {
        public Rejected {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The file outcome of {@code file} from what was made of its content. */
    static FileOutcome of(SourceFile file, DocumentOutcome outcome) {
        if (outcome instanceof DocumentOutcome.Post post) {
            return new Extracted(file, post.extraction());
        } else if (outcome instanceof DocumentOutcome.Feed feed) {
            return new FeedExtracted(file, feed.posts());
        } else if (outcome instanceof DocumentOutcome.FeedList list) {
            return new FeedList(file, list.feeds());
        } else if (outcome instanceof DocumentOutcome.Schedule schedule) {
            return new Schedule(file, schedule.talks());
        }
        DocumentOutcome.Refused refused = (DocumentOutcome.Refused) outcome;
        return new Rejected(file, refused.original(), refused.reason(), refused.message());
    }
}
