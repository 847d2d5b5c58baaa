package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;

/** Text reduced to comparable words: lower case, no accents, punctuation as single spaces. */
final class Words {

    private static final int ASCII = 128;

    private Words() {}

    /** {@code "Jour 1 — Résumé!"} gives {@code "jour 1 resume"}. */
    static String normalise(String text) {
        String t = Chars.withoutAccents(text);
        // lower case, and every run of characters that are neither letters nor digits as one space
        StringBuilder words = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); ) {
            char ch = t.charAt(i);
            int c = Character.isSurrogate(ch) ? t.codePointAt(i) : ch;
            i += Character.charCount(c);
            boolean word = c < ASCII ? Chars.isLetterOrDigit((char) c) : isWordCharacter(c);
            if (word) {
                if (gap && !words.isEmpty()) {
                    words.append(' ');
                }
                if (c < ASCII) {
                    words.append(Chars.toLowerCase((char) c));
                } else {
                    words.appendCodePoint(Character.toLowerCase(c));
                }
                gap = false;
            } else {
                gap = true;
            }
        }
        return words.toString();
    }

    // \p{L} or \p{N}, as the patterns of the word lists use
    private static boolean isWordCharacter(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Normalised {@code text} with a space on each side, so phrases are found as whole words. */
    static String padded(String normalisedText) {
        return " " + normalisedText + " ";
    }

    /** True when {@link #padded} text holds the normalised {@code phrase} as whole words. */
    static boolean containsPhrase(String paddedText, String normalisedPhrase) {
        return paddedText.contains(" " + normalisedPhrase + " ");
    }

    /** How many times {@link #padded} text holds the normalised {@code phrase} as whole words. */
    static int countPhrase(String paddedText, String normalisedPhrase) {
        String word = " " + normalisedPhrase + " ";
        int count = 0;
        for (int at = paddedText.indexOf(word); at >= 0; at = paddedText.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}
