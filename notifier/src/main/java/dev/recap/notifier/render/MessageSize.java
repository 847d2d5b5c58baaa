package dev.recap.notifier.render;

/**
 * The size of a rendered email against its budgets: UTF-8 bytes of the HTML and text bodies, and the
 * bytes of both after quoted-printable plus {@link DigestRenderer#HEADER_ALLOWANCE}.
 */
record MessageSize(int htmlBytes, int textBytes, int messageBytes) {

    /** Measures {@code rendered}: one pass over each body. */
    static MessageSize of(RenderedDigest rendered) {
        long html = EmailSize.measure(rendered.html());
        long text = EmailSize.measure(rendered.text());
        return new MessageSize(
                EmailSize.utf8Of(html),
                EmailSize.utf8Of(text),
                EmailSize.encodedOf(html) + EmailSize.encodedOf(text) + DigestRenderer.HEADER_ALLOWANCE);
    }

    /** Whether every budget is met with {@code margin} bytes to spare. */
    boolean fits(int margin) {
        return htmlBytes + margin <= DigestRenderer.MAX_HTML_BYTES
                && textBytes + margin <= DigestRenderer.MAX_TEXT_BYTES
                && messageBytes + margin <= DigestRenderer.MAX_MESSAGE_BYTES;
    }

    /** How far over its worst budget this size is, as a ratio (below 1 when it fits). */
    double overshoot() {
        return Math.max(
                Math.max(
                        (double) htmlBytes / DigestRenderer.MAX_HTML_BYTES,
                        (double) textBytes / DigestRenderer.MAX_TEXT_BYTES),
                (double) messageBytes / DigestRenderer.MAX_MESSAGE_BYTES);
    }

    MessageSize plus(MessageSize other) {
        return new MessageSize(
                htmlBytes + other.htmlBytes, textBytes + other.textBytes, messageBytes + other.messageBytes);
    }

    MessageSize minus(MessageSize other) {
        return new MessageSize(
                htmlBytes - other.htmlBytes, textBytes - other.textBytes, messageBytes - other.messageBytes);
    }
}
