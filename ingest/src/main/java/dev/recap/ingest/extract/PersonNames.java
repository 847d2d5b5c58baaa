package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a phrase reads as a person's name: two to six capitalised words (particles such as
 * "de" or "van" allowed), no digits, and none of the capitalised words prose and talk titles are full
 * of ("Cloud", "Native", "Kubernetes", "The", job titles...).
 */
final class PersonNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final Set<String> PARTICLES = Set.of(
            "de", "da", "di", "du", "van", "von", "der", "den", "le", "la", "del", "bin", "al", "el", "ten", "ter",
            "dos", "das", "y");
    private static final Set<String> NOT_NAME_WORDS = WordList.load("not-name-words.txt");
    private static final int MAX_WORDS = 6;

    private PersonNames() {}

    /** True when {@code text} reads as one person's name. */
    static boolean looksLikeName(String text) {
        String name = text.strip();
        if (name.isEmpty()
                || !Character.isUpperCase(name.codePointAt(0))
                || name.contains(",")
                || name.contains("(")
                || name.contains(":")) {
            return false;
        }
        String[] words = SPACES.split(name);
        if (words.length > MAX_WORDS || Chars.hasDigit(name) || Companies.isKnown(name)) {
            return false;
        }
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            // "van", and inside a name "El" or "Le" as well ("Samira El Amrani", "Yann Le Goff")
            if (PARTICLES.contains(word)
                    || (i > 0 && i < words.length - 1 && PARTICLES.contains(word.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0))
                    || NOT_NAME_WORDS.contains(Words.normalise(word))
                    || isAcronym(word)) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2 && Character.isUpperCase(words[0].codePointAt(0));
    }

    // "ING", "IBM": a company, not a first or last name; a lone initial ("K") is fine.
    private static boolean isAcronym(String word) {
        if (word.length() <= 1) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
