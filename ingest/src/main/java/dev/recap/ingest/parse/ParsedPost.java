package dev.recap.ingest.parse;

import dev.recap.events.DateSource;
import dev.recap.events.PostFormat;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A post as a parser read it, before talk extraction: metadata as the post states it (nothing invented:
 * absent values are {@code null}), its plain body text, a short summary, and its sections.
 * {@code published} keeps the post's own offset, so {@link #publishedDate()} is the date the author wrote.
 */
public record ParsedPost(
        String title,
        String author,
        OffsetDateTime published,
        DateSource dateSource,
        OffsetDateTime updated,
        String language,
        List<String> tags,
        String canonicalUrl,
        PostFormat format,
        String bodyText,
        String summary,
        List<Section> sections) {

    public static final int MAX_SUMMARY_CHARS = 300;

    public ParsedPost {
        title = Objects.requireNonNull(title, "title").strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a post needs a title");
        }
        author = blankToNull(author);
        if ((published == null) != (dateSource == null)) {
            throw new IllegalArgumentException("a published time needs a date source, and only then");
        }
        language = blankToNull(language);
        tags = List.copyOf(tags);
        canonicalUrl = blankToNull(canonicalUrl);
        if (canonicalUrl != null && !isAbsoluteHttp(canonicalUrl)) {
            throw new IllegalArgumentException("canonical URL must be absolute http(s): " + canonicalUrl);
        }
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bodyText, "bodyText");
        summary = blankToNull(summary);
        if (summary != null && summary.length() > MAX_SUMMARY_CHARS) {
            throw new IllegalArgumentException("summary over " + MAX_SUMMARY_CHARS + " characters");
        }
        sections = List.copyOf(sections);
    }

    /** The publication date as the post states it, in its own offset; {@code null} when not stated. */
    public LocalDate publishedDate() {
        return published == null ? null : published.toLocalDate();
    }

    /** A builder for {@code format}; body text, summary and language are derived from the sections when unset. */
    public static Builder builder(PostFormat format) {
        return new Builder(format);
    }

    /** True for an absolute {@code http}/{@code https} URL with a host. */
    public static boolean isAbsoluteHttp(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Collects a post's parts; parsers fill what they found and {@link #build()} derives the rest. */
    public static final class Builder {
        private final PostFormat format;
        private String title;
        private String author;
        private OffsetDateTime published;
        private DateSource dateSource;
        private OffsetDateTime updated;
        private String language;
        private String fallbackLanguage;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private String canonicalUrl;
        private String bodyText;
        private final List<Section> sections = new ArrayList<>();

        private Builder(PostFormat format) {
            this.format = Objects.requireNonNull(format, "format");
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder author(String value) {
            author = value;
            return this;
        }

        /** Sets the publication time and where it came from; a {@code null} time leaves both unset. */
        public Builder published(OffsetDateTime value, DateSource source) {
            published = value;
            dateSource = value == null ? null : Objects.requireNonNull(source, "source");
            return this;
        }

        public Builder updated(OffsetDateTime value) {
            updated = value;
            return this;
        }

        /** A language the post states; it wins over detection. */
        public Builder language(String value) {
            language = value;
            return this;
        }

        /** A language to use when detection is unsure (for example an HTML {@code lang} attribute). */
        public Builder fallbackLanguage(String value) {
            fallbackLanguage = value;
            return this;
        }

        /** Adds tags, ignoring blanks and case-insensitive duplicates. */
        public Builder tags(List<String> values) {
            for (String tag : values) {
                if (tag != null && !tag.isBlank()) {
                    tags.putIfAbsent(tag.strip().toLowerCase(Locale.ROOT), tag.strip());
                }
            }
            return this;
        }

        /** Sets the canonical URL when {@code value} is absolute http(s); anything else is ignored. */
        public Builder canonicalUrl(String value) {
            if (canonicalUrl == null && value != null && isAbsoluteHttp(value)) {
                canonicalUrl = value.strip();
            }
            return this;
        }

        public Builder bodyText(String value) {
            bodyText = value;
            return this;
        }

        public Builder sections(List<Section> values) {
            sections.addAll(values);
            return this;
        }

        public String title() {
            return title;
        }

        public ParsedPost build() {
            String body = bodyText != null ? bodyText : bodyOf(sections);
            String lang = language != null ? normaliseLanguage(language) : null;
            lang = lang != null ? lang : LanguageDetector.detect(body);
            if (lang == null && fallbackLanguage != null) {
                lang = normaliseLanguage(fallbackLanguage);
            }
            return new ParsedPost(
                    title,
                    author,
                    published,
                    dateSource,
                    updated,
                    lang,
                    List.copyOf(tags.values()),
                    canonicalUrl,
                    format,
                    body,
                    SummaryPicker.pick(sections),
                    sections);
        }

        private static String bodyOf(List<Section> sections) {
            return sections.stream()
                    .map(s -> s.heading().isEmpty() ? s.text() : (s.heading() + "\n\n" + s.text()).strip())
                    .filter(t -> !t.isEmpty())
                    .collect(Collectors.joining("\n\n"));
        }

        private static String normaliseLanguage(String tag) {
            String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
            return primary.matches("[a-z]{2,3}") ? primary : null;
        }
    }
}
