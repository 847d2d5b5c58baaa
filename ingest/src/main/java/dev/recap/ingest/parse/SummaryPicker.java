package dev.recap.ingest.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks a post's summary: its first meaningful paragraph (a sentence of some length, not a list, a
 * caption or a link line), cut at a word boundary to fit {@link ParsedPost#MAX_SUMMARY_CHARS}.
 */
public final class SummaryPicker {

    private static final int MIN_WORDS = 6;
    private static final int MIN_CHARS = 40;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](\\s|$)");

    private SummaryPicker() {}

    /** The summary of a post with these sections, or {@code null} when no paragraph qualifies. */
    public static String pick(List<Section> sections) {
        for (Section section : sections) {
            for (String paragraph : section.paragraphs()) {
                if (isMeaningful(paragraph)) {
                    return shorten(SPACES.matcher(paragraph).replaceAll(" "), ParsedPost.MAX_SUMMARY_CHARS);
                }
            }
        }
        return null;
    }

    /** {@code text} whole when it fits in {@code max} characters, else cut at a word boundary with an ellipsis. */
    public static String shorten(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        String cut = t.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "…";
    }

    // A sentence of some length: not a list, a caption, a byline or a line of tags.
    private static boolean isMeaningful(String paragraph) {
        String first = paragraph.strip().lines().findFirst().orElse("");
        if (first.startsWith("- ") || first.startsWith("• ") || first.startsWith("* ")) {
            return false;
        }
        return first.length() >= MIN_CHARS
                && hasWords(first, MIN_WORDS)
                && SENTENCE_END.matcher(paragraph).find();
    }

    // SPACES.split(text).length >= count, counted without splitting: split gives the runs of non-\\s
    // characters, one empty piece more before a leading \\s run, none for white space alone, one for ""
    private static boolean hasWords(String text, int count) {
        if (text.isEmpty()) {
            return count <= 1;
        }
        int leading = isRegexSpace(text.charAt(0)) ? 1 : 0;
        int runs = 0;
        for (int i = 0; i < text.length() && runs + leading < count; i++) {
            if (!isRegexSpace(text.charAt(i)) && (i == 0 || isRegexSpace(text.charAt(i - 1)))) {
                runs++;
            }
        }
        return runs > 0 && runs + leading >= count;
    }

    // what the regex class \\s holds without UNICODE_CHARACTER_CLASS
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
