package dev.recap.ingest.extract;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The projects Recap recognises in posts and talks, each under one name ("ArgoCD" and "Argo CD" are
 * Argo). {@link #standard()} is a small list of cloud-native projects; pass more to the constructor.
 */
public final class ProjectCatalogue {

    private static final Pattern WITHOUT_ACCENTS = Pattern.compile("\\p{M}+");
    private final List<Project> projects;

    public ProjectCatalogue(List<Project> projects) {
        this.projects = List.copyOf(projects);
    }

    /**
     * The projects of the CNCF landscape (see {@code landscape/README.md}) with this project's aliases,
     * read once per JVM.
     */
    public static ProjectCatalogue standard() {
        return Landscape.CATALOGUE;
    }

    // Loaded on first use: about a thousand projects and their patterns.
    private static final class Landscape {
        private static final ProjectCatalogue CATALOGUE = new ProjectCatalogue(LandscapeProjects.load());
    }

    public List<Project> projects() {
        return projects;
    }

    /** The names of the projects {@code text} mentions, in the order of their first mention. */
    public List<String> namedIn(String text) {
        String plain = WITHOUT_ACCENTS
                .matcher(Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFD))
                .replaceAll("");
        return projects.stream()
                .map(p -> Map.entry(p.name(), p.firstMentionIn(plain)))
                .filter(e -> e.getValue() >= 0)
                .sorted(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .distinct()
                .toList();
    }
}
