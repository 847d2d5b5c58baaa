package dev.recap.ingest.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text reduced to comparable words: lower case, no accents, punctuation as single spaces. */
final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {}

    /** {@code "Jour 1 — Résumé!"} gives {@code "jour 1 resume"}. */
    static String normalise(String text) {
        String t = isAscii(text)
                ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                        .replaceAll("");
        return NOT_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** True when {@code text} is plain ASCII, which has no accents to take off. */
    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** True when normalised {@code text} holds the normalised {@code phrase} as whole words. */
    static boolean containsPhrase(String normalisedText, String normalisedPhrase) {
        return (" " + normalisedText + " ").contains(" " + normalisedPhrase + " ");
    }
}
