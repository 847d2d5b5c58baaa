package dev.recap.notifier.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The only links Recap renders, in email, web pages and Slack: absolute http(s) URLs with a host.
 * Escaping alone would let {@code javascript:} or {@code slack://} through.
 */
public final class WebLinks {

    private WebLinks() {}

    /** {@code url} as a normalised absolute http(s) URL, or {@code null} when it is not one. */
    public static String httpOrNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
