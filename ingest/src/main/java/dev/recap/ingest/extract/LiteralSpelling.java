package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A spelling made by {@link Project#literal} ("Argo CD": words joined by a space or a hyphen, whole words,
 * maybe in any case) matched by comparing characters rather than running its regular expression: a
 * catalogue tries hundreds of spellings a post, and a regex costs more to start than such a comparison.
 * It answers as the pattern does.
 */
final class LiteralSpelling {

    private static final String OPEN = "(?<![\\p{L}\\p{N}])(?:";
    private static final String CLOSE = ")(?![\\p{L}\\p{N}])";
    private static final String QUOTE = "\\Q";
    private static final String UNQUOTE = "\\E";
    private static final String JOIN = "[\\s-]";

    private final List<String> words;
    private final boolean ignoreCase;

    private LiteralSpelling(List<String> words, boolean ignoreCase) {
        this.words = List.copyOf(words);
        this.ignoreCase = ignoreCase;
    }

    /** The literal {@code pattern} spells, or empty when it is any other regular expression. */
    static Optional<LiteralSpelling> of(Pattern pattern) {
        int flags = pattern.flags();
        boolean ignoreCase = flags == (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (flags != 0 && !ignoreCase) {
            return Optional.empty();
        }
        String regex = pattern.pattern();
        if (!regex.startsWith(OPEN) || !regex.endsWith(CLOSE)) {
            return Optional.empty();
        }
        String inside = regex.substring(OPEN.length(), regex.length() - CLOSE.length());
        List<String> words = new ArrayList<>();
        int at = 0;
        while (true) {
            if (!inside.startsWith(QUOTE, at)) {
                return Optional.empty();
            }
            int end = inside.indexOf(UNQUOTE, at + QUOTE.length());
            if (end < 0 || end == at + QUOTE.length()) {
                return Optional.empty();
            }
            words.add(inside.substring(at + QUOTE.length(), end));
            at = end + UNQUOTE.length();
            if (at == inside.length()) {
                return Optional.of(new LiteralSpelling(words, ignoreCase));
            }
            if (!inside.startsWith(JOIN, at)) {
                return Optional.empty();
            }
            at += JOIN.length();
        }
    }

    /** The end of this spelling when it is written at {@code start} of {@code text}, as whole words; else -1. */
    int matchAt(String text, int start) {
        if (start > 0 && isWordCharacter(text.codePointBefore(start))) {
            return -1;
        }
        int at = start;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                if (at >= text.length() || !isJoiner(text.charAt(at))) {
                    return -1;
                }
                at++;
            }
            String word = words.get(i);
            if (!text.regionMatches(ignoreCase, at, word, 0, word.length())) {
                return -1;
            }
            at += word.length();
        }
        return at < text.length() && isWordCharacter(text.codePointAt(at)) ? -1 : at;
    }

    // [\s-]: white space as regexes read it without UNICODE_CHARACTER_CLASS, or a hyphen
    private static boolean isJoiner(char c) {
        return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    // [\p{L}\p{N}]
    private static boolean isWordCharacter(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
