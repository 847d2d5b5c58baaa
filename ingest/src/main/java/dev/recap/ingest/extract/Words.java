package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;
import java.util.Arrays;

/** Text reduced to comparable words: lower case, no accents, punctuation as single spaces. */
final class Words {

    private static final int ASCII = 128;
    // the lower case of each ASCII letter or digit, 0 for the other characters
    private static final char[] WORD_LOWER = new char[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            WORD_LOWER[c] = Chars.isLetterOrDigit(c) ? Chars.toLowerCase(c) : 0;
        }
    }

    private Words() {}

    /** {@code "Jour 1 — Résumé!"} gives {@code "jour 1 resume"}. */
    static String normalise(String text) {
        // one pass: each character folded (no accents), lower-cased, and every run of characters that are
        // neither letters nor digits written as one space; ASCII through a table
        Normaliser words = new Normaliser(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ASCII) {
                words.ascii(c);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                words.folded(Chars.withoutAccents(text.substring(i, i + 2)));
                i++;
            } else {
                words.folded(Chars.fold(c));
            }
        }
        return words.toString();
    }

    // The words being written: lower-case letters and digits, single spaces between words.
    private static final class Normaliser {
        private char[] words;
        private int length;
        private boolean gap;

        Normaliser(int capacity) {
            words = new char[capacity];
        }

        void ascii(char c) {
            char lower = WORD_LOWER[c];
            if (lower == 0) {
                gap = true;
                return;
            }
            if (length + 2 > words.length) {
                words = Arrays.copyOf(words, words.length * 2 + 2);
            }
            if (gap && length > 0) {
                words[length++] = ' ';
            }
            words[length++] = lower;
            gap = false;
        }

        void folded(String plain) {
            for (int i = 0; i < plain.length(); ) {
                int c = plain.codePointAt(i);
                i += Character.charCount(c);
                if (c < ASCII) {
                    ascii((char) c);
                } else if (isWordCharacter(c)) {
                    if (length + 3 > words.length) {
                        words = Arrays.copyOf(words, words.length * 2 + 3);
                    }
                    if (gap && length > 0) {
                        words[length++] = ' ';
                    }
                    length += Character.toChars(Character.toLowerCase(c), words, length);
                    gap = false;
                } else {
                    gap = true;
                }
            }
        }

        @Override
        public String toString() {
            return new String(words, 0, length);
        }
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
