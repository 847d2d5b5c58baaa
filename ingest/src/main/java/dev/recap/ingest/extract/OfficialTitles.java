package dev.recap.ingest.extract;

import dev.recap.ingest.parse.ScheduleEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the official title of a talk a post names in a known schedule: the entry whose title is the same
 * once normalised, or starts with the post's shortened title ("Argocd core" → "Argo CD Core - A Pure
 * GitOps Agent for Kubernetes", compared without spaces), or shares a speaker and most of its words.
 * When two entries fit equally well, the talk has no official title: two talks on one project stay two.
 */
public final class OfficialTitles {

    private static final Pattern KIND_PREFIX =
            Pattern.compile("(?i)^(?:keynote|talk|session|lightning talk|panel)\\s*:\\s*");

    private static final int MIN_PREFIX_CHARS = 8;
    private static final double MIN_SHARED_WORDS = 0.5;

    private record Entry(String title, String words, String squashed, Set<String> speakers) {}

    private final List<Entry> entries;

    private OfficialTitles(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No schedule: no talk has an official title. */
    public static OfficialTitles none() {
        return new OfficialTitles(List.of());
    }

    /** The official titles of the talks in {@code schedule}. */
    public static OfficialTitles of(List<ScheduleEntry> schedule) {
        List<Entry> entries = new ArrayList<>();
        for (ScheduleEntry entry : schedule) {
            String words = Words.normalise(title(entry.title()));
            Set<String> speakers = new HashSet<>();
            entry.speakers().forEach(s -> speakers.add(Words.normalise(s.name())));
            entries.add(new Entry(entry.title(), words, words.replace(" ", ""), speakers));
        }
        return new OfficialTitles(entries);
    }

    /** The official title of {@code talk}, if exactly one schedule entry is it. */
    public Optional<String> of(ExtractedTalk talk) {
        Objects.requireNonNull(talk, "talk");
        String words = Words.normalise(title(talk.title()));
        String squashed = words.replace(" ", "");
        Set<String> speakers = new HashSet<>();
        talk.speakers().forEach(s -> speakers.add(Words.normalise(s.name())));
        List<Entry> same = entries.stream().filter(e -> e.words().equals(words)).toList();
        if (same.isEmpty() && squashed.length() >= MIN_PREFIX_CHARS) {
            same = entries.stream()
                    .filter(e -> e.squashed().startsWith(squashed))
                    .toList();
        }
        if (same.isEmpty() && !speakers.isEmpty()) {
            same = entries.stream()
                    .filter(e -> e.speakers().stream().anyMatch(speakers::contains))
                    .filter(e -> sharedWords(words, e.words()) >= MIN_SHARED_WORDS)
                    .toList();
        }
        return same.size() == 1 ? Optional.of(same.get(0).title()) : Optional.empty();
    }

    // "Keynote: X" and "Talk: X" are titled X in a schedule too.
    private static String title(String title) {
        return Openings.strip(KIND_PREFIX, title);
    }

    private static double sharedWords(String a, String b) {
        Set<String> first = new HashSet<>(List.of(a.split(" ")));
        Set<String> second = new HashSet<>(List.of(b.split(" ")));
        int smaller = Math.min(first.size(), second.size());
        first.retainAll(second);
        return smaller == 0 ? 0 : (double) first.size() / smaller;
    }
}
