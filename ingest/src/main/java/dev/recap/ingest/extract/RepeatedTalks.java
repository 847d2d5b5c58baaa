package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges the mentions of one talk inside one post (a summary table, then a section on the same talk) into
 * one talk, at the place of its first mention: same normalised title, or one title opening the other
 * ("Kargo in Production" and "Kargo in Production: Promotion Pipelines…"). The merged talk keeps the
 * longer title, the fuller speaker list with every company either mention gives, the first day stated,
 * and both texts, the first first.
 */
final class RepeatedTalks {

    private static final int MIN_PREFIX_WORDS = 3;

    private RepeatedTalks() {}

    static List<TalkCandidate> merge(List<TalkCandidate> talks) {
        List<TalkCandidate> merged = new ArrayList<>();
        List<String> titles = new ArrayList<>(); // the normalised title of each merged talk
        for (TalkCandidate talk : talks) {
            String title = Words.normalise(talk.title());
            int same = indexOfSame(titles, title);
            if (same < 0) {
                merged.add(talk);
                titles.add(title);
            } else {
                TalkCandidate combined = combine(merged.get(same), talk);
                merged.set(same, combined);
                titles.set(same, Words.normalise(combined.title()));
            }
        }
        return merged;
    }

    private static int indexOfSame(List<String> titles, String title) {
        for (int i = 0; i < titles.size(); i++) {
            String other = titles.get(i);
            boolean otherShorter = other.length() <= title.length();
            String shorter = otherShorter ? other : title;
            String longer = otherShorter ? title : other;
            boolean prefix = wordCount(shorter) >= MIN_PREFIX_WORDS && longer.startsWith(shorter + " ");
            if (title.equals(other) || prefix) {
                return i;
            }
        }
        return -1;
    }

    // words of a normalised title, as split(" ") counts them
    private static int wordCount(String words) {
        if (words.isEmpty()) {
            return 1;
        }
        int count = 1;
        for (int i = 0; i < words.length(); i++) {
            count += words.charAt(i) == ' ' ? 1 : 0;
        }
        return count;
    }

    private static TalkCandidate combine(TalkCandidate first, TalkCandidate second) {
        List<String> marked = new ArrayList<>(first.marked());
        marked.addAll(second.marked());
        return new TalkCandidate(
                second.title().length() > first.title().length() ? second.title() : first.title(),
                speakers(first.speakers(), second.speakers()),
                first.day() != null ? first.day() : second.day(),
                (first.text() + "\n\n" + second.text()).strip(),
                marked);
    }

    private static List<TalkSpeaker> speakers(List<TalkSpeaker> a, List<TalkSpeaker> b) {
        List<TalkSpeaker> fuller = b.size() > a.size() ? b : a;
        List<TalkSpeaker> other = fuller == a ? b : a;
        return fuller.stream()
                .map(s -> s.company() != null ? s : new TalkSpeaker(s.name(), companyOf(s.name(), other)))
                .toList();
    }

    private static String companyOf(String name, List<TalkSpeaker> speakers) {
        return speakers.stream()
                .filter(s -> s.company() != null && Words.normalise(s.name()).equals(Words.normalise(name)))
                .map(TalkSpeaker::company)
                .findFirst()
                .orElse(null);
    }
}
