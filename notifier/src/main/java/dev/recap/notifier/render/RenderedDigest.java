package dev.recap.notifier.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A digest rendered for one reader: the localised subject, the HTML body, the plain-text body, and the
 * preheader (the preview line that the HTML body opens with, hidden).
 */
public record RenderedDigest(String subject, String html, String text, String preheader) {

    public RenderedDigest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(preheader, "preheader");
    }

    /** A rendering without a preheader. */
    public RenderedDigest(String subject, String html, String text) {
        this(subject, html, text, "");
    }

    /** UTF-8 size of both bodies, before transfer encoding. */
    public int bodyBytes() {
        return html.getBytes(StandardCharsets.UTF_8).length + text.getBytes(StandardCharsets.UTF_8).length;
    }
}
