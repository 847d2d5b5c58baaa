package dev.recap.ingest.parse;

import dev.recap.events.DateSource;
import dev.recap.events.PostFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bare text (for example the visible text of a web page) into a {@link ParsedPost}. The title is
 * the first line that is not page furniture, the author a name labelled "Author"/"Auteur" or a
 * {@code by Name} line near the top, and a line followed by a lone {@code #} (a rendered heading anchor)
 * starts a section. Text after a "related articles" line is not the post's.
 */
public final class TextPostParser {

    private static final Set<String> FURNITURE =
            Set.of("aller au contenu", "skip to content", "skip to main content", "menu", "accueil", "home");
    private static final Set<String> AUTHOR_LABELS = Set.of("auteur", "author", "autor", "autorin", "autrice");
    private static final Set<String> END_MARKERS =
            Set.of("articles connexes", "related posts", "related articles", "voir aussi", "see also", "à lire aussi");
    private static final Pattern BYLINE = Pattern.compile(
            "(?:[Pp]ar|[Bb]y|[Vv]on|[Pp]or)\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final int HEADER_LINES = 15;
    private static final Pattern TAG_LINE = Pattern.compile(
            "(?iu)(?:tags|[ée]tiquettes|etiquetas|mots[- ]cl[ée]s|keywords|schlagw[öo]rter)\\s*:\\s*(\\S.*)");
    private static final Pattern READING_TIME =
            Pattern.compile("(?iu)[·•\\s]*\\d{1,3}\\s*(?:mins?|minutes?)(?:\\s+(?:read|de lecture|de lectura))?");
    private static final Pattern WORD_LINE =
            Pattern.compile("[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}/+.-]*(?:\\s+[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}/+.-]*){0,15}");

    /** The post in {@code text} (decoded); a skip only when no line can serve as a title. */
    public ParseResult parse(String text) {
        List<String> lines = contentLines(text);
        String title = lines.stream()
                .filter(l -> !l.isEmpty() && !l.equals("#"))
                .filter(l -> !FURNITURE.contains(l.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
        if (title == null) {
            return ParseResult.skipped(SkipReason.NO_TITLE, "no line of text to use as a title");
        }
        List<String> header = lines.subList(0, Math.min(lines.size(), HEADER_LINES));
        ParsedPost post = ParsedPost.builder(PostFormat.TEXT)
                .title(SummaryPicker.shorten(title, MarkdownPostParser.MAX_TITLE_CHARS))
                .author(author(header))
                .published(date(header), DateSource.TEXT)
                .tags(tags(header))
                .sections(sections(lines))
                .build();
        return ParseResult.parsed(post);
    }

    private static List<String> contentLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (END_MARKERS.contains(line.toLowerCase(Locale.ROOT))) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    private static String author(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String next = nextNonBlank(header, i + 1);
            if (!header.get(i).isEmpty() && next != null && AUTHOR_LABELS.contains(next.toLowerCase(Locale.ROOT))) {
                return header.get(i);
            }
            Matcher byline = BYLINE.matcher(header.get(i));
            if (byline.matches()) {
                return byline.group(1);
            }
        }
        return null;
    }

    // "Tags: a, b" / "Étiquettes : a, b", or the lower-case word line a blog theme shows under "·14 mins".
    private static List<String> tags(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            Matcher label = TAG_LINE.matcher(header.get(i));
            if (label.matches()) {
                return List.of(label.group(1).split("\\s*[,;|]\\s*|\\s+#"));
            }
            String next = nextNonBlank(header, i + 1);
            if (READING_TIME.matcher(header.get(i)).matches()
                    && next != null
                    && WORD_LINE.matcher(next).matches()) {
                return List.of(next.split("\\s+"));
            }
        }
        return List.of();
    }

    private static OffsetDateTime date(List<String> header) {
        for (String line : header) {
            Matcher date = ISO_DATE.matcher(line);
            if (date.find()) {
                return PostDates.parse(date.group(1));
            }
        }
        return null;
    }

    private static List<Section> sections(List<String> lines) {
        SectionCollector collector = new SectionCollector();
        List<String> paragraph = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean anchor = line.equals("#");
            boolean heading = !line.isEmpty()
                    && !anchor
                    && i + 1 < lines.size()
                    && lines.get(i + 1).equals("#");
            if (heading || anchor || line.isEmpty()) {
                collector.block(String.join("\n", paragraph));
                paragraph.clear();
            } else {
                paragraph.add(line);
            }
            if (heading) {
                collector.heading(2, line);
            }
        }
        collector.block(String.join("\n", paragraph));
        return collector.sections();
    }

    private static String nextNonBlank(List<String> lines, int from) {
        return lines.stream().skip(from).filter(l -> !l.isEmpty()).findFirst().orElse(null);
    }
}
