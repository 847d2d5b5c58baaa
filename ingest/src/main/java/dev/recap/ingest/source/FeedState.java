package dev.recap.ingest.source;

import dev.recap.ingest.parse.FeedItem;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the poller remembers of one feed: validators, the GUIDs and links seen, failures, the next attempt. */
final class FeedState {

    /** Enough for any real feed's history; the oldest are forgotten beyond it. */
    static final int MAX_REMEMBERED = 10_000;

    final String url;
    Fetched.Validators validators = Fetched.Validators.NONE;
    int failures;
    String lastError;
    Instant nextAttempt;
    private final Set<String> guids = new LinkedHashSet<>();
    private final Set<String> links = new LinkedHashSet<>();

    FeedState(String url, Instant nextAttempt) {
        this.url = url;
        this.nextAttempt = nextAttempt;
    }

    /** True when neither the item's GUID nor its link was seen before; remembers both. */
    boolean firstSight(FeedItem item) {
        boolean seen = (item.guid() != null && guids.contains(item.guid()))
                || (item.link() != null && links.contains(item.link()));
        remember(guids, item.guid());
        remember(links, item.link());
        return !seen;
    }

    private static void remember(Set<String> set, String value) {
        if (value == null) {
            return;
        }
        set.add(value);
        if (set.size() > MAX_REMEMBERED) {
            set.remove(set.iterator().next());
        }
    }
}
