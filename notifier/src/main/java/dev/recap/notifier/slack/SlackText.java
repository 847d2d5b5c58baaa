package dev.recap.notifier.slack;

import dev.recap.notifier.render.WebLinks;
import java.util.regex.Pattern;

/**
 * Text rules of Slack's mrkdwn: the three characters Slack reserves ({@code & < >}) escaped as entities,
 * one line per item, only http(s) links, and cuts that never split an entity or a surrogate pair.
 */
final class SlackText {

    static final String ELLIPSIS = "…";
    private static final int WORD_SLACK = 30;
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\s\\u2028\\u2029]+");

    private SlackText() {}

    /** {@code text} with {@code &}, {@code <} and {@code >} escaped, the only escaping Slack asks for. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            out.append(escaped(text.charAt(i)));
        }
        return out.toString();
    }

    /** Control characters and runs of white space become one space, so an item stays on its line. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return BREAKS.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The escaped form of {@code raw} when it fits in {@code max} characters; otherwise the longest
     * escaped prefix that fits with a trailing ellipsis (empty when not even that fits).
     */
    static String cut(String raw, int max) {
        String whole = escape(raw);
        if (whole.length() <= max) {
            return whole;
        }
        if (max < ELLIPSIS.length()) {
            return "";
        }
        int length = 0;
        int end = 0;
        while (end < raw.length()) {
            int codePoint = raw.codePointAt(end);
            int escapedLength = codePoint < 0x10000 ? escaped((char) codePoint).length() : 2;
            if (length + escapedLength + ELLIPSIS.length() > max) {
                break;
            }
            length += escapedLength;
            end += Character.charCount(codePoint);
        }
        // Prefer ending on a word when one ends close enough: "Kubernetes…" reads better than "Kube…".
        int space = raw.lastIndexOf(' ', end);
        if (end < raw.length() && raw.charAt(end) != ' ' && space > 0 && end - space <= WORD_SLACK) {
            end = space;
        }
        return escape(raw.substring(0, end)).stripTrailing() + ELLIPSIS;
    }

    /** Plain text (a header) cut to {@code max} characters with an ellipsis, never inside a surrogate pair. */
    static String cutPlain(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(end, 0)).stripTrailing() + ELLIPSIS;
    }

    /**
     * {@code url} when it is an absolute http(s) URL with a host, else {@code null}: escaping alone would
     * let {@code javascript:} or {@code slack://} links through. java.net.URI refuses {@code | < >}, so an
     * accepted URL cannot break out of Slack's {@code <url|label>} syntax.
     */
    static String httpUrl(String url) {
        return WebLinks.httpOrNull(url);
    }

    private static String escaped(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> String.valueOf(c);
        };
    }
}
