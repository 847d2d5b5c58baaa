package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the mentions of one talk inside one post (a summary table, then a section on the same talk) into
 * one talk, at the place of its first mention: same normalised title, or one title opening the other
 * ("Kargo in Production" and "Kargo in Production: Promotion Pipelines…"). The merged talk keeps the
 * longer title, the fuller speaker list with every company either mention gives, the first day stated,
 * the first summary and every project.
 */
final class RepeatedTalks {

    private static final int MIN_PREFIX_WORDS = 3;

    private RepeatedTalks() {}

    static List<ExtractedTalk> merge(List<ExtractedTalk> talks) {
        List<ExtractedTalk> merged = new ArrayList<>();
        for (ExtractedTalk talk : talks) {
            int same = indexOfSame(merged, talk);
            if (same < 0) {
                merged.add(talk);
            } else {
                merged.set(same, combine(merged.get(same), talk));
            }
        }
        List<ExtractedTalk> numbered = new ArrayList<>();
        for (ExtractedTalk t : merged) {
            numbered.add(
                    new ExtractedTalk(numbered.size(), t.title(), t.speakers(), t.day(), t.summary(), t.projects()));
        }
        return numbered;
    }

    private static int indexOfSame(List<ExtractedTalk> talks, ExtractedTalk talk) {
        String title = Words.normalise(talk.title());
        for (int i = 0; i < talks.size(); i++) {
            String other = Words.normalise(talks.get(i).title());
            String shorter = other.length() <= title.length() ? other : title;
            String longer = shorter == other ? title : other;
            boolean prefix = shorter.split(" ").length >= MIN_PREFIX_WORDS && longer.startsWith(shorter + " ");
            if (title.equals(other) || prefix) {
                return i;
            }
        }
        return -1;
    }

    private static ExtractedTalk combine(ExtractedTalk first, ExtractedTalk second) {
        String title = second.title().length() > first.title().length() ? second.title() : first.title();
        Set<String> projects = new LinkedHashSet<>(first.projects());
        projects.addAll(second.projects());
        return new ExtractedTalk(
                first.position(),
                title,
                speakers(first.speakers(), second.speakers()),
                first.day() != null ? first.day() : second.day(),
                first.summary() != null ? first.summary() : second.summary(),
                List.copyOf(projects));
    }

    private static List<TalkSpeaker> speakers(List<TalkSpeaker> a, List<TalkSpeaker> b) {
        List<TalkSpeaker> fuller = b.size() > a.size() ? b : a;
        List<TalkSpeaker> other = fuller == a ? b : a;
        return fuller.stream()
                .map(s -> s.company() != null
                        ? s
                        : new TalkSpeaker(
                                s.name(),
                                other.stream()
                                        .filter(o -> Words.normalise(o.name()).equals(Words.normalise(s.name())))
                                        .map(TalkSpeaker::company)
                                        .filter(c -> c != null)
                                        .findFirst()
                                        .orElse(null)))
                .toList();
    }
}
