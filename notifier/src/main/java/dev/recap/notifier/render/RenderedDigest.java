package dev.recap.notifier.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A digest rendered for one reader: the localised subject, the HTML body and the plain-text body. */
public record RenderedDigest(String subject, String html, String text) {

    public RenderedDigest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }

    /** UTF-8 size of both bodies, before transfer encoding. */
    public int bodyBytes() {
        return html.getBytes(StandardCharsets.UTF_8).length + text.getBytes(StandardCharsets.UTF_8).length;
    }
}
