package dev.recap.ingest.parse;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.recap.events.PostFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME into its {@link FeedItem}s, each with its dates
 * in the offset the feed wrote and its own XML. DOCTYPEs, and so any XML entity, are refused (ROME's
 * default, kept explicitly): such a feed is skipped with a reason.
 */
public final class FeedParser {

    /** The items of the feed in {@code content}, or a skip when it is not a well-formed feed. */
    public DocumentResult parse(byte[] content) {
        Objects.requireNonNull(content, "content");
        SyndFeed feed;
        List<Element> elements;
        try {
            Document document = new FeedXml().read(content);
            feed = new SyndFeedInput(false, Locale.ROOT).build(document);
            elements = FeedXml.items(document);
        } catch (JDOMException | IOException | FeedException | IllegalArgumentException e) {
            return DocumentResult.skipped(SkipReason.INVALID_FEED, "not a readable feed: " + message(e));
        }
        PostFormat format =
                feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? PostFormat.ATOM : PostFormat.RSS;
        List<SyndEntry> entries = feed.getEntries();
        // ROME keeps the items in document order; should it ever not, dates stay in UTC and no XML is kept
        boolean aligned = elements.size() == entries.size();
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            items.add(item(entries.get(i), aligned ? elements.get(i) : null));
        }
        return new DocumentResult.Feed(format, blankToNull(feed.getTitle()), items);
    }

    private static FeedItem item(SyndEntry entry, Element element) {
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
                FeedDates.withOffset(entry.getPublishedDate(), element),
                FeedDates.withOffset(entry.getUpdatedDate(), element),
                blankToNull(entry.getLink()),
                blankToNull(entry.getUri()),
                entry.getCategories().stream()
                        .map(SyndCategory::getName)
                        .filter(Objects::nonNull)
                        .toList(),
                summaryOnly ? summary : content,
                summaryOnly,
                element == null ? null : FeedXml.xml(element));
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
