package dev.recap.ingest.parse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One item of an RSS or Atom feed as the feed states it: title, author, dates, link, GUID (Atom id),
 * categories, and its HTML, either full content ({@code content:encoded}, Atom content) or only a
 * summary ({@code description}, Atom summary). Dates keep the offset the feed wrote. {@code xml} is the
 * item as the feed holds it, kept for a dead letter when the item cannot be read. Absent values are {@code
 * null}.
 */
public record FeedItem(
        String title,
        String author,
        OffsetDateTime published,
        OffsetDateTime updated,
        String link,
        String guid,
        List<String> categories,
        String html,
        boolean summaryOnly,
        String xml) {

    public FeedItem {
        categories = List.copyOf(categories);
        html = Objects.requireNonNullElse(html, "");
    }

    /** The identity used to tell items apart across polls: the GUID, else the link, else the title. */
    public String identity() {
        if (guid != null && !guid.isBlank()) {
            return "guid:" + guid.strip();
        }
        if (link != null && !link.isBlank()) {
            return "link:" + link.strip();
        }
        return "title:" + Objects.requireNonNullElse(title, "").strip();
    }
}
