package dev.recap.ingest.parse;

import java.text.Normalizer;
import java.util.regex.Pattern;

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

    // Latin letters with accents and their plain forms ("é" -> "e"), decomposed once; other text goes
    // through the Normalizer as a whole
    private static final char FOLD_FIRST = '\u00C0';
    private static final char FOLD_LAST = '\u024F';
    private static final String[] FOLDED = new String[FOLD_LAST - FOLD_FIRST + 1];
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static {
        for (char c = FOLD_FIRST; c <= FOLD_LAST; c++) {
            FOLDED[c - FOLD_FIRST] = withoutMarks(String.valueOf(c));
        }
    }

    private Chars() {}

    /**
     * {@code text} decomposed (NFKD) without its combining marks: "Résumé" gives "Resume". ASCII text is
     * returned as it is, Latin text folded through a table, anything else through the Normalizer.
     */
    public static String withoutAccents(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ASCII) {
                if (folded != null) {
                    folded.append(c);
                }
            } else if (c >= FOLD_FIRST && c <= FOLD_LAST) {
                if (folded == null) {
                    folded = new StringBuilder(text.length()).append(text, 0, i);
                }
                folded.append(FOLDED[c - FOLD_FIRST]);
            } else {
                return withoutMarks(text);
            }
        }
        return folded == null ? text : folded.toString();
    }

    private static String withoutMarks(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

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
