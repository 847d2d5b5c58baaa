package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the projects of the CNCF landscape ({@code landscape/cncf-projects.tsv}): CNCF projects and
 * open-source items, without the member, special and Wasm language rows, plus the aliases of
 * {@code landscape/aliases.tsv}. Short, multi-word and everyday-word names match only as written.
 */
final class LandscapeProjects {

    private static final Set<String> LEFT_OUT_CATEGORIES = Set.of("CNCF Members", "Special");
    private static final Pattern PARENTHESIS = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final int MIN_ANY_CASE = 4;

    private LandscapeProjects() {}

    /** The landscape's projects and the project's aliases, CNCF projects first. */
    static List<Project> load() {
        Set<String> common = WordList.normalised("/landscape/common-words.txt");
        Set<String> ignored = WordList.normalised("/landscape/ignored-names.txt");
        Map<String, List<Pattern>> spellings = new LinkedHashMap<>();
        Map<String, Boolean> context = new LinkedHashMap<>();
        List<String[]> rows = rows();
        rows.sort((a, b) -> Boolean.compare(a[3].isEmpty(), b[3].isEmpty()));
        for (String[] row : rows) {
            Matcher paren = PARENTHESIS.matcher(row[0]);
            String name = paren.matches() ? paren.group(1) : row[0];
            String key = Words.normalise(name);
            if (key.isEmpty() || ignored.contains(key) || spellings.containsKey(name)) {
                continue;
            }
            boolean everyday = common.contains(key);
            boolean anyCase = !everyday
                    && name.length() >= (row[3].isEmpty() ? MIN_ANY_CASE + 1 : MIN_ANY_CASE)
                    && !name.contains(" ");
            List<Pattern> patterns = new ArrayList<>(List.of(Project.literal(name, anyCase)));
            if (paren.matches() && ACRONYM.matcher(paren.group(2)).matches()) {
                patterns.add(Project.literal(paren.group(2), false));
            }
            spellings.put(name, patterns);
            context.put(name, everyday);
        }
        List<Project> projects = new ArrayList<>();
        spellings.forEach((name, patterns) -> projects.add(new Project(name, patterns, context.get(name))));
        projects.addAll(aliases());
        return projects;
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (String line :
                WordList.lines("/landscape/cncf-projects.tsv").stream().skip(1).toList()) {
            String[] cells = line.split("\t", -1);
            boolean leftOut = cells.length < 6
                    || LEFT_OUT_CATEGORIES.contains(cells[1])
                    || (cells[1].equals("Wasm") && cells[2].equals("Languages"));
            // CNCF projects only (a maturity): other open-source items cost more precision than they add
            boolean project = cells.length >= 6 && !cells[3].isEmpty();
            if (!leftOut && project) {
                rows.add(cells);
            }
        }
        return rows;
    }

    // An alias is its own spelling of a project: written as listed, it needs no context.
    private static List<Project> aliases() {
        List<Project> aliases = new ArrayList<>();
        for (String line : WordList.lines("/landscape/aliases.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length >= 3) {
                boolean anyCase = cells[2].strip().toLowerCase(Locale.ROOT).equals("any");
                aliases.add(new Project(cells[1].strip(), List.of(Project.literal(cells[0].strip(), anyCase))));
            }
        }
        return aliases;
    }
}
