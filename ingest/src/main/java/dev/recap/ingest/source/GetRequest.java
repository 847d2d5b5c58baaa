package dev.recap.ingest.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bytes of one HTTP/1.1 GET: the URL's path and query, its host (and port when not the default) as
 * {@code Host}, Recap's User-Agent, the formats ingest reads, no compression, the connection closed after
 * the response, and the validators of a conditional GET when there are any.
 */
final class GetRequest {

    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml, text/calendar,"
            + " text/html;q=0.9, text/*;q=0.8, */*;q=0.5";

    private GetRequest() {}

    static byte[] of(URI uri, String userAgent, Fetched.Validators validators) {
        StringBuilder request =
                new StringBuilder(256).append("GET ").append(target(uri)).append(" HTTP/1.1\r\n");
        header(request, "Host", host(uri));
        header(request, "User-Agent", userAgent);
        header(request, "Accept", ACCEPT);
        header(request, "Accept-Encoding", "identity");
        header(request, "Connection", "close");
        header(request, "If-None-Match", validators.etag());
        header(request, "If-Modified-Since", validators.lastModified());
        return request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The path and query as sent on the request line; {@code /} for an empty path. */
    static String target(URI uri) {
        URI ascii = URI.create(uri.toASCIIString());
        String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
        return ascii.getRawQuery() == null ? path : path + "?" + ascii.getRawQuery();
    }

    static String host(URI uri) {
        boolean https = uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
        int port = uri.getPort();
        boolean defaultPort = port < 0 || port == (https ? 443 : 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    // values come from the URL, the settings or an earlier response's headers: never a line break
    private static void header(StringBuilder request, String name, String value) {
        if (value != null && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            request.append(name).append(": ").append(value).append("\r\n");
        }
    }
}
