package dev.recap.ingest.parse;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.recap.events.PostFormat;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.xml.sax.InputSource;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME into its {@link FeedItem}s. DOCTYPEs, and so
 * any XML entity, are refused (ROME's default, kept explicitly): such a feed is skipped with a reason.
 */
public final class FeedParser {

    /** The items of the feed in {@code content}, or a skip when it is not a well-formed feed. */
    public DocumentResult parse(byte[] content) {
        Objects.requireNonNull(content, "content");
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(content)));
        } catch (FeedException | IllegalArgumentException e) {
            return DocumentResult.skipped(SkipReason.INVALID_FEED, "not a readable feed: " + message(e));
        }
        PostFormat format =
                feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? PostFormat.ATOM : PostFormat.RSS;
        List<FeedItem> items = feed.getEntries().stream().map(FeedParser::item).toList();
        return new DocumentResult.Feed(format, blankToNull(feed.getTitle()), items);
    }

    private static FeedItem item(SyndEntry entry) {
        String content = entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        String summary =
                entry.getDescription() == null ? null : entry.getDescription().getValue();
        boolean summaryOnly = content.isBlank();
        return new FeedItem(
                blankToNull(entry.getTitle()),
                blankToNull(entry.getAuthor()),
                time(entry.getPublishedDate()),
                time(entry.getUpdatedDate()),
                blankToNull(entry.getLink()),
                blankToNull(entry.getUri()),
                entry.getCategories().stream()
                        .map(SyndCategory::getName)
                        .filter(Objects::nonNull)
                        .toList(),
                summaryOnly ? summary : content,
                summaryOnly);
    }

    // ROME gives java.util.Date: the item's own offset is lost, so times are in UTC.
    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String message(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("DOCTYPE") || message.contains("DocType")) {
            return "it declares a DOCTYPE, which is refused (no XML entities)";
        }
        return message;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
