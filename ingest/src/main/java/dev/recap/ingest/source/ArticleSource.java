package dev.recap.ingest.source;

import java.util.Optional;

/**
 * Where the full article of a feed item that carries only a summary comes from: the safe fetcher when
 * ingesting, nothing when parsing offline ({@code recap extract}), where the summary stands in.
 */
@FunctionalInterface
public interface ArticleSource {

    /** The HTML of the page at {@code url}, or empty when it cannot or should not be fetched. */
    Optional<String> article(String url);

    /** No fetching: summary-only items keep their summary. */
    static ArticleSource none() {
        return url -> Optional.empty();
    }
}
