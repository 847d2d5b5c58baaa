package dev.recap.ingest;

import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.extract.TalkExtractor;
import dev.recap.ingest.parse.DocumentResult;
import dev.recap.ingest.parse.FeedItem;
import dev.recap.ingest.parse.FeedItemReader;
import dev.recap.ingest.parse.ParseResult;
import dev.recap.ingest.source.ArticleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns feed items into extracted posts, one per item. An item that carries only a summary and a link
 * gets its article from the {@link ArticleSource}, parsed as an HTML page; when that gives nothing, the
 * summary stands in. Items that cannot be read are left out with a reason.
 */
public final class FeedPosts {

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
        List<String> skipped = new ArrayList<>();
        for (FeedItem item : items) {
            String article = item.summaryOnly() && item.link() != null
                    ? articles.article(item.link()).orElse(null)
                    : null;
            ParseResult result = reader.read(item, feed.format(), article);
            if (result instanceof ParseResult.Parsed parsed) {
                posts.add(extractor.extract(parsed.post()));
            } else {
                skipped.add(((ParseResult.Skipped) result).message());
            }
        }
        return new DocumentOutcome.Feed(feed.format(), posts, skipped);
    }
}
