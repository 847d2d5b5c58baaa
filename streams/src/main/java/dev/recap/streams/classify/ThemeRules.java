package dev.recap.streams.classify;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keywords and project names per theme, compared in normalised form (case, accents and hyphens folded;
 * keywords of 3 characters or fewer keep their case). {@link #defaults()} reads the data files of
 * {@code /themes/}: the CNCF landscape mapped to themes, aliases, exceptions and keywords.
 */
public final class ThemeRules {

    private static final int EXACT_CASE_MAX_LENGTH = 3;

    private final Map<String, List<Keyword>> keywords = new LinkedHashMap<>();
    private final Map<String, List<String>> projectThemes = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    /** A keyword in normalised form; an exact-case keyword is compared with a text whose case is kept. */
    public record Keyword(String text, boolean exactCase) {}

    /**
     * Rules from keywords per theme, themes per project name (an empty list: a project that gives no
     * theme) and aliases (another name → the project name it stands for).
     */
    public ThemeRules(
            Map<String, List<String>> keywords, Map<String, List<String>> projectThemes, Map<String, String> aliases) {
        keywords.forEach((theme, words) -> this.keywords.put(
                theme, words.stream().map(ThemeRules::keyword).distinct().toList()));
        projectThemes.forEach((name, themes) -> this.projectThemes.put(key(name), List.copyOf(themes)));
        aliases.forEach((alias, project) -> this.aliases.put(key(alias), key(project)));
    }

    /** The landscape-driven rules of {@code THEMES.md}, read once from the data files. */
    public static ThemeRules defaults() {
        return Defaults.RULES;
    }

    public Map<String, List<Keyword>> keywords() {
        return keywords;
    }

    /** The project {@code name} stands for, normalised: aliases resolved, so one project counts once. */
    public String projectKey(String name) {
        String key = key(name);
        return aliases.getOrDefault(key, key);
    }

    /** The themes of a project (name, alias or {@link #projectKey}); empty when it gives none or is unknown. */
    public List<String> themesOfProject(String project) {
        return projectThemes.getOrDefault(projectKey(project), List.of());
    }

    int order(String theme) {
        int index = Themes.ALL.indexOf(theme);
        return index < 0 ? Themes.ALL.size() : index;
    }

    private static String key(String name) {
        return ThemeClassifier.normalise(name);
    }

    private static Keyword keyword(String written) {
        String folded = ThemeClassifier.normalise(written);
        return folded.length() <= EXACT_CASE_MAX_LENGTH
                ? new Keyword(ThemeClassifier.normaliseKeepingCase(written), true)
                : new Keyword(folded, false);
    }

    // loaded on first use: the landscape has 2,400 rows, and every classifier shares the same rules
    private static final class Defaults {
        static final ThemeRules RULES =
                new ThemeRules(ThemeData.keywords(), ThemeData.projectThemes(), ThemeData.projectAliases());
    }
}
