package dev.recap.ingest.source;

import dev.recap.ingest.parse.ContentDecoder;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Articles fetched with the {@link SafeFetcher}; a page that cannot be fetched leaves the item's summary in place. */
public final class FetchedArticles implements ArticleSource {

    private static final Logger LOG = LoggerFactory.getLogger(FetchedArticles.class);
    private final SafeFetcher fetcher;

    public FetchedArticles(SafeFetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    @Override
    public Optional<String> article(String url) {
        try {
            return Optional.of(ContentDecoder.decode(fetcher.fetch(url).bytes()));
        } catch (FetchException e) {
            LOG.warn("Keeping the feed's summary: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
