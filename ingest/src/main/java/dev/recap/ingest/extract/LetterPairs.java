package dev.recap.ingest.extract;

/**
 * The first two letters of the words a case-insensitive pattern looks for ("ku" of "kubernetes", "dé" of
 * "déploiement"), compared as such a pattern's Unicode case folding compares them ("É" as "é", the Kelvin
 * sign as "k", "ſ" as "s"). A scanner tries the pattern only where a word opens on one of them: anywhere
 * else the pattern cannot match, and costs a regex attempt for nothing.
 */
final class LetterPairs {

    private static final int FIRST_LETTERS = 128;
    private static final int SECOND_LETTERS = 256;

    private final boolean[] pairs = new boolean[FIRST_LETTERS * SECOND_LETTERS];
    // every character that folds to a first letter (or lower-cases to one), as a table: scanners ask of
    // each character
    private final boolean[] firsts = new boolean[Character.MAX_VALUE + 1];

    /** The pairs, each two letters in lower case: an ASCII letter or digit, then a letter up to U+00FF. */
    LetterPairs(String... pairs) {
        StringBuilder firstLetters = new StringBuilder();
        for (String pair : pairs) {
            if (pair.length() != 2 || pair.charAt(0) >= FIRST_LETTERS || pair.charAt(1) >= SECOND_LETTERS) {
                throw new IllegalArgumentException("not two letters of the table: " + pair);
            }
            this.pairs[pair.charAt(0) * SECOND_LETTERS + pair.charAt(1)] = true;
            firstLetters.append(pair.charAt(0));
        }
        String letters = firstLetters.toString();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            firsts[c] = letters.indexOf(fold((char) c)) >= 0 || letters.indexOf(Character.toLowerCase(c)) >= 0;
        }
    }

    /** True when a word opening on {@code first} may be one of the words. */
    boolean opens(char first) {
        return firsts[first];
    }

    /** True when a word opening on {@code first} then {@code second} may be one of the words. */
    boolean opens(char first, char second) {
        int a = fold(first);
        int b = fold(second);
        return a < FIRST_LETTERS && b < SECOND_LETTERS && pairs[a * SECOND_LETTERS + b];
    }

    private static int fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
