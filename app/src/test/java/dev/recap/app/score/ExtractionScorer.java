package dev.recap.app.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Java port of {@code shared/tools/score-extraction}: scores predictions (the scorer's JSON shape, as
 * maps) against the hand-labelled truth of {@code expected.yaml}, rule for rule, so both give the same
 * figures: talk recall and precision, speakers, companies, days, talk themes, post metadata, tags, post
 * themes and projects.
 */
public final class ExtractionScorer {

    private static final List<String> METADATA = List.of("title", "author", "date", "language", "format");

    private final Map<String, Object> truth;
    private final SpeakerNames names;

    public ExtractionScorer(Map<String, Object> truth) {
        this.truth = Objects.requireNonNull(truth, "truth");
        this.names = new SpeakerNames(truth.get("speaker_aliases"));
    }

    /** A scorer for the truth file at {@code expectedYaml}. */
    @SuppressWarnings("unchecked")
    public static ExtractionScorer fromYaml(Path expectedYaml) throws IOException {
        Object truth = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(expectedYaml));
        return new ExtractionScorer((Map<String, Object>) truth);
    }

    /** The figures of {@code predictions} ({@code {"posts": [...]}}). */
    public ExtractionScore score(Map<String, Object> predictions) {
        Map<String, Map<String, Object>> byKey = byKey(predictions);
        TalkMatcher matcher = new TalkMatcher(names);
        TalkTally talks = new TalkTally(names);
        PostTally posts = new PostTally();
        int talkTp = 0;
        int talkFp = 0;
        int talkFn = 0;
        List<Double> macroRecall = new ArrayList<>();
        for (Map<String, Object> truePost : Fields.maps(truth, "posts")) {
            Map<String, Object> predicted = predictionFor(truePost, byKey);
            List<Map<String, Object>> predictedTalks = Fields.maps(predicted, "talks");
            TalkMatcher.Matching matching = matcher.match(truePost, predictedTalks);
            int tp = matching.pairs().size();
            talkTp += tp;
            talkFn += matching.required().size() - tp;
            talkFp += predictedTalks.size() - tp - matching.ignored().size();
            if (!matching.required().isEmpty()) {
                macroRecall.add((double) tp / matching.required().size());
            }
            matching.pairs().forEach(talks::add);
            posts.add(truePost, predicted);
        }
        return new ExtractionScore(
                new Prf(talkTp, talkFp, talkFn),
                macroRecall.isEmpty()
                        ? null
                        : macroRecall.stream().mapToDouble(d -> d).sum() / macroRecall.size(),
                new Prf(talks.speakerTp, talks.speakerFp, talks.speakerFn),
                ratio(talks.companyOk, talks.companyCount),
                ratio(talks.dayOk, talks.dayCount),
                talks.dayUnstatedClaims,
                ratio(talks.themeTop1, talks.themeCount),
                talks.themeCount == 0 ? null : talks.themeJaccard / talks.themeCount,
                posts.metadataAccuracy(),
                posts.tagsF1Mean(),
                posts.topThemesJaccardMean(),
                posts.projects());
    }

    /** Perfect predictions built from the truth, like the Python scorer's {@code --selftest}. */
    public Map<String, Object> truthAsPredictions() {
        List<Object> posts = new ArrayList<>();
        for (Map<String, Object> p : Fields.maps(truth, "posts")) {
            Map<String, Object> post = new LinkedHashMap<>();
            post.put("id", p.get("id"));
            for (String key : List.of("title", "author", "date", "language", "format", "tags")) {
                post.put(key, p.get(key));
            }
            post.put("top_themes", p.get("top_themes"));
            post.put("cncf_projects", p.get("cncf_projects"));
            List<Object> talks = new ArrayList<>();
            for (Map<String, Object> t : Fields.maps(p, "talks")) {
                Map<String, Object> talk = new HashMap<>();
                talk.put("title", t.get("title_as_written"));
                talk.put("speakers", t.get("speakers"));
                talk.put("day", t.get("day"));
                talk.put("themes", t.get("themes"));
                talks.add(talk);
            }
            post.put("talks", talks);
            posts.add(post);
        }
        return Map.of("posts", posts);
    }

    private static Map<String, Map<String, Object>> byKey(Map<String, Object> predictions) {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        for (Map<String, Object> p : Fields.maps(predictions, "posts")) {
            if (Fields.truthy(p.get("id"))) {
                byKey.put(Fields.pythonString(p.get("id")), p);
            }
            if (Fields.truthy(p.get("file"))) {
                String base = baseName(p.get("file"));
                byKey.put(base, p);
                byKey.putIfAbsent(base.substring(0, Math.min(2, base.length())), p);
            }
        }
        return byKey;
    }

    private static Map<String, Object> predictionFor(
            Map<String, Object> truePost, Map<String, Map<String, Object>> byKey) {
        Map<String, Object> byId = byKey.get(Fields.pythonString(truePost.get("id")));
        if (Fields.truthy(byId)) {
            return byId;
        }
        Map<String, Object> byFile = byKey.get(baseName(truePost.getOrDefault("file", "")));
        return Fields.truthy(byFile) ? byFile : Map.of("talks", List.of());
    }

    private static String baseName(Object path) {
        String text = Fields.pythonString(path);
        return text.substring(text.lastIndexOf('/') + 1);
    }

    private static Double ratio(int count, int total) {
        return total == 0 ? null : (double) count / total;
    }

    /** Post-level figures: metadata, tags, top themes and projects. */
    private static final class PostTally {
        private final Map<String, int[]> metadata = new LinkedHashMap<>();
        private final List<Double> tagF1 = new ArrayList<>();
        private final List<Double> topThemesJaccard = new ArrayList<>();
        private int projectTp;
        private int projectFp;
        private int projectFn;

        PostTally() {
            METADATA.forEach(k -> metadata.put(k, new int[2]));
        }

        void add(Map<String, Object> t, Map<String, Object> p) {
            PostMetadata.correct(t, p).forEach((k, ok) -> {
                metadata.get(k)[0] += ok ? 1 : 0;
                metadata.get(k)[1]++;
            });
            Set<String> trueTags = normalised(Fields.list(t, "tags"));
            Set<String> predictedTags = normalised(Fields.list(p, "tags"));
            tagF1.add(ExtractionScore.round4(overlap(trueTags, predictedTags).f1()));
            Set<Object> trueThemes = new HashSet<>(Fields.list(t, "top_themes"));
            Set<Object> predictedThemes = new HashSet<>(Labels.themesOf(Fields.list(p, "top_themes")));
            Set<Object> union = new HashSet<>(trueThemes);
            union.addAll(predictedThemes);
            trueThemes.retainAll(predictedThemes);
            topThemesJaccard.add(union.isEmpty() ? 1.0 : (double) trueThemes.size() / union.size());
            Set<String> ignore = projects(Fields.list(t, "cncf_projects_optional"));
            ignore.addAll(projects(Fields.list(t, "cncf_projects_uncertain")));
            Set<String> predictedProjects = projects(Fields.list(p, "cncf_projects"));
            predictedProjects.removeAll(ignore);
            Prf projects = overlap(projects(Fields.list(t, "cncf_projects")), predictedProjects);
            projectTp += projects.tp();
            projectFp += projects.fp();
            projectFn += projects.fn();
        }

        Map<String, Double> metadataAccuracy() {
            Map<String, Double> accuracy = new LinkedHashMap<>();
            metadata.forEach((k, v) -> accuracy.put(k, (double) v[0] / v[1]));
            return accuracy;
        }

        double tagsF1Mean() {
            return tagF1.stream().mapToDouble(d -> d).sum() / tagF1.size();
        }

        double topThemesJaccardMean() {
            return topThemesJaccard.stream().mapToDouble(d -> d).sum() / topThemesJaccard.size();
        }

        Prf projects() {
            return new Prf(projectTp, projectFp, projectFn);
        }

        private static Set<String> normalised(List<Object> values) {
            Set<String> result = new HashSet<>();
            values.forEach(v -> result.add(Titles.normalise(v)));
            return result;
        }

        private static Set<String> projects(List<Object> values) {
            Set<String> result = new HashSet<>();
            values.forEach(v -> result.add(Labels.project(v)));
            return result;
        }

        private static Prf overlap(Set<String> truth, Set<String> predicted) {
            Set<String> shared = new HashSet<>(truth);
            shared.retainAll(predicted);
            return new Prf(shared.size(), predicted.size() - shared.size(), truth.size() - shared.size());
        }
    }
}
