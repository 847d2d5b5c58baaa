package dev.recap.ingest.source;

import dev.recap.ingest.parse.DocumentResult;
import dev.recap.ingest.parse.FeedItem;
import dev.recap.ingest.parse.SkipReason;
import java.util.List;
import java.util.Objects;

/** What one poll of one feed gave: new items, nothing new, a document that is not a feed, or a failure. */
public sealed interface FeedPoll permits FeedPoll.NewItems, FeedPoll.Unchanged, FeedPoll.Other, FeedPoll.Failed {

    String url();

    /** Items not seen before (by GUID, then link); possibly none. */
    record NewItems(String url, DocumentResult.Feed feed, List<FeedItem> items) implements FeedPoll {
        public NewItems {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(feed, "feed");
            items = List.copyOf(items);
        }
    }

    /** 304 Not Modified, or a feed list whose feeds were added to the poller. */
    record Unchanged(String url) implements FeedPoll {}

    /** The URL holds a post or a schedule rather than a feed: its bytes, to be read as any input. */
    record Other(String url, byte[] bytes) implements FeedPoll {}

    /**
     * The fetch or the feed failed; {@code newlyFailing} is true on the first failure after success, the
     * only one worth a dead letter and a warning.
     */
    record Failed(String url, byte[] original, SkipReason reason, String message, boolean newlyFailing)
            implements FeedPoll {}
}
