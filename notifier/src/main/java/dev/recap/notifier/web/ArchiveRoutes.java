package dev.recap.notifier.web;

import com.sun.net.httpserver.HttpExchange;
import dev.recap.events.Digest;
import dev.recap.notifier.render.DigestRenderer;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** {@code /digests} (the archive, newest week first) and {@code /digests/{week}} (a week's web edition). */
final class ArchiveRoutes {

    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");

    private final Supplier<Map<String, Digest>> digests;
    private final DigestRenderer renderer;

    ArchiveRoutes(Supplier<Map<String, Digest>> digests, DigestRenderer renderer) {
        this.digests = Objects.requireNonNull(digests, "digests");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    void index(HttpExchange exchange) throws IOException {
        List<Digest> newestFirst = digests.get().values().stream()
                .sorted(Comparator.comparing(Digest::getWeek).reversed())
                .toList();
        HttpExchanges.sendHtml(exchange, 200, WebPages.archive(newestFirst));
    }

    /** The web edition of {@code week}; 404 for a malformed or unknown week. */
    void week(HttpExchange exchange, String week) throws IOException {
        Digest digest = WEEK.matcher(week).matches() ? digests.get().get(week) : null;
        if (digest == null) {
            HttpExchanges.sendHtml(exchange, 404, WebPages.message("Not found", "There is no digest for this week."));
            return;
        }
        HttpExchanges.sendHtml(exchange, 200, renderer.renderWebPage(digest));
    }
}
