package dev.recap.ingest.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Character tests the text scanners run on every character, with a table for ASCII so the common case
 * costs an array read: letters and digits, and lower case.
 */
public final class Chars {

    private static final int ASCII = 128;
    private static final boolean[] LETTER_OR_DIGIT = new boolean[ASCII];
    private static final char[] LOWER = new char[ASCII];

    // the lower case of each letter or digit, 0 for the other characters, and which characters are
    // letters: one load a character
    private static final char[] WORD_LOWER = new char[Character.MAX_VALUE + 1];
    private static final boolean[] LETTER = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c < ASCII; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            LOWER[c] = Character.toLowerCase(c);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORD_LOWER[c] = Character.isLetterOrDigit((char) c) ? Character.toLowerCase((char) c) : 0;
            LETTER[c] = Character.isLetter((char) c);
        }
    }

    // every BMP character's plain form ("é" -> "e", "ﬁ" -> "fi", "—" -> "—"), decomposed the first time it
    // is met and kept: decomposition works character by character, and marks are dropped, so folding a
    // text character by character gives what the Normalizer gives for the whole text
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Chars() {}

    /**
     * {@code text} decomposed (NFKD) without its combining marks: "Résumé" gives "Resume". Text that
     * folds to itself is returned as it is; each other character is folded through a table filled on first use.
     */
    public static String withoutAccents(String text) {
        int i = 0;
        // most text is ASCII, or keeps its first accent far in: nothing is copied up to the first change
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= ASCII && (Character.isSurrogate(c) || !foldsToItself(c))) {
                break;
            }
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] folded = new char[text.length() + 16];
        text.getChars(0, i, folded, 0);
        int length = i;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (length + 4 > folded.length) {
                folded = Arrays.copyOf(folded, folded.length * 2);
            }
            if (c < ASCII) {
                folded[length++] = c;
                continue;
            }
            String plain;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                plain = withoutMarks(text.substring(i, i + 2)); // emoji and rarer scripts, not kept
                i++;
            } else {
                plain = fold(c);
            }
            if (length + plain.length() > folded.length) {
                folded = Arrays.copyOf(folded, (length + plain.length()) * 2);
            }
            plain.getChars(0, plain.length(), folded, length);
            length += plain.length();
        }
        return new String(folded, 0, length);
    }

    private static boolean foldsToItself(char c) {
        String plain = fold(c);
        return plain.length() == 1 && plain.charAt(0) == c;
    }

    /** The plain form of {@code c} ({@link #withoutAccents} of it alone): "é" gives "e", a combining mark "". */
    public static String fold(char c) {
        String plain = FOLDED[c];
        if (plain == null) {
            plain = withoutMarks(String.valueOf(c));
            FOLDED[c] = plain; // a race only computes the same string twice
        }
        return plain;
    }

    private static String withoutMarks(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    /**
     * The lower case of {@code c} when it is a letter or digit ({@link Character#isLetterOrDigit(char)}),
     * else 0: the one test word scanners make of each character.
     */
    public static char wordLower(char c) {
        return WORD_LOWER[c];
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < ASCII ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return LETTER[c];
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return c < ASCII ? LOWER[c] : Character.toLowerCase(c);
    }
}
