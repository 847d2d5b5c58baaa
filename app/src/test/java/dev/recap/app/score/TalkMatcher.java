package dev.recap.app.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Matches a post's predicted talks to its true ones, one to one and best first, as {@code score-extraction}
 * does: a pair needs title similarity ≥ 0.75 (with the title as written or the official one), or ≥ 0.45
 * with a shared speaker. Matches of optional talks are set aside: they neither earn nor cost anything.
 */
final class TalkMatcher {

    static final double TITLE_THRESHOLD = 0.75;
    static final double SPEAKER_TITLE_FLOOR = 0.45;

    private final SpeakerNames names;

    TalkMatcher(SpeakerNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /** A true talk and the predicted talk matched to it. */
    record Pair(Map<String, Object> truth, Map<String, Object> predicted) {}

    /** The matched required talks, the predictions that matched optional talks, and the required talks. */
    record Matching(List<Pair> pairs, Set<Integer> ignored, List<Map<String, Object>> required) {}

    private record Candidate(Map<String, Object> talk, boolean required) {}

    private record Scored(double score, int truthIndex, int predictedIndex) {}

    Matching match(Map<String, Object> truthPost, List<Map<String, Object>> predicted) {
        List<Map<String, Object>> required = Fields.maps(truthPost, "talks");
        List<Candidate> candidates = candidates(truthPost, required);
        List<Scored> scored = new ArrayList<>();
        for (int ti = 0; ti < candidates.size(); ti++) {
            for (int pi = 0; pi < predicted.size(); pi++) {
                score(candidates.get(ti).talk(), predicted.get(pi), ti, pi, scored);
            }
        }
        // Python sorts the (score, ti, pi) tuples in reverse: ties go to the later truth, then the later prediction
        scored.sort(Comparator.comparingDouble(Scored::score)
                .thenComparingInt(Scored::truthIndex)
                .thenComparingInt(Scored::predictedIndex)
                .reversed());
        Set<Integer> usedTruth = new HashSet<>();
        Set<Integer> usedPredicted = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        Set<Integer> ignored = new HashSet<>();
        for (Scored s : scored) {
            if (usedTruth.contains(s.truthIndex()) || usedPredicted.contains(s.predictedIndex())) {
                continue;
            }
            usedTruth.add(s.truthIndex());
            usedPredicted.add(s.predictedIndex());
            Candidate candidate = candidates.get(s.truthIndex());
            if (candidate.required()) {
                pairs.add(new Pair(candidate.talk(), predicted.get(s.predictedIndex())));
            } else {
                ignored.add(s.predictedIndex());
            }
        }
        return new Matching(pairs, ignored, required);
    }

    private static List<Candidate> candidates(Map<String, Object> truthPost, List<Map<String, Object>> required) {
        List<Candidate> candidates = new ArrayList<>();
        required.forEach(t -> candidates.add(new Candidate(t, true)));
        Fields.maps(truthPost, "optional_talks").forEach(t -> candidates.add(new Candidate(t, false)));
        for (Object speaker : Fields.list(truthPost, "speakers_without_talks")) {
            Map<String, Object> loose = new HashMap<>();
            loose.put("speakers", List.of(speaker));
            loose.put("title_as_written", null);
            loose.put("title_stated", false);
            candidates.add(new Candidate(loose, false));
        }
        return candidates;
    }

    private void score(Map<String, Object> t, Map<String, Object> p, int ti, int pi, List<Scored> scored) {
        Object written = t.get("title_as_written");
        Object official = t.get("canonical_title");
        boolean anyTitle = Fields.truthy(written) || Fields.truthy(official);
        boolean weakTitle =
                Boolean.FALSE.equals(t.get("title_stated")) || "partial".equals(t.get("title_stated")) || !anyTitle;
        double similarity = anyTitle
                ? Math.max(Titles.similarity(p.get("title"), written), Titles.similarity(p.get("title"), official))
                : 0.0;
        Set<String> shared = speakerNames(t);
        shared.addAll(canonicalSpeakers(t));
        shared.retainAll(speakerNames(p));
        int overlap = shared.size();
        boolean ok = similarity >= TITLE_THRESHOLD
                || (overlap > 0 && similarity >= SPEAKER_TITLE_FLOOR)
                || (overlap > 0 && weakTitle);
        if (ok) {
            scored.add(new Scored(similarity + 0.25 * Math.min(overlap, 2), ti, pi));
        }
    }

    private Set<String> speakerNames(Map<String, Object> talk) {
        Set<String> result = new HashSet<>();
        SpeakerNames.speakersOf(talk).stream()
                .filter(s -> Fields.truthy(s.name()))
                .forEach(s -> result.add(names.of(s.name())));
        return result;
    }

    private Set<String> canonicalSpeakers(Map<String, Object> talk) {
        Set<String> result = new HashSet<>();
        for (Object speaker : Fields.list(talk, "canonical_speakers")) {
            result.add(names.of(String.valueOf(speaker).replaceFirst("\\s*\\(.*\\)$", "")));
        }
        return result;
    }
}
