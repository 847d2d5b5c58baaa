package dev.recap.ingest.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Character tests the text scanners run on every character, each a read of a table built once: letters
 * and digits, lower case; and accents taken off, folded the first time a character is met.
 */
public final class Chars {

    private static final int ASCII = 128;
    // for every character: its lower case, the same for letters and digits only (0 for the others), and
    // whether it is a letter or digit, a letter: one array load where scanners test a character
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];
    private static final char[] WORD_LOWER = new char[Character.MAX_VALUE + 1];
    private static final boolean[] LETTER_OR_DIGIT = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] LETTER = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            LOWER[c] = Character.toLowerCase(c);
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            LETTER[c] = Character.isLetter(c);
            WORD_LOWER[c] = LETTER_OR_DIGIT[c] ? LOWER[c] : 0;
        }
    }

    // every BMP character's plain form ("é" -> "e", "ﬁ" -> "fi", "—" -> "—"), decomposed the first time it
    // is met and kept: decomposition works character by character, and marks are dropped, so folding a
    // text character by character gives what the Normalizer gives for the whole text
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];
    // the same when it is one character (nearly always), read without a String; UNKNOWN until first met
    private static final char[] FOLDED_ONE = new char[Character.MAX_VALUE + 1];
    private static final char UNKNOWN = 0;
    private static final char MANY = Character.MAX_VALUE;
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
            if (c >= ASCII && (Character.isSurrogate(c) || foldOne(c) != c)) {
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
            char one = Character.isSurrogate(c) ? MANY : foldOne(c);
            if (one != MANY) {
                folded[length++] = one;
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

    // The one character {@code c} folds to, or MANY when it folds to none or several ("ﬁ" to "fi").
    private static char foldOne(char c) {
        char one = FOLDED_ONE[c];
        if (one == UNKNOWN) {
            String plain = fold(c);
            one = plain.length() == 1 && plain.charAt(0) != UNKNOWN ? plain.charAt(0) : MANY;
            FOLDED_ONE[c] = one; // a race only computes the same answer twice
        }
        return one;
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

    /** True for what the regex class {@code \\s} holds without UNICODE_CHARACTER_CLASS: ASCII white space. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** True for the characters regexes end a line at: \n, \r, NEL, and the line and paragraph separators. */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** True when {@code text} holds an ASCII digit, what {@code \\d} matches. */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return LETTER_OR_DIGIT[c];
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return LETTER[c];
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return LOWER[c];
    }
}
