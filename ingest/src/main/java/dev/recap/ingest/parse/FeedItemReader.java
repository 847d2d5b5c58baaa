package dev.recap.ingest.parse;

import dev.recap.events.DateSource;
import dev.recap.events.PostFormat;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one {@link FeedItem} into a {@link ParsedPost}: title, author, dates, link and categories from
 * the item; sections from its HTML with the same content logic as {@link HtmlPostParser}, or from the
 * linked article when the caller fetched it (an item that carries only a summary).
 */
public final class FeedItemReader {

    /**
     * The post of {@code item} in a feed of {@code format}; {@code articleHtml} is the linked page when it
     * was fetched, else {@code null}. Skipped when the item has no title and no text.
     */
    public ParseResult read(FeedItem item, PostFormat format, String articleHtml) {
        Objects.requireNonNull(item, "item");
        List<Section> sections = articleHtml != null ? articleSections(articleHtml) : fragmentSections(item.html());
        String title = item.title() != null ? item.title() : MarkdownPostParser.titleFromContent(sections);
        if (title == null || title.isBlank()) {
            return ParseResult.skipped(SkipReason.NO_TITLE, "feed item " + item.identity() + " has no title or text");
        }
        ParsedPost post = ParsedPost.builder(format)
                .title(SummaryPicker.shorten(Jsoup.parse(title).text(), MarkdownPostParser.MAX_TITLE_CHARS))
                .author(item.author())
                // the item's own date, in the offset the feed wrote it
                .published(item.published(), DateSource.FEED)
                .updated(item.updated())
                .tags(item.categories())
                .canonicalUrl(item.link())
                .sections(sections)
                .build();
        return ParseResult.parsed(post);
    }

    private static List<Section> articleSections(String html) {
        Document page = Jsoup.parse(html);
        return HtmlContent.sections(HtmlContent.main(page).clone());
    }

    private static List<Section> fragmentSections(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        return HtmlContent.sections(fragment.body());
    }
}
