package dev.recap.ingest;

import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.extract.TalkExtractor;
import dev.recap.ingest.parse.DocumentResult;
import dev.recap.ingest.parse.FeedItem;
import dev.recap.ingest.parse.FeedItemReader;
import dev.recap.ingest.parse.ParseResult;
import dev.recap.ingest.parse.SkipReason;
import dev.recap.ingest.parse.SkippedItem;
import dev.recap.ingest.source.ArticleSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns feed items into extracted posts, one per item. An item that carries only a summary and a link
 * gets its article from the {@link ArticleSource}, parsed as an HTML page; when that gives nothing, the
 * summary stands in. An item that cannot be read, or that a parser fails on, is left out with its reason
 * and its XML, and the other items are kept.
 */
public final class FeedPosts {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPosts.class);
    private final TalkExtractor extractor;
    private final ArticleSource articles;
    private final FeedItemReader reader = new FeedItemReader();

    public FeedPosts(TalkExtractor extractor, ArticleSource articles) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    FeedPosts withArticles(ArticleSource source) {
        return new FeedPosts(extractor, source);
    }

    TalkExtractor extractor() {
        return extractor;
    }

    /** The posts of {@code items}, which belong to {@code feed} (all of its items, or the new ones). */
    public DocumentOutcome.Feed extract(DocumentResult.Feed feed, List<FeedItem> items) {
        List<PostExtraction> posts = new ArrayList<>();
        List<SkippedItem> skipped = new ArrayList<>();
        for (FeedItem item : items) {
            try {
                String article = item.summaryOnly() && item.link() != null
                        ? articles.article(item.link()).orElse(null)
                        : null;
                ParseResult result = reader.read(item, feed.format(), article);
                if (result instanceof ParseResult.Parsed parsed) {
                    posts.add(extractor.extract(parsed.post()));
                } else {
                    ParseResult.Skipped skip = (ParseResult.Skipped) result;
                    skipped.add(new SkippedItem(skip.reason(), skip.message(), xml(item)));
                }
            } catch (RuntimeException e) {
                // a parser bug on one item: that item is kept as a dead letter, the feed's other items go on
                LOG.error("Parser failed on feed item {}", item.identity(), e);
                skipped.add(new SkippedItem(
                        SkipReason.PARSER_FAILURE, "feed item " + item.identity() + ": " + e, xml(item)));
            }
        }
        return new DocumentOutcome.Feed(feed.format(), posts, skipped);
    }

    private static byte[] xml(FeedItem item) {
        return item.xml() == null ? null : item.xml().getBytes(StandardCharsets.UTF_8);
    }
}
