package dev.recap.streams.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the classifier's data files from {@code /themes/} (see the README there): the CNCF landscape with
 * its subcategory → theme table, the aliases and per-project exceptions, and the keywords of each theme.
 */
final class ThemeData {

    private static final String DIR = "/themes/";
    private static final String ANY_SUBCATEGORY = "*";
    private static final String NO_THEME = "-";

    private ThemeData() {}

    /** Keywords per theme, in the order of {@link Themes#ALL}, each as written in the data file. */
    static Map<String, List<String>> keywords() {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        Themes.ALL.forEach(theme -> keywords.put(theme, new ArrayList<>()));
        for (List<String> row : TsvResource.rows(DIR + "keywords.tsv")) {
            List<String> list = keywords.get(requireTheme(row.get(0)));
            if (!list.contains(row.get(2))) {
                list.add(row.get(2));
            }
        }
        keywords.values().removeIf(List::isEmpty);
        return keywords;
    }

    /** Themes per project name: the landscape place of each item, then the aliases' explicit themes. */
    static Map<String, List<String>> projectThemes() {
        Map<String, String> places = landscapePlaces();
        Map<String, List<String>> themes = new LinkedHashMap<>();
        for (List<String> item : TsvResource.rows(DIR + "cncf-projects.tsv")) {
            String theme = places.getOrDefault(item.get(1) + "\t" + item.get(2), places.get(item.get(1) + "\t*"));
            if (theme != null && !theme.equals(NO_THEME)) {
                // "Open Policy Agent (OPA)" is also known as "Open Policy Agent"; the first place of a name wins
                themes.putIfAbsent(item.get(0), List.of(theme));
                themes.putIfAbsent(item.get(0).replaceFirst("\\s*\\([^)]*\\)$", ""), List.of(theme));
            }
        }
        for (List<String> alias : aliasRows()) {
            if (!alias.get(2).isEmpty()) {
                themes.put(alias.get(0), themeList(alias.get(2)));
            }
        }
        return themes;
    }

    /** Alias → the project name it stands for, for the aliases that name a project. */
    static Map<String, String> projectAliases() {
        Map<String, String> aliases = new HashMap<>();
        for (List<String> alias : aliasRows()) {
            if (!alias.get(1).isEmpty()) {
                aliases.put(alias.get(0), alias.get(1));
            }
        }
        return aliases;
    }

    private static List<List<String>> aliasRows() {
        return TsvResource.rows(DIR + "aliases.tsv");
    }

    private static Map<String, String> landscapePlaces() {
        Map<String, String> places = new HashMap<>();
        for (List<String> row : TsvResource.rows(DIR + "landscape-themes.tsv")) {
            String subcategory = row.get(1).equals(ANY_SUBCATEGORY) ? "*" : row.get(1);
            places.put(
                    row.get(0) + "\t" + subcategory, row.get(2).equals(NO_THEME) ? NO_THEME : requireTheme(row.get(2)));
        }
        return places;
    }

    private static List<String> themeList(String field) {
        if (field.equals(NO_THEME)) {
            return List.of();
        }
        return List.of(field.split("\\s*,\\s*")).stream()
                .map(ThemeData::requireTheme)
                .toList();
    }

    private static String requireTheme(String theme) {
        if (!Themes.ALL.contains(theme)) {
            throw new IllegalStateException("Unknown theme id in the theme data: " + theme);
        }
        return theme;
    }
}
