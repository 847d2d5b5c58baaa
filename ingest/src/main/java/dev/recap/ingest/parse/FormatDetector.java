package dev.recap.ingest.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises what an input is from its content: front matter first, then HTML markers, then enough
 * markdown syntax (a heading or link counts double) to tell markdown from bare text.
 */
public final class FormatDetector {

    private static final int HTML_SNIFF_CHARS = 65_536;
    private static final Pattern HTML_SECTION = Pattern.compile("<(head|body)[\\s>]");
    private static final Pattern ATX_HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]\\n]*\\]\\([^)\\s]+\\)");
    private static final Pattern FENCE = Pattern.compile("(?m)^(```|~~~)");
    private static final Pattern SETEXT = Pattern.compile("(?m)^\\S[^\\n]*\\n(=+|-{3,})[ \\t]*$");
    private static final Pattern LIST = Pattern.compile("(?m)^[ \\t]*([-*+]|\\d+\\.)[ \\t]+\\S");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]+`");
    private static final int MARKDOWN_SCORE = 2;

    private FormatDetector() {}

    /** The kind of {@code text} (already decoded, see {@link ContentDecoder}). */
    public static ContentKind detect(String text) {
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
        return markdownScore(text) >= MARKDOWN_SCORE ? ContentKind.MARKDOWN : ContentKind.TEXT;
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), HTML_SNIFF_CHARS))
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || HTML_SECTION.matcher(head).find();
    }

    private static int markdownScore(String text) {
        int score = 0;
        score += ATX_HEADING.matcher(text).find() ? 2 : 0;
        score += LINK.matcher(text).find() ? 2 : 0;
        score += FENCE.matcher(text).find() ? 2 : 0;
        score += SETEXT.matcher(text).find() ? 1 : 0;
        score += LIST.matcher(text).find() ? 1 : 0;
        score += EMPHASIS.matcher(text).find() ? 1 : 0;
        score += INLINE_CODE.matcher(text).find() ? 1 : 0;
        return score;
    }
}
