package dev.recap.ingest.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what an input is from its content: an iCalendar or an XML feed or feed list (from its root
 * element) first, then front matter, then HTML markers, then enough markdown syntax (a heading or link
 * counts double) to tell markdown from bare text.
 */
public final class FormatDetector {

    private static final int HTML_SNIFF_CHARS = 65_536;
    private static final int MARKDOWN_SNIFF_CHARS = 4_096;
    private static final Pattern ATX_HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]\\n]*\\]\\([^)\\s]+\\)");
    private static final Pattern FENCE = Pattern.compile("(?m)^(```|~~~)");
    private static final Pattern SETEXT = Pattern.compile("(?m)^\\S[^\\n]*\\n(=+|-{3,})[ \\t]*$");
    private static final Pattern LIST = Pattern.compile("(?m)^[ \\t]*([-*+]|\\d+\\.)[ \\t]+\\S");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]+`");
    private static final int MARKDOWN_SCORE = 2;

    // A marker's pattern cannot match a text that holds none of its needles (each is a literal part of
    // every match), so on bare text most patterns are not run at all; no needles: always run.
    private record Marker(Pattern pattern, int weight, List<String> needles) {
        boolean mayMatch(String text) {
            return needles.isEmpty() || needles.stream().anyMatch(text::contains);
        }
    }

    private static final List<Marker> MARKERS = List.of(
            new Marker(ATX_HEADING, 2, List.of("# ", "#\t")),
            new Marker(LINK, 2, List.of("](")),
            new Marker(FENCE, 2, List.of("```", "~~~")),
            new Marker(LIST, 1, List.of()),
            new Marker(EMPHASIS, 1, List.of("**", "__")),
            new Marker(INLINE_CODE, 1, List.of("`")),
            new Marker(SETEXT, 1, List.of("\n=", "\n---")));
    // package-private: the test compares withoutPrologue with its replaceAll
    static final Pattern XML_PROLOGUE =
            Pattern.compile("(?i)<\\?[\\s\\S]*?\\?>|<!--[\\s\\S]*?-->|<!DOCTYPE[^\\[>]*(\\[[\\s\\S]*?\\])?\\s*>");
    private static final Pattern ROOT_ELEMENT = Pattern.compile("<([A-Za-z_][\\w:.-]*)([^>]*)>");
    private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

    private FormatDetector() {}

    /** The kind of {@code text} (already decoded, see {@link ContentDecoder}). */
    public static ContentKind detect(String text) {
        ContentKind document = documentKind(text);
        if (document != null) {
            return document;
        }
        switch (FrontMatterSplitter.split(text).kind()) {
            case YAML:
                return ContentKind.MARKDOWN_YAML;
            case TOML:
                return ContentKind.MARKDOWN_TOML;
            default:
                break;
        }
        if (looksLikeHtml(text)) {
            return ContentKind.HTML;
        }
        return looksLikeMarkdown(text) ? ContentKind.MARKDOWN : ContentKind.TEXT;
    }

    /** A short name of {@code kind} for messages: "an RSS feed", "an iCalendar schedule"... */
    public static String describe(ContentKind kind) {
        return switch (kind) {
            case RSS -> "an RSS feed";
            case ATOM -> "an Atom feed";
            case OPML -> "an OPML feed list";
            case ICAL -> "an iCalendar schedule";
            case HTML -> "an HTML page";
            case TEXT -> "bare text";
            case MARKDOWN, MARKDOWN_YAML, MARKDOWN_TOML -> "markdown";
        };
    }

    // Feeds, feed lists and schedules by their first line or XML root element, whatever the file is called.
    private static ContentKind documentKind(String text) {
        int start = firstNonSpace(text);
        if (text.regionMatches(true, start, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length())) {
            return ContentKind.ICAL;
        }
        if (!text.startsWith("<", start)) {
            return null;
        }
        String head = text.substring(start, Math.min(text.length(), Math.max(start, HTML_SNIFF_CHARS)));
        Matcher root = ROOT_ELEMENT.matcher(withoutPrologue(head));
        if (!root.find()) {
            return null;
        }
        String name = root.group(1).toLowerCase(Locale.ROOT);
        return switch (name) {
            case "rss", "rdf:rdf" -> ContentKind.RSS;
            case "opml" -> ContentKind.OPML;
            case "feed" -> root.group(2).contains(ATOM_NAMESPACE) ? ContentKind.ATOM : null;
            default -> null;
        };
    }

    // XML_PROLOGUE.matcher(head).replaceAll(""), with the pattern tried only where a match can start (each
    // of its forms opens with "<?" or "<!") instead of at every character of the page
    static String withoutPrologue(String head) {
        Matcher prologue = XML_PROLOGUE.matcher(head);
        StringBuilder kept = new StringBuilder(head.length());
        int copied = 0;
        for (int at = head.indexOf('<'); at >= 0 && at + 1 < head.length(); at = head.indexOf('<', at + 1)) {
            char next = head.charAt(at + 1);
            if ((next == '?' || next == '!')
                    && prologue.region(at, head.length()).lookingAt()) {
                kept.append(head, copied, at);
                copied = prologue.end();
                at = copied - 1;
            }
        }
        return kept.append(head, copied, head.length()).toString();
    }

    private static boolean looksLikeHtml(String text) {
        int start = firstNonSpace(text);
        if (text.regionMatches(true, start, "<!doctype html", 0, "<!doctype html".length())
                || text.regionMatches(true, start, "<html", 0, "<html".length())) {
            return true;
        }
        // the sections of a page, <head> or <body>, looked for in its first part: each '<' is tried
        int end = Math.min(text.length(), HTML_SNIFF_CHARS);
        for (int at = text.indexOf('<', start); at >= 0 && at < end; at = text.indexOf('<', at + 1)) {
            if ((text.regionMatches(true, at + 1, "head", 0, 4) || text.regionMatches(true, at + 1, "body", 0, 4))
                    && at + 5 < end
                    && (text.charAt(at + 5) == '>' || Chars.isRegexSpace(text.charAt(at + 5)))) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    // The markup of a markdown post shows in its first pages; a long page of bare text is not read seven
    // times over to the end. The markers are tried from the most common, and no further than a score of
    // MARKDOWN_SCORE (a heading or link counts double).
    private static boolean looksLikeMarkdown(String whole) {
        String text = whole.length() <= MARKDOWN_SNIFF_CHARS ? whole : whole.substring(0, MARKDOWN_SNIFF_CHARS);
        int score = 0;
        for (Marker marker : MARKERS) {
            if (marker.mayMatch(text) && marker.pattern().matcher(text).find()) {
                score += marker.weight();
                if (score >= MARKDOWN_SCORE) {
                    return true;
                }
            }
        }
        return false;
    }
}
