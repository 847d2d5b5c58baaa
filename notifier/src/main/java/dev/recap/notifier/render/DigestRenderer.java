package dev.recap.notifier.render;

import dev.recap.events.Digest;
import dev.recap.events.Subscriber;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders digests with the precompiled jte templates of {@code src/main/jte} (contentType Html, so every
 * value is escaped): per-reader newsletters that stay under Gmail's 102 KB clipping limit, and the web page.
 * What does not depend on the reader (view, text body, size) is computed once per digest, language, themes
 * and activity; a reader only adds the footer.
 */
public final class DigestRenderer {

    /** Budget for the HTML body in UTF-8. */
    public static final int MAX_HTML_BYTES = 64 * 1024;
    /** Budget for the plain-text body in UTF-8. */
    public static final int MAX_TEXT_BYTES = 24 * 1024;
    /** Budget for both bodies after quoted-printable plus {@link #HEADER_ALLOWANCE}: Gmail clips at 102 KB. */
    public static final int MAX_MESSAGE_BYTES = 100 * 1024;
    /** Room left for the message headers and MIME boundaries. */
    public static final int HEADER_ALLOWANCE = 4 * 1024;

    static final int EMAIL_ITEMS_PER_SECTION = 12;
    static final int WEB_ITEMS_PER_SECTION = Integer.MAX_VALUE;
    static final int MAX_CACHED_EDITIONS = 1024;
    static final int MAX_CACHED_CATALOGS = 4;
    private static final String WEB_TEMPLATE = "digest/web.jte";
    private static final Logger LOG = LoggerFactory.getLogger(DigestRenderer.class);

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final DigestViewFactory views = new DigestViewFactory();
    private final PlainTextDigestWriter texts = new PlainTextDigestWriter();
    private final Map<EditionKey, EmailEdition> editions = new ConcurrentHashMap<>();
    private final PublicUrls urls;
    private final IssueCalendar calendar;
    private final String preferences;
    /** Most recent first; replaced as a whole, so readers need no lock. */
    private volatile List<DigestCatalog> catalogs = List.of();

    /** A renderer linking to the web edition under {@code urls}, numbering issues from {@code calendar}. */
    public DigestRenderer(PublicUrls urls, IssueCalendar calendar) {
        this.urls = Objects.requireNonNull(urls, "urls");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.preferences = urls.path("preferences").toString();
    }

    /** A renderer whose issue #1 is 2023-W01. */
    public DigestRenderer(PublicUrls urls) {
        this(urls, IssueCalendar.DEFAULT);
    }

    /** {@link #renderEmail(Digest, WeekActivity, Subscriber, URI)} without activity charts. */
    public RenderedDigest renderEmail(Digest digest, Subscriber subscriber, URI unsubscribe) {
        return renderEmail(digest, WeekActivity.empty(), subscriber, unsubscribe);
    }

    /**
     * The email {@code subscriber} gets for {@code digest}: their locale and themes, the week's
     * {@code activity} per theme, a footer with their address and an unsubscribe link. Sections lose their
     * last items, one at a time, until the message fits its budgets.
     *
     * @throws IllegalArgumentException when the activity is of another week than the digest, or the
     *     unsubscribe link is not an http(s) URL
     */
    public RenderedDigest renderEmail(Digest digest, WeekActivity activity, Subscriber subscriber, URI unsubscribe) {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(unsubscribe, "unsubscribe");
        if (WebLinks.httpOrNull(unsubscribe.toString()) == null) {
            throw new IllegalArgumentException("The unsubscribe link must be an http(s) URL, was " + unsubscribe);
        }
        Labels labels = Labels.forLocale(subscriber.getLocale());
        Set<String> themes = Set.copyOf(subscriber.getThemes());
        EditionKey key = new EditionKey(digest, labels.lang(), themes, activity);
        EmailEdition edition = editions.get(key);
        String address =
                subscriber.getEmail() == null ? null : subscriber.getEmail().strip();
        if (edition == null) {
            edition = firstEdition(digest, labels, themes, activity);
            if (!themes.isEmpty()) {
                edition.boundBy(measuredWhole(digest, labels, activity, address, unsubscribe));
            }
            remember(key, edition);
        }
        return render(digest, key, edition, edition.reader(address, unsubscribe.toString()));
    }

    /**
     * The edition of every theme for this digest, language and activity, with one email measured: it bounds
     * the size of the editions of fewer themes, so that those need no measuring of their own.
     */
    private EmailEdition measuredWhole(
            Digest digest, Labels labels, WeekActivity activity, String address, URI unsubscribe) {
        EditionKey key = new EditionKey(digest, labels.lang(), Set.of(), activity);
        EmailEdition whole = editions.get(key);
        if (whole == null) {
            whole = firstEdition(digest, labels, Set.of(), activity);
            remember(key, whole);
        }
        if (!whole.measured()) {
            render(digest, key, whole, whole.reader(address, unsubscribe.toString()));
            whole = editions.getOrDefault(key, whole);
        }
        return whole;
    }

    /** Renders {@code reader}'s email, shrinking the edition (and caching the smaller one) until it fits. */
    private RenderedDigest render(Digest digest, EditionKey key, EmailEdition first, ReaderView reader) {
        EmailEdition edition = first;
        while (true) {
            RenderedDigest rendered = edition.render(reader, texts);
            if (edition.surelyFits(reader)) {
                return rendered;
            }
            MessageSize size = MessageSize.of(rendered);
            if (size.fits(0)) {
                edition.learn(size, reader);
                return rendered;
            }
            if (!edition.canShrink()) {
                LOG.warn("Digest {} is over the email size budget even with one item per section", digest.getId());
                return rendered;
            }
            edition = edition.shrunk(digest, size, views, texts);
            remember(key, edition);
        }
    }

    /** {@link #renderWebPage(Digest, WeekActivity)} without activity charts. */
    public String renderWebPage(Digest digest) {
        return renderWebPage(digest, WeekActivity.empty());
    }

    /** The public web page of {@code digest}: every theme and every item, in English, no reader footer. */
    public String renderWebPage(Digest digest, WeekActivity activity) {
        ViewOptions options =
                new ViewOptions(Labels.ENGLISH, Set.of(), WEB_ITEMS_PER_SECTION, null, activity, calendar);
        return html(WEB_TEMPLATE, views.view(digest, options));
    }

    private EmailEdition firstEdition(Digest digest, Labels labels, Set<String> themes, WeekActivity activity) {
        ViewOptions options = new ViewOptions(
                labels, themes, EMAIL_ITEMS_PER_SECTION, urls.webEdition(digest.getWeek()), activity, calendar);
        String followed = themes.isEmpty()
                ? labels.word("allThemes")
                : labels.themeNames().entrySet().stream()
                        .filter(theme -> themes.contains(theme.getKey()))
                        .map(Map.Entry::getValue)
                        .collect(Collectors.joining(", "));
        return new EmailEdition(
                digest, options, catalog(digest, labels), views, texts, followed, preferences, this::html);
    }

    /** The item views of {@code digest} in {@code labels}' language, built once per digest and language. */
    private DigestCatalog catalog(Digest digest, Labels labels) {
        List<DigestCatalog> known = catalogs;
        for (DigestCatalog catalog : known) {
            if (catalog.covers(digest, labels)) {
                return catalog;
            }
        }
        DigestCatalog catalog = DigestCatalog.of(digest, labels);
        List<DigestCatalog> updated = new ArrayList<>(MAX_CACHED_CATALOGS);
        updated.add(catalog);
        updated.addAll(known.subList(0, Math.min(known.size(), MAX_CACHED_CATALOGS - 1)));
        catalogs = List.copyOf(updated);
        return catalog;
    }

    private void remember(EditionKey key, EmailEdition edition) {
        if (editions.size() >= MAX_CACHED_EDITIONS) {
            editions.clear();
        }
        editions.put(key, edition);
    }

    String html(String template, DigestView view) {
        StringOutput output = new StringOutput(64 * 1024);
        templates.render(template, view, output);
        return output.toString();
    }

    static boolean fits(RenderedDigest rendered) {
        return MessageSize.of(rendered).fits(0);
    }
}
