package dev.recap.ingest.parse;

import dev.recap.events.DateSource;
import dev.recap.events.PostFormat;
import java.util.ArrayList;
import java.util.Iterator;
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

    private static final Set<String> FURNITURE = Set.of(
            "aller au contenu",
            "passer au contenu",
            "skip to content",
            "skip to main content",
            "saltar al contenido",
            "ir al contenido",
            "zum inhalt springen",
            "menu",
            "accueil",
            "home");
    private static final Set<String> END_MARKERS =
            Set.of("articles connexes", "related posts", "related articles", "voir aussi", "see also", "à lire aussi");
    // lower case never shortens a text, so a longer line is no end marker and is not lowered
    private static final int MAX_END_MARKER_CHARS =
            END_MARKERS.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int HEADER_LINES = 15;
    private static final int NAVIGATION_LINES = 3;
    private static final int NAVIGATION_WORDS = 4;
    private static final Pattern TAG_LINE = Pattern.compile(
            "(?iu)(?:tags|[ée]tiquettes|etiquetas|mots[- ]cl[ée]s|keywords|schlagw[öo]rter|categories|cat[ée]gories"
                    + "|categor[íi]as|kategorien)\\s*:\\s*(\\S.*)");
    private static final Pattern READING_TIME =
            Pattern.compile("(?iu)[·•\\s]*\\d{1,3}\\s*(?:mins?|minutes?)(?:\\s+(?:read|de lecture|de lectura))?");
    private static final Pattern WORD_LINE =
            Pattern.compile("[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}/+.-]*(?:\\s+[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}/+.-]*){0,15}");

    /** The post in {@code text} (decoded); a skip only when no line can serve as a title. */
    public ParseResult parse(String text) {
        List<String> lines = contentLines(text);
        int titleLine = titleLine(lines);
        if (titleLine < 0) {
            return ParseResult.skipped(SkipReason.NO_TITLE, "no line of text to use as a title");
        }
        String title = lines.get(titleLine);
        List<String> header = lines.subList(titleLine, Math.min(lines.size(), titleLine + HEADER_LINES));
        Byline.Stated byline =
                Byline.in(header.stream().filter(l -> !l.isEmpty()).toList());
        ParsedPost post = ParsedPost.builder(PostFormat.TEXT)
                .title(SummaryPicker.shorten(title, MarkdownPostParser.MAX_TITLE_CHARS))
                .author(byline.author())
                .published(byline.date(), DateSource.TEXT)
                .tags(tags(header))
                .sections(sections(lines))
                .build();
        return ParseResult.parsed(post);
    }

    private static List<String> contentLines(String text) {
        List<String> lines = new ArrayList<>();
        for (Iterator<String> all = text.lines().iterator(); all.hasNext(); ) {
            String line = all.next().strip();
            if (line.length() <= MAX_END_MARKER_CHARS && END_MARKERS.contains(line.toLowerCase(Locale.ROOT))) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    // The first line of the first block of lines that is neither page furniture ("Skip to content") nor
    // navigation (three or more short lines: "Home", "Blog", "About"...).
    private static int titleLine(List<String> lines) {
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).isEmpty()) {
                boolean navigation = i - start >= NAVIGATION_LINES
                        && lines.subList(start, i).stream().allMatch(l -> SPACES.split(l).length <= NAVIGATION_WORDS);
                for (int j = start; j < i && !navigation; j++) {
                    String line = lines.get(j);
                    if (!line.equals("#") && !FURNITURE.contains(line.toLowerCase(Locale.ROOT))) {
                        return j;
                    }
                }
                start = i + 1;
            }
        }
        return -1;
    }

    // "Tags: a, b" / "Étiquettes : a, b", or the lower-case word line a blog theme shows under "·14 mins".
    private static List<String> tags(List<String> header) {
        List<String> labelled = new ArrayList<>();
        for (String line : header) {
            Matcher label = TAG_LINE.matcher(line);
            if (label.matches()) {
                labelled.addAll(List.of(label.group(1).split("\\s*[,;|]\\s*|\\s+#")));
            }
        }
        if (!labelled.isEmpty()) {
            return labelled;
        }
        for (int i = 0; i < header.size(); i++) {
            String next = nextNonBlank(header, i + 1);
            if (READING_TIME.matcher(header.get(i)).matches()
                    && next != null
                    && WORD_LINE.matcher(next).matches()) {
                return List.of(SPACES.split(next));
            }
        }
        return List.of();
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
