package dev.recap.ingest.parse;

import dev.recap.events.DateSource;
import dev.recap.events.PostFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page into a {@link ParsedPost}: metadata from {@code <meta>} (Open Graph, article
 * properties), {@code <link rel=canonical>}, {@code <time datetime>} and {@code <h1>}; text from the
 * page's main content only (see {@link HtmlContent}).
 */
public final class HtmlPostParser {

    /** The post in {@code html}, or a skip when the page has no title, heading or text at all. */
    public ParseResult parse(String html) {
        Document document = Jsoup.parse(html);
        Element main = HtmlContent.main(document);
        String title = firstNonBlank(
                text(main.selectFirst("h1")), meta(document, "meta[property=og:title]"), document.title());
        List<Section> sections = HtmlContent.sections(main.clone());
        title = title != null ? title : MarkdownPostParser.titleFromContent(sections);
        if (title == null) {
            return ParseResult.skipped(SkipReason.NO_TITLE, "no <h1>, <title> or text in the page");
        }
        ParsedPost post = ParsedPost.builder(PostFormat.HTML)
                .title(SummaryPicker.shorten(title, MarkdownPostParser.MAX_TITLE_CHARS))
                .author(author(document, main))
                .published(published(document, main), DateSource.HTML_META)
                .updated(PostDates.parse(firstNonBlank(
                        meta(document, "meta[property=article:modified_time]"),
                        meta(document, "meta[property=og:updated_time]"))))
                .fallbackLanguage(attr(document.selectFirst("html[lang]"), "lang"))
                .tags(tags(document))
                .tags(main.select("a[rel~=tag]").eachText())
                .canonicalUrl(attr(document.selectFirst("link[rel=canonical]"), "href"))
                .canonicalUrl(meta(document, "meta[property=og:url]"))
                .sections(sections)
                .build();
        return ParseResult.parsed(post);
    }

    private static String author(Document document, Element main) {
        return firstNonBlank(
                meta(document, "meta[name=author]"),
                text(document.selectFirst("[itemprop=author] [itemprop=name]")),
                text(document.selectFirst("[itemprop=author]")),
                text(document.selectFirst("a[rel=author], [rel=author]")),
                text(document.selectFirst(".p-author")),
                text(main.selectFirst(".author, .byline .author, .post-author, .entry-author")));
    }

    private static OffsetDateTime published(Document document, Element main) {
        return PostDates.parse(firstNonBlank(
                meta(document, "meta[property=article:published_time]"),
                meta(document, "meta[itemprop=datePublished]"),
                attr(document.selectFirst("[itemprop=datePublished][datetime]"), "datetime"),
                attr(main.selectFirst("time[datetime]"), "datetime")));
    }

    private static List<String> tags(Document document) {
        List<String> tags = new ArrayList<>();
        document.select("meta[property=article:tag]").forEach(m -> tags.add(m.attr("content")));
        String keywords = meta(document, "meta[name=keywords]");
        if (keywords != null) {
            tags.addAll(Arrays.asList(keywords.split(",")));
        }
        return tags;
    }

    private static String meta(Document document, String query) {
        return attr(document.selectFirst(query), "content");
    }

    private static String attr(Element element, String name) {
        return element == null || !element.hasAttr(name)
                ? null
                : element.attr(name).strip();
    }

    private static String text(Element element) {
        return element == null ? null : element.text().strip();
    }

    private static String firstNonBlank(String... values) {
        return Stream.of(values)
                .filter(Objects::nonNull)
                .filter(v -> !v.isBlank())
                .findFirst()
                .orElse(null);
    }
}
