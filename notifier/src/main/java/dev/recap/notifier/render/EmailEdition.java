package dev.recap.notifier.render;

import dev.recap.events.Digest;
import java.util.function.BiFunction;

/**
 * The part of a digest email that many readers share (same digest, language, themes and activity): the
 * view without footer and the plain-text body. Once one reader's email was measured, the size of the
 * others is that size with their own footer, so most emails need no measuring.
 */
final class EmailEdition {

    /** Slack for the estimate of another reader's size (soft line breaks move a little). */
    static final int MARGIN = 1024;

    private static final String TEMPLATE = "digest/email.jte";

    private final ViewOptions options;
    private final DigestView view;
    private final DigestCatalog catalog;
    private final String textBody;
    private final String why;
    private final String whyNoAddress;
    private final String themes;
    private final String preferences;
    private final BiFunction<String, DigestView, String> html;
    /** The measured size less the measured reader's parts; null until one email of this edition fit. */
    private volatile MessageSize base;
    /**
     * An edition of every theme that this one is a part of, or null: when that one fits unshrunk, so does
     * this one, whose sections, headlines and posts are a subset of it.
     */
    private volatile EmailEdition whole;

    EmailEdition(
            Digest digest,
            ViewOptions options,
            DigestCatalog catalog,
            DigestViewFactory views,
            PlainTextDigestWriter texts,
            String themes,
            String preferences,
            BiFunction<String, DigestView, String> html) {
        this.options = options;
        this.catalog = catalog;
        this.view = views.view(digest, options, catalog);
        this.textBody = texts.body(view, catalog);
        this.themes = themes;
        this.why = options.labels().word("why").replace("{themes}", themes);
        this.whyNoAddress = options.labels().word("whyNoAddress").replace("{themes}", themes);
        this.preferences = preferences;
        this.html = html;
    }

    // The preferences page opens with the same signed token as the reader's unsubscribe link.
    private String preferencesOf(String unsubscribe) {
        int query = unsubscribe == null ? -1 : unsubscribe.indexOf('?');
        return query < 0 ? preferences : preferences + unsubscribe.substring(query);
    }

    /** The footer of a reader with {@code address} (may be null) and the link {@code unsubscribe}. */
    ReaderView reader(String address, String unsubscribe) {
        String line = address == null || address.isEmpty() ? whyNoAddress : why.replace("{address}", address);
        return new ReaderView(line, preferencesOf(unsubscribe), unsubscribe);
    }

    RenderedDigest render(ReaderView reader, PlainTextDigestWriter texts) {
        DigestView personal = view.withReader(reader);
        return new RenderedDigest(
                view.title(), html.apply(TEMPLATE, personal), textBody + texts.footer(personal), view.preheader());
    }

    /** Whether the email of {@code reader} surely fits, estimated from an email already measured. */
    boolean surelyFits(ReaderView reader) {
        MessageSize known = base;
        if (known != null) {
            return known.plus(cost(reader)).fits(MARGIN);
        }
        EmailEdition all = whole;
        return all != null
                && all.options.maxItemsPerSection() == options.maxItemsPerSection()
                && all.surelyFits(reader);
    }

    /** Whether an email of this edition was measured. */
    boolean measured() {
        return base != null;
    }

    /** Bounds this edition, of some themes, by {@code all}, the edition of every theme (see {@link #whole}). */
    void boundBy(EmailEdition all) {
        whole = all;
    }

    /** Remembers the measured size of a reader's email that fits. */
    void learn(MessageSize measured, ReaderView reader) {
        base = measured.minus(cost(reader));
    }

    boolean canShrink() {
        return options.maxItemsPerSection() > 1;
    }

    /** A smaller edition: fewer items per section, about in proportion to how far {@code size} is over. */
    EmailEdition shrunk(Digest digest, MessageSize size, DigestViewFactory views, PlainTextDigestWriter texts) {
        int current = options.maxItemsPerSection();
        int proportional = (int) Math.floor(current / size.overshoot());
        int max = Math.max(1, Math.min(current - 1, proportional));
        return new EmailEdition(
                digest, options.withMaxItemsPerSection(max), catalog, views, texts, themes, preferences, html);
    }

    /** What a reader's parts add: the why line and the unsubscribe link, once in each body. */
    private static MessageSize cost(ReaderView reader) {
        long why = EmailSize.measure(reader.why());
        long link = EmailSize.measure(reader.unsubscribeUrl());
        int utf8 = EmailSize.utf8Of(why) + EmailSize.utf8Of(link);
        int encoded = EmailSize.encodedOf(why) + EmailSize.encodedOf(link);
        // HTML escaping of & < > " ' and the line breaks of the text wrap add a little.
        return new MessageSize(utf8 + utf8 / 4, utf8 + utf8 / 32, 2 * encoded + encoded / 4);
    }
}
