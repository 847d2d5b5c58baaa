package dev.recap.notifier.email;

import dev.recap.notifier.render.PublicUrls;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * PLACEHOLDER until signed tokens exist: {@code <public url>/unsubscribe?subscriber=<id>} with no token,
 * so anyone who knows an id could unsubscribe it. Replace with a signing {@link UnsubscribeLinks} before
 * exposing the endpoint.
 */
public final class UnsignedUnsubscribeLinks implements UnsubscribeLinks {

    private final PublicUrls urls;

    public UnsignedUnsubscribeLinks(PublicUrls urls) {
        this.urls = Objects.requireNonNull(urls, "urls");
    }

    @Override
    public URI forSubscriber(String subscriberId) {
        return urls.path("unsubscribe?subscriber=" + URLEncoder.encode(subscriberId, StandardCharsets.UTF_8));
    }
}
