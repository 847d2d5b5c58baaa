package dev.recap.notifier.render;

import dev.recap.events.Digest;
import java.net.URI;
import java.util.function.BiFunction;

/**
 * The part of a digest email that many readers share (same digest, language, themes and activity): the
 * view without footer, the plain-text body, and whether a reader with a usual address and unsubscribe
 * link fits the size budget, so that most emails need no measuring.
 */
final class EmailEdition {

    static final int PROBE_ADDRESS_CHARS = 120;
    static final int PROBE_URL_CHARS = 400;
    private static final String TEMPLATE = "digest/email.jte";

    private final ViewOptions options;
    private final DigestView view;
    private final String textBody;
    private final String themes;
    private final String why;
    private final String whyNoAddress;
    private final String preferences;
    private final BiFunction<String, DigestView, String> html;
    private final boolean probeFits;

    private EmailEdition(
            ViewOptions options,
            DigestView view,
            PlainTextDigestWriter texts,
            String themes,
            String preferences,
            BiFunction<String, DigestView, String> html) {
        this.options = options;
        this.view = view;
        this.textBody = texts.body(view);
        this.themes = themes;
        this.why = options.labels().word("why").replace("{themes}", themes);
        this.whyNoAddress = options.labels().word("whyNoAddress").replace("{themes}", themes);
        this.preferences = preferences;
        this.html = html;
        this.probeFits = DigestRenderer.fits(render(probeReader(), texts));
    }

    static EmailEdition of(
            Digest digest,
            ViewOptions options,
            DigestViewFactory views,
            PlainTextDigestWriter texts,
            String themes,
            URI preferences,
            BiFunction<String, DigestView, String> html) {
        return new EmailEdition(options, views.view(digest, options), texts, themes, preferences.toString(), html);
    }

    /** The footer of a reader with {@code address} (may be null) and the link {@code unsubscribe}. */
    ReaderView reader(String address, String unsubscribe) {
        String line = address == null || address.isEmpty() ? whyNoAddress : why.replace("{address}", address);
        return new ReaderView(line, preferences, unsubscribe);
    }

    /** A reader with an address and a link as long as usual ones get: what the size check assumes. */
    ReaderView probeReader() {
        return reader("a".repeat(PROBE_ADDRESS_CHARS), "https://" + "u".repeat(PROBE_URL_CHARS - 8));
    }

    RenderedDigest render(ReaderView reader, PlainTextDigestWriter texts) {
        DigestView personal = view.withReader(reader);
        return new RenderedDigest(
                view.title(), html.apply(TEMPLATE, personal), textBody + texts.footer(personal), view.preheader());
    }

    /** Whether this reader's email surely fits: the probe did, and their parts are no longer than its. */
    boolean fitsWithoutMeasuring(String address, ReaderView reader) {
        return probeFits
                && (address == null || address.length() <= PROBE_ADDRESS_CHARS && ascii(address))
                && reader.unsubscribeUrl().length() <= PROBE_URL_CHARS
                && ascii(reader.unsubscribeUrl());
    }

    boolean probeFits() {
        return probeFits;
    }

    boolean canShrink() {
        return options.maxItemsPerSection() > 1;
    }

    int maxItemsPerSection() {
        return options.maxItemsPerSection();
    }

    /** The same edition with one item less per section. */
    EmailEdition shrunk(Digest digest, DigestViewFactory views, PlainTextDigestWriter texts) {
        ViewOptions smaller = options.withMaxItemsPerSection(options.maxItemsPerSection() - 1);
        return new EmailEdition(smaller, views.view(digest, smaller), texts, themes, preferences, html);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
