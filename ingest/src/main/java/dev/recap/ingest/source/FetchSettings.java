package dev.recap.ingest.source;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SafeFetcher} fetches: whether private addresses are allowed, how many redirects it follows,
 * its connect timeout (TCP connection and TLS handshake) and read timeout (the whole response, headers
 * and body), the body size cap and the User-Agent it sends. Both timeouts apply to each redirect hop.
 */
public record FetchSettings(
        boolean allowPrivate,
        int maxRedirects,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        String userAgent) {

    public static final String USER_AGENT = "Recap/0.1 (conference recap digest; +https://github.com/recap-digest)";

    public FetchSettings {
        if (maxRedirects < 0 || maxBytes < 1) {
            throw new IllegalArgumentException("maxRedirects must be >= 0 and maxBytes >= 1");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** Public addresses only, 5 redirects, 5 s to connect, 20 s to read, 5 MB. */
    public static FetchSettings defaults() {
        return new FetchSettings(false, 5, Duration.ofSeconds(5), Duration.ofSeconds(20), 5L * 1024 * 1024, USER_AGENT);
    }

    public FetchSettings withAllowPrivate(boolean allow) {
        return new FetchSettings(allow, maxRedirects, connectTimeout, readTimeout, maxBytes, userAgent);
    }

    public FetchSettings withReadTimeout(Duration timeout) {
        return new FetchSettings(allowPrivate, maxRedirects, connectTimeout, timeout, maxBytes, userAgent);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(allowPrivate, maxRedirects, connectTimeout, readTimeout, bytes, userAgent);
    }
}
