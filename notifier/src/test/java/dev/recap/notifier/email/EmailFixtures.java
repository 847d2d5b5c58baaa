package dev.recap.notifier.email;

import dev.recap.notifier.render.DigestRenderer;
import dev.recap.notifier.render.PublicUrls;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The composer the email tests share: a fixed clock and public URL. */
final class EmailFixtures {

    static final Instant NOW = Instant.parse("2023-04-21T07:00:00Z");
    static final PublicUrls URLS = new PublicUrls(URI.create("https://recap.example.org"));
    /** Readable, unsigned links: the signing is {@code SignedUnsubscribeLinks}' business and tested there. */
    static final UnsubscribeLinks LINKS = id -> URLS.path("unsubscribe?subscriber=" + id);

    private EmailFixtures() {}

    static DigestEmailComposer composer() {
        return new DigestEmailComposer(
                "Recap <digest@recap.local>", LINKS, new DigestRenderer(URLS), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
