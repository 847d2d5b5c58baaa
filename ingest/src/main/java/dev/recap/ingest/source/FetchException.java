package dev.recap.ingest.source;

import java.io.IOException;

/**
 * A URL could not be fetched: refused before any request (scheme, private address, too many redirects)
 * or failed (timeout, HTTP error, body over the cap). The message names the URL without credentials.
 */
public final class FetchException extends IOException {

    private static final long serialVersionUID = 1L;
    private final boolean refused;

    FetchException(String message, boolean refused) {
        super(message);
        this.refused = refused;
    }

    FetchException(String message, Throwable cause) {
        super(message, cause);
        this.refused = false;
    }

    /** True when the URL was refused by policy rather than failing on the network. */
    public boolean refused() {
        return refused;
    }
}
