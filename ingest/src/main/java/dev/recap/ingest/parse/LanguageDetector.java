package dev.recap.ingest.parse;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Guesses the language of a text (fr, en, es or de) from its most common function words. Answers
 * {@code null} when the text is too short or no language clearly leads.
 */
public final class LanguageDetector {

    private static final Map<String, Set<String>> STOP_WORDS = stopWords();
    // each stop word and the languages it is one of, so a word is looked up once
    private static final List<String> LANGUAGES = List.copyOf(new TreeSet<>(STOP_WORDS.keySet()));
    private static final Map<String, Integer> LANGUAGE_OF = languageOf(STOP_WORDS);
    private static final int HASH_MASK = (1 << 16) - 1;
    private static final BitSet STOP_WORD_HASHES = hashes(LANGUAGE_OF.keySet());
    private static final int SLOTS = 512;
    private static final int SLOT_MASK = SLOTS - 1;
    private static final String[] SLOT_WORDS = slots(LANGUAGE_OF);
    private static final int[] SLOT_HASHES = Arrays.stream(SLOT_WORDS)
            .mapToInt(w -> w == null ? 0 : w.hashCode())
            .toArray();
    private static final int[] SLOT_LANGUAGES = Arrays.stream(SLOT_WORDS)
            .mapToInt(w -> w == null ? -1 : LANGUAGE_OF.get(w))
            .toArray();
    private static final char DOTTED_CAPITAL_I = '\u0130';
    private static final int MAX_WORDS = 3_000;
    private static final int MIN_HITS = 5;
    private static final double LEAD_RATIO = 1.5;

    private LanguageDetector() {}

    /** The ISO 639-1 code of the language of {@code text}, or {@code null} when unsure. */
    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int[] hits = new int[LANGUAGES.size()];
        int words = 0;
        char[] chars = text.toCharArray(); // read faster than through charAt, which checks the coder each time
        int length = chars.length;
        int i = 0;
        // words are runs of letters, with one apostrophe inside ("l'équipe", "don't")
        while (i < length && words < MAX_WORDS) {
            char c = chars[i++];
            if (!Chars.isLetter(c)) {
                continue;
            }
            int start = i - 1;
            int hash = Chars.toLowerCase(c);
            boolean apostropheSeen = false;
            for (; i < length; i++) {
                c = chars[i];
                if (!Chars.isLetter(c)) {
                    boolean apostrophe = (c == '\'' || c == '’')
                            && !apostropheSeen
                            && i + 1 < length
                            && Chars.isLetter(chars[i + 1]);
                    if (!apostrophe) {
                        break;
                    }
                    apostropheSeen = true;
                }
                hash = 31 * hash + Chars.toLowerCase(c);
            }
            // a bit of the word's hash tells most words are no stop word, without building them
            if (STOP_WORD_HASHES.get(hash & HASH_MASK)) {
                int language = languageOf(chars, start, i, hash);
                if (language >= 0) {
                    hits[language]++;
                }
            }
            words++;
        }
        return leader(hits);
    }

    // The language of the stop word at [start, end) of {@code chars}, whose lower-case hash is {@code hash},
    // or -1: compared in place with the stop words of that hash, where String.toLowerCase would build the
    // word. The one letter it lower-cases to two, "İ", never makes a stop word, as "i" and a mark.
    private static int languageOf(char[] chars, int start, int end, int hash) {
        for (int slot = hash & SLOT_MASK; SLOT_WORDS[slot] != null; slot = (slot + 1) & SLOT_MASK) {
            String word = SLOT_WORDS[slot];
            if (SLOT_HASHES[slot] == hash && word.length() == end - start && sameLowerCase(chars, start, word)) {
                return SLOT_LANGUAGES[slot];
            }
        }
        return -1;
    }

    private static boolean sameLowerCase(char[] chars, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = chars[start + k];
            if (c == DOTTED_CAPITAL_I || Chars.toLowerCase(c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // The stop words in an open-addressing table by their hash: words, hashes and languages side by side.
    private static String[] slots(Map<String, Integer> languageOf) {
        String[] words = new String[SLOTS];
        for (String word : new TreeSet<>(languageOf.keySet())) {
            int slot = word.hashCode() & SLOT_MASK;
            while (words[slot] != null) {
                slot = (slot + 1) & SLOT_MASK;
            }
            words[slot] = word;
        }
        return words;
    }

    private static BitSet hashes(Set<String> words) {
        BitSet hashes = new BitSet(HASH_MASK + 1);
        words.forEach(w -> hashes.set(w.hashCode() & HASH_MASK));
        return hashes;
    }

    // each stop word and the index in LANGUAGES of the one language it belongs to (shared words are dropped)
    private static Map<String, Integer> languageOf(Map<String, Set<String>> stopWords) {
        Map<String, Integer> languages = new HashMap<>();
        stopWords.forEach((language, words) -> words.forEach(w -> languages.put(w, LANGUAGES.indexOf(language))));
        return Map.copyOf(languages);
    }

    // a tie at the top never leads, so the order languages are counted in does not matter
    private static String leader(int[] hits) {
        int best = -1;
        int bestHits = 0;
        int secondHits = 0;
        for (int language = 0; language < hits.length; language++) {
            if (hits[language] > bestHits) {
                secondHits = bestHits;
                bestHits = hits[language];
                best = language;
            } else if (hits[language] > secondHits) {
                secondHits = hits[language];
            }
        }
        return bestHits >= MIN_HITS && bestHits >= LEAD_RATIO * secondHits ? LANGUAGES.get(best) : null;
    }

    private static Map<String, Set<String>> stopWords() {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        words.put(
                "en",
                Set.of(
                        "the", "and", "of", "to", "is", "that", "it", "for", "with", "was", "this", "are", "be", "we",
                        "you", "have", "not", "but", "they", "from", "which", "at", "can", "will", "an"));
        words.put(
                "fr",
                Set.of(
                        "le", "les", "des", "du", "et", "est", "qui", "pour", "dans", "pas", "sur", "avec", "nous",
                        "ce", "au", "aux", "sont", "cette", "il", "une", "mais", "ou", "ont", "je", "vous", "être"));
        words.put(
                "es",
                Set.of(
                        "el", "los", "las", "y", "es", "por", "para", "con", "del", "se", "lo", "como", "más", "pero",
                        "una", "su", "al", "sus", "este", "esta", "fue", "muy", "también"));
        words.put(
                "de",
                Set.of(
                        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu", "auf",
                        "für", "von", "im", "sich", "auch", "es", "wir", "ich", "sind", "wird"));
        return withoutSharedWords(words);
    }

    // A word used by two languages ("une" in fr, "es" in de and es) says nothing about which one it is.
    private static Map<String, Set<String>> withoutSharedWords(Map<String, Set<String>> words) {
        Map<String, Integer> uses = new HashMap<>();
        words.values().forEach(list -> list.forEach(w -> uses.merge(w, 1, Integer::sum)));
        Map<String, Set<String>> distinct = new LinkedHashMap<>();
        words.forEach((language, list) -> {
            Set<String> kept = new HashSet<>(list);
            kept.removeIf(w -> uses.get(w) > 1);
            distinct.put(language, Set.copyOf(kept));
        });
        return Map.copyOf(distinct);
    }
}
