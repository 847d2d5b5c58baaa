package dev.recap.streams.classify;

import dev.recap.schemas.TextFolding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Gives a text 1 to 3 themes of {@code THEMES.md}, most relevant first, with its scoring rule: a named
 * project of the theme scores 3, each distinct keyword 1 (at most 3 a theme); the top theme is primary,
 * others scoring 3 or more follow; nothing scoring 2 or more gives {@code other}.
 */
public final class ThemeClassifier {

    private static final int PROJECT_SCORE = 3;
    private static final int MAX_KEYWORD_SCORE = 3;
    private static final int SECONDARY_FLOOR = 3;
    private static final int MIN_SCORE = 2;
    private static final int MAX_THEMES = 3;

    private final ThemeRules rules;
    private final List<String> keywordThemes = new ArrayList<>();
    private final int[] keywordTheme;
    // first word of a keyword → the keywords that start with it, as words; folded and exact-case apart
    private final Map<String, List<Phrase>> foldedPhrases = new HashMap<>();
    private final Map<String, List<Phrase>> casedPhrases = new HashMap<>();

    private record Phrase(String[] words, int keyword) {}

    public ThemeClassifier(ThemeRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        List<Integer> themeOfKeyword = new ArrayList<>();
        rules.keywords().forEach((theme, keywords) -> {
            int themeIndex = keywordThemes.size();
            keywordThemes.add(theme);
            for (ThemeRules.Keyword k : keywords) {
                if (k.text().isEmpty()) {
                    continue;
                }
                String[] words = k.text().split(" ");
                Phrase phrase = new Phrase(words, themeOfKeyword.size());
                themeOfKeyword.add(themeIndex);
                (k.exactCase() ? casedPhrases : foldedPhrases)
                        .computeIfAbsent(words[0], w -> new ArrayList<>())
                        .add(phrase);
            }
        });
        keywordTheme = themeOfKeyword.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A classifier with the landscape-driven rules of {@code THEMES.md} ({@link ThemeRules#defaults()}). */
    public static ThemeClassifier withDefaultRules() {
        return new ThemeClassifier(ThemeRules.defaults());
    }

    /** Themes of {@code text} that also names {@code projects}, best first; never empty. */
    public List<String> classify(String text, Collection<String> projects) {
        Map<String, Integer> scores = scores(text, projects);
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(
                Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(e -> rules.order(e.getKey())));
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_SCORE) {
            return List.of(Themes.OTHER);
        }
        List<String> themes = new ArrayList<>();
        themes.add(ranked.get(0).getKey());
        ranked.stream()
                .skip(1)
                .filter(e -> e.getValue() >= SECONDARY_FLOOR)
                .limit(MAX_THEMES - 1)
                .forEach(e -> themes.add(e.getKey()));
        demoteCommunity(themes);
        return List.copyOf(themes);
    }

    /** The score of every theme that scored, for explanations and tests. */
    public Map<String, Integer> scores(String text, Collection<String> projects) {
        String cased = normaliseKeepingCase(Objects.requireNonNullElse(text, ""));
        Map<String, Integer> scores = new LinkedHashMap<>();
        projects.stream()
                .map(rules::projectKey)
                .distinct()
                .forEach(project -> rules.themesOfProject(project)
                        .forEach(theme -> scores.merge(theme, PROJECT_SCORE, Integer::sum)));
        if (cased.isEmpty()) {
            return scores;
        }
        String[] casedWords = cased.split(" ");
        String[] foldedWords = cased.toLowerCase(Locale.ROOT).split(" ");
        BitSet hit = new BitSet(keywordTheme.length);
        match(foldedWords, foldedPhrases, hit);
        match(casedWords, casedPhrases, hit);
        int[] hits = new int[keywordThemes.size()];
        hit.stream().forEach(keyword -> hits[keywordTheme[keyword]]++);
        for (int theme = 0; theme < hits.length; theme++) {
            if (hits[theme] > 0) {
                scores.merge(keywordThemes.get(theme), Math.min(hits[theme], MAX_KEYWORD_SCORE), Integer::sum);
            }
        }
        return scores;
    }

    // One pass over the words: a keyword matches where its words follow each other, whole words only.
    private static void match(String[] words, Map<String, List<Phrase>> phrases, BitSet hit) {
        for (int i = 0; i < words.length; i++) {
            List<Phrase> candidates = phrases.get(words[i]);
            if (candidates == null) {
                continue;
            }
            for (Phrase phrase : candidates) {
                if (!hit.get(phrase.keyword()) && matchesAt(words, i, phrase.words())) {
                    hit.set(phrase.keyword());
                }
            }
        }
    }

    private static boolean matchesAt(String[] words, int start, String[] phrase) {
        if (start + phrase.length > words.length) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (!words[start + j].equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, no accents, words separated by one space: how keywords and texts are compared. */
    static String normalise(String text) {
        return normaliseKeepingCase(text).toLowerCase(Locale.ROOT);
    }

    /**
     * As {@link #normalise} but keeping the case, for short keywords that match only with their case: the
     * text decomposed (NFKD), marks dropped, and every run of characters other than letters, numbers and
     * {@code /} made one space, none at either end.
     */
    static String normaliseKeepingCase(String text) {
        return TextFolding.words(TextFolding.withoutMarks(text), true);
    }

    // THEMES.md rule 3: community is primary only when no technical theme scores.
    private static void demoteCommunity(List<String> themes) {
        if (themes.size() > 1 && themes.get(0).equals(Themes.COMMUNITY)) {
            themes.sort(Comparator.comparing(Themes.COMMUNITY::equals));
        }
    }
}
