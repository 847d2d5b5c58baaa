package dev.recap.ingest.source;

import java.net.URI;

/** A URL as it may appear in logs and messages: without user info, query or fragment (they may hold secrets). */
public final class Redaction {

    private Redaction() {}

    /** {@code uri} as scheme, host, port and path only. */
    public static String of(URI uri) {
        if (uri.getHost() == null) {
            return uri.getScheme() == null
                    ? "(relative URL)"
                    : uri.getScheme() + ":" + uri.getRawSchemeSpecificPart().replaceAll("\\?.*", "");
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?…";
        return uri.getScheme() + "://" + uri.getHost() + port + path + query;
    }

    /** {@code url} redacted, or as given when it does not parse. */
    public static String of(String url) {
        try {
            return of(new URI(url.strip()));
        } catch (java.net.URISyntaxException e) {
            return "(malformed URL)";
        }
    }
}
