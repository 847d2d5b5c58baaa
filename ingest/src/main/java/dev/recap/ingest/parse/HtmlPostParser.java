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
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an HTML page into a {@link ParsedPost}: metadata from {@code <meta>} (Open Graph, article
 * properties), {@code <link rel=canonical>}, {@code <time datetime>} and {@code <h1>}; text from the
 * page's main content only (see {@link HtmlContent}).
 */
public final class HtmlPostParser {

    // parsed once: a page is read with the same queries every time
    private static final Evaluator AUTHOR_CLASSES =
            QueryParser.parse(".author, .byline .author, .post-author, .entry-author");
    private static final Evaluator P_AUTHOR = QueryParser.parse(".p-author");
    private static final Evaluator ITEMPROP_AUTHOR = QueryParser.parse("[itemprop=author]");
    private static final Evaluator ITEMPROP_AUTHOR_NAME = QueryParser.parse("[itemprop=author] [itemprop=name]");
    private static final Evaluator ITEMPROP_DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished][datetime]");
    private static final Evaluator REL_AUTHOR = QueryParser.parse("a[rel=author], [rel=author]");
    private static final Evaluator A_REL_TAG = QueryParser.parse("a[rel~=tag]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator HTML_LANG = QueryParser.parse("html[lang]");
    private static final Evaluator LINK_REL_CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator META_ARTICLE_TAG = QueryParser.parse("meta[property=article:tag]");
    private static final Evaluator TIME_DATETIME = QueryParser.parse("time[datetime]");
    private static final Evaluator META_DATE_PUBLISHED = QueryParser.parse("meta[itemprop=datePublished]");
    private static final Evaluator META_NAME_AUTHOR = QueryParser.parse("meta[name=author]");
    private static final Evaluator META_NAME_KEYWORDS = QueryParser.parse("meta[name=keywords]");
    private static final Evaluator META_MODIFIED_TIME = QueryParser.parse("meta[property=article:modified_time]");
    private static final Evaluator META_PUBLISHED_TIME = QueryParser.parse("meta[property=article:published_time]");
    private static final Evaluator META_OG_TITLE = QueryParser.parse("meta[property=og:title]");
    private static final Evaluator META_OG_UPDATED_TIME = QueryParser.parse("meta[property=og:updated_time]");
    private static final Evaluator META_OG_URL = QueryParser.parse("meta[property=og:url]");

    /** The post in {@code html}, or a skip when the page has no title, heading or text at all. */
    public ParseResult parse(String html) {
        Document document = Jsoup.parse(html);
        Element main = HtmlContent.main(document);
        String title = firstNonBlank(text(main.selectFirst(H1)), meta(document, META_OG_TITLE), document.title());
        List<Section> sections = HtmlContent.sections(main.clone());
        title = title != null ? title : MarkdownPostParser.titleFromContent(sections);
        if (title == null) {
            return ParseResult.skipped(SkipReason.NO_TITLE, "no <h1>, <title> or text in the page");
        }
        ParsedPost post = ParsedPost.builder(PostFormat.HTML)
                .title(SummaryPicker.shorten(title, MarkdownPostParser.MAX_TITLE_CHARS))
                .author(author(document, main))
                .published(published(document, main), DateSource.HTML_META)
                .updated(PostDates.parse(
                        firstNonBlank(meta(document, META_MODIFIED_TIME), meta(document, META_OG_UPDATED_TIME))))
                .fallbackLanguage(attr(document.selectFirst(HTML_LANG), "lang"))
                .tags(tags(document))
                .tags(main.select(A_REL_TAG).eachText())
                .canonicalUrl(attr(document.selectFirst(LINK_REL_CANONICAL), "href"))
                .canonicalUrl(meta(document, META_OG_URL))
                .sections(sections)
                .build();
        return ParseResult.parsed(post);
    }

    private static String author(Document document, Element main) {
        return firstNonBlank(
                meta(document, META_NAME_AUTHOR),
                text(document.selectFirst(ITEMPROP_AUTHOR_NAME)),
                text(document.selectFirst(ITEMPROP_AUTHOR)),
                text(document.selectFirst(REL_AUTHOR)),
                text(document.selectFirst(P_AUTHOR)),
                text(main.selectFirst(AUTHOR_CLASSES)));
    }

    private static OffsetDateTime published(Document document, Element main) {
        return PostDates.parse(firstNonBlank(
                meta(document, META_PUBLISHED_TIME),
                meta(document, META_DATE_PUBLISHED),
                attr(document.selectFirst(ITEMPROP_DATE_PUBLISHED), "datetime"),
                attr(main.selectFirst(TIME_DATETIME), "datetime")));
    }

    private static List<String> tags(Document document) {
        List<String> tags = new ArrayList<>();
        document.select(META_ARTICLE_TAG).forEach(m -> tags.add(m.attr("content")));
        String keywords = meta(document, META_NAME_KEYWORDS);
        if (keywords != null) {
            tags.addAll(Arrays.asList(keywords.split(",")));
        }
        return tags;
    }

    private static String meta(Document document, Evaluator query) {
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
