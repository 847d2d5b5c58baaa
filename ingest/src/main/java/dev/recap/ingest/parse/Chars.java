package dev.recap.ingest.parse;

/**
 * Character tests the text scanners run on every character, with a table for ASCII so the common case
 * costs an array read: letters and digits, and lower case.
 */
public final class Chars {

    private static final int ASCII = 128;
    private static final boolean[] LETTER_OR_DIGIT = new boolean[ASCII];
    private static final char[] LOWER = new char[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            LOWER[c] = Character.toLowerCase(c);
        }
    }

    private Chars() {}

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < ASCII ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return c < ASCII ? LETTER_OR_DIGIT[c] && (c > '9' || c < '0') : Character.isLetter(c);
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return c < ASCII ? LOWER[c] : Character.toLowerCase(c);
    }
}
