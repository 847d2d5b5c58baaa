package dev.recap.ingest.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The projects Recap recognises in posts and talks, each under one name ("ArgoCD" and "Argo CD" are
 * Argo). {@link #standard()} holds the CNCF projects of the landscape and this project's aliases; pass
 * others to the constructor. Text is read once, word by word: a spelling is only tried where the word it
 * opens on stands, so the cost grows with the text, not with the number of projects.
 */
public final class ProjectCatalogue {

    private static final int ASCII = 128;
    private static final int MAX_SHAPE_LENGTH = 64;
    private static final Pattern WITHOUT_ACCENTS = Pattern.compile("\\p{M}+");

    private record Spelling(Project project, Pattern pattern) {}

    private final List<Project> projects;
    private final Map<String, List<Spelling>> byFirstWord = new HashMap<>();
    private final List<Spelling> unindexed = new ArrayList<>();
    // which (length, first letter) pairs open a spelling, for ASCII first letters: one bit each
    private final BitSet shapes = new BitSet(MAX_SHAPE_LENGTH * ASCII);

    public ProjectCatalogue(List<Project> projects) {
        this.projects = List.copyOf(projects);
        for (Project project : this.projects) {
            for (Pattern pattern : project.spellings()) {
                Spelling spelling = new Spelling(project, pattern);
                Optional<String> word = Project.firstWord(pattern);
                if (word.isPresent()) {
                    byFirstWord
                            .computeIfAbsent(word.get(), w -> new ArrayList<>())
                            .add(spelling);
                    shapes.set(shape(word.get().length(), word.get().charAt(0)));
                } else {
                    unindexed.add(spelling);
                }
            }
        }
    }

    /**
     * The projects of the CNCF landscape (see {@code landscape/README.md}) with this project's aliases,
     * read once per JVM.
     */
    public static ProjectCatalogue standard() {
        return Landscape.CATALOGUE;
    }

    // Loaded on first use: a few hundred projects and their spellings.
    private static final class Landscape {
        private static final ProjectCatalogue CATALOGUE = new ProjectCatalogue(LandscapeProjects.load());
    }

    public List<Project> projects() {
        return projects;
    }

    /** The names of the projects {@code text} mentions, in the order of their first mention. */
    public List<String> namedIn(String text) {
        Objects.requireNonNull(text, "text");
        String plain = Words.isAscii(text)
                ? text
                : WITHOUT_ACCENTS
                        .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                        .replaceAll("");
        Map<String, Integer> first = new LinkedHashMap<>();
        int start = -1;
        for (int i = 0; i <= plain.length(); i++) {
            boolean inWord = i < plain.length() && Character.isLetterOrDigit(plain.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                // most words open no spelling: their length and first letter say so without a lookup
                if (mayOpenASpelling(i - start, plain.charAt(start))) {
                    List<Spelling> candidates =
                            byFirstWord.get(plain.substring(start, i).toLowerCase(Locale.ROOT));
                    for (Spelling spelling : candidates == null ? List.<Spelling>of() : candidates) {
                        if (!first.containsKey(spelling.project().name())) {
                            mentionAt(spelling, plain, start)
                                    .ifPresent(
                                            at -> first.put(spelling.project().name(), at));
                        }
                    }
                }
                start = -1;
            }
        }
        for (Spelling spelling : unindexed) {
            int at = spelling.project().firstMentionIn(plain);
            if (at >= 0) {
                first.merge(spelling.project().name(), at, Math::min);
            }
        }
        return first.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private boolean mayOpenASpelling(int length, char firstLetter) {
        return Character.toLowerCase(firstLetter) >= ASCII || shapes.get(shape(length, firstLetter));
    }

    private static int shape(int length, char firstLetter) {
        char lower = Character.toLowerCase(firstLetter);
        return lower >= ASCII ? 0 : Math.min(length, MAX_SHAPE_LENGTH - 1) * ASCII + lower;
    }

    // The spelling matched where a word starts, with its word boundaries checked against the whole text.
    private static Optional<Integer> mentionAt(Spelling spelling, String text, int start) {
        Matcher m = spelling.pattern().matcher(text);
        m.region(start, text.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() && spelling.project().acceptsMentionAt(text, m.start(), m.end())
                ? Optional.of(m.start())
                : Optional.empty();
    }
}
