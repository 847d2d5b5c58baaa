package dev.recap.notifier.render;

import java.net.URI;
import java.util.Objects;

/**
 * The public links of a Recap deployment, built from one base URL ({@code RECAP_PUBLIC_URL}): the web
 * edition of a week and any other path under the base.
 */
public record PublicUrls(URI base) {

    public PublicUrls {
        Objects.requireNonNull(base, "base");
        if (!base.isAbsolute() || base.getHost() == null) {
            throw new IllegalArgumentException("The public URL must be absolute with a host, was " + base);
        }
    }

    /** The web edition of {@code week}: {@code <base>/web/<week>.html}. */
    public URI webEdition(String week) {
        return path("web/" + week + ".html");
    }

    /** {@code <base>/<relative>}, whether or not the base ends with a slash. */
    public URI path(String relative) {
        String root = base.toString();
        String joined = root.endsWith("/") ? root + relative : root + "/" + relative;
        return URI.create(joined);
    }
}
