package dev.recap.ingest;

import dev.recap.ingest.parse.SkipReason;
import dev.recap.ingest.source.FetchException;
import dev.recap.ingest.source.SafeFetcher;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests inputs given as URLs: fetches each with the {@link SafeFetcher}, publishes what it holds, and
 * fetches the feeds of a feed list once (a list inside a list is not followed, so there are no loops). A
 * URL that is refused or cannot be fetched becomes a dead letter with the reason.
 */
final class UrlInputs {

    private static final Logger LOG = LoggerFactory.getLogger(UrlInputs.class);
    private final SafeFetcher fetcher;
    private final FileExtractor extractor;

    UrlInputs(SafeFetcher fetcher, FileExtractor extractor) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Fetches and publishes {@code url}, and the feeds it lists when it is a feed list. */
    void publish(IngestRun run, String url) throws InterruptedException {
        publishFeeds(run, publishOne(run, url));
    }

    /** Fetches and publishes {@code feeds}, the feeds of a feed list, without following nested lists. */
    void publishFeeds(IngestRun run, List<String> feeds) throws InterruptedException {
        for (String feed : List.copyOf(feeds)) {
            if (!publishOne(run, feed).isEmpty()) {
                LOG.warn("Not following the feed list inside the feed list at {}", feed);
            }
        }
    }

    private List<String> publishOne(IngestRun run, String url) throws InterruptedException {
        try {
            return run.publish(url, extractor.read(url, fetcher.fetch(url).bytes()));
        } catch (FetchException e) {
            run.deadLetter(url, null, e.refused() ? SkipReason.URL_REFUSED : SkipReason.FETCH_FAILED, e.getMessage());
            return List.of();
        }
    }
}
