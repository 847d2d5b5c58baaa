package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;
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

    private static final int HASH_MASK = (1 << 16) - 1;

    // a spelling, and its literal when it is one (nearly always): compared without the regex
    private record Spelling(Project project, Pattern pattern, LiteralSpelling literal) {}

    private final List<Project> projects;
    private final Map<String, List<Spelling>> byFirstWord = new HashMap<>();
    private final List<Spelling> unindexed = new ArrayList<>();
    // the hashes of the words spellings open, one bit each: most words of a text are not among them
    private final BitSet firstWordHashes = new BitSet(HASH_MASK + 1);

    public ProjectCatalogue(List<Project> projects) {
        this.projects = List.copyOf(projects);
        for (Project project : this.projects) {
            for (Pattern pattern : project.spellings()) {
                Spelling spelling = new Spelling(
                        project, pattern, LiteralSpelling.of(pattern).orElse(null));
                Optional<String> word = Project.firstWord(pattern);
                if (word.isPresent()) {
                    byFirstWord
                            .computeIfAbsent(word.get(), w -> new ArrayList<>())
                            .add(spelling);
                    firstWordHashes.set(word.get().hashCode() & HASH_MASK);
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
        String plain = Chars.withoutAccents(text);
        Map<String, Integer> first = new LinkedHashMap<>();
        MentionContext context = new MentionContext(plain);
        int start = -1;
        int hash = 0;
        char[] chars = plain.toCharArray(); // read as an array: the scan costs about half
        for (int i = 0; i <= chars.length; i++) {
            char lower = i < chars.length ? Chars.wordLower(chars[i]) : 0;
            if (lower != 0) {
                start = start < 0 ? i : start;
                hash = 31 * hash + lower;
            } else if (start >= 0) {
                // most words open no spelling: a bit of their hash says so without building the word
                if (firstWordHashes.get(hash & HASH_MASK)) {
                    List<Spelling> candidates =
                            byFirstWord.get(plain.substring(start, i).toLowerCase(Locale.ROOT));
                    for (Spelling spelling : candidates == null ? List.<Spelling>of() : candidates) {
                        if (!first.containsKey(spelling.project().name())) {
                            mentionAt(spelling, plain, context, start)
                                    .ifPresent(
                                            at -> first.put(spelling.project().name(), at));
                        }
                    }
                }
                start = -1;
                hash = 0;
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

    // The spelling matched where a word starts, with its word boundaries checked against the whole text.
    private static Optional<Integer> mentionAt(Spelling spelling, String text, MentionContext context, int start) {
        if (spelling.literal() != null) {
            int end = spelling.literal().matchAt(text, start);
            return end >= 0 && spelling.project().acceptsMentionAt(context, start, end)
                    ? Optional.of(start)
                    : Optional.empty();
        }
        Matcher m = spelling.pattern().matcher(text);
        m.region(start, text.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() && spelling.project().acceptsMentionAt(context, m.start(), m.end())
                ? Optional.of(m.start())
                : Optional.empty();
    }
}
