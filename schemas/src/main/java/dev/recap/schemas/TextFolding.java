package dev.recap.schemas;

import java.text.Normalizer;

/**
 * The two steps every Recap comparison of words is built on, in one pass each and without regular
 * expressions: decomposing a text (NFKD) with its marks dropped, and cutting it into words. ASCII text,
 * most of what Recap reads, is never handed to the normaliser.
 */
public final class TextFolding {

    private TextFolding() {}

    /**
     * {@code text} decomposed (NFKD) without its marks (categories Mn, Me, Mc): {@code "Sécurité"} gives
     * {@code "Securite"}. Each character is decomposed alone, which gives the same result as decomposing
     * the whole text since the marks the reordering would move are dropped.
     */
    public static String withoutMarks(String text) {
        int first = firstNonAscii(text);
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.append((char) c);
                continue;
            }
            String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD);
            for (int k = 0; k < decomposed.length(); ) {
                int d = decomposed.codePointAt(k);
                k += Character.charCount(d);
                if (!isMark(d)) {
                    out.appendCodePoint(d);
                }
            }
        }
        return out.toString();
    }

    /**
     * The words of {@code text}: letters and numbers (and {@code /} when {@code keepSlash}), every run of
     * other characters made one space, none at either end.
     */
    public static String words(String text, boolean keepSlash) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean word = c < 0x80
                    ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    : Character.isLetter(c) || isNumber(c);
            if (word || (keepSlash && c == '/')) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static int firstNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
