package dev.recap.notifier.render;

import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders digests with the precompiled jte templates of {@code src/main/jte} (contentType Html, so every
 * value is escaped): per-reader emails that stay under Gmail's 102 KB clipping limit, and the web page.
 */
public final class DigestRenderer {

    /** Budget for the HTML body; leaves room for quoted-printable growth, the text part and headers. */
    public static final int MAX_HTML_BYTES = 64 * 1024;
    /** Budget for the plain-text body. */
    public static final int MAX_TEXT_BYTES = 24 * 1024;

    static final int EMAIL_ITEMS_PER_SECTION = 12;
    static final int WEB_ITEMS_PER_SECTION = Integer.MAX_VALUE;
    private static final String EMAIL_TEMPLATE = "digest/email.jte";
    private static final String WEB_TEMPLATE = "digest/web.jte";
    private static final Logger LOG = LoggerFactory.getLogger(DigestRenderer.class);

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final DigestViewFactory views = new DigestViewFactory();
    private final PlainTextDigestWriter texts = new PlainTextDigestWriter();
    private final PublicUrls urls;

    /** A renderer linking to the web edition under {@code urls}. */
    public DigestRenderer(PublicUrls urls) {
        this.urls = Objects.requireNonNull(urls, "urls");
    }

    /**
     * The email {@code subscriber} gets for {@code digest}: their locale and themes, with an unsubscribe link
     * in the footer. Sections lose their last items, one at a time, until both bodies fit their budgets.
     */
    public RenderedDigest renderEmail(Digest digest, Subscriber subscriber, URI unsubscribe) {
        Objects.requireNonNull(unsubscribe, "unsubscribe");
        Labels labels = Labels.forLocale(subscriber.getLocale());
        ViewOptions options = new ViewOptions(
                labels,
                Set.copyOf(subscriber.getThemes()),
                EMAIL_ITEMS_PER_SECTION,
                urls.webEdition(digest.getWeek()),
                unsubscribe);
        while (true) {
            DigestView view = views.view(digest, options);
            RenderedDigest rendered = new RenderedDigest(view.title(), html(EMAIL_TEMPLATE, view), texts.write(view));
            if (fits(rendered)) {
                return rendered;
            }
            if (options.maxItemsPerSection() == 1) {
                LOG.warn("Digest {} is over the email size budget even with one item per section", digest.getId());
                return rendered;
            }
            options = options.withMaxItemsPerSection(options.maxItemsPerSection() - 1);
        }
    }

    /** The public web page of {@code digest}: every theme and every item, in English, no unsubscribe link. */
    public String renderWebPage(Digest digest) {
        ViewOptions options = new ViewOptions(Labels.ENGLISH, Set.of(), WEB_ITEMS_PER_SECTION, null, null);
        return html(WEB_TEMPLATE, views.view(digest, options));
    }

    private String html(String template, DigestView view) {
        StringOutput output = new StringOutput();
        templates.render(template, view, output);
        return output.toString();
    }

    private static boolean fits(RenderedDigest rendered) {
        return rendered.html().getBytes(StandardCharsets.UTF_8).length <= MAX_HTML_BYTES
                && rendered.text().getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES;
    }
}
