package dev.recap.streams.topology;

import dev.recap.events.DigestItem;
import dev.recap.events.ItemKind;
import dev.recap.events.Post;
import dev.recap.events.Speaker;
import dev.recap.events.TalkMention;
import dev.recap.streams.classify.ThemeClassifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Turns posts and talk mentions into {@link DigestItem}s: classified, dated in the configured zone, and,
 * for talks, merged across the posts that mention them. Merging depends only on the set of mentions, not
 * on their order, so a replay gives the same items.
 */
public final class DigestItems {

    static final String POST_PREFIX = "post:";
    static final String TALK_PREFIX = "talk:";
    private static final int POST_BASE_SCORE = 1;
    private static final int SCORE_PER_MENTION = 2;

    private final ThemeClassifier classifier;
    private final Calendar calendar;

    public DigestItems(ThemeClassifier classifier, Calendar calendar) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The digest item of a post; {@code null} for a tombstone. */
    public DigestItem ofPost(Post post) {
        if (post == null) {
            return null;
        }
        LocalDate day = post.getPublishedDate() != null ? post.getPublishedDate() : calendar.dayOf(post.getFirstSeen());
        String text = String.join(
                " ", post.getTitle(), Objects.requireNonNullElse(post.getSummary(), ""), post.getBodyText());
        return DigestItem.newBuilder()
                .setId(POST_PREFIX + post.getId())
                .setKind(ItemKind.POST)
                .setTitle(post.getTitle())
                .setUrl(post.getUrl())
                .setThemes(classifier.classify(text, post.getProjects()))
                .setDay(day.toString())
                .setSpeakers(List.of())
                .setSummary(post.getSummary())
                .setProjects(sorted(post.getProjects()))
                .setSources(List.of(post.getId()))
                .setLanguage(post.getLanguage())
                .setScore(POST_BASE_SCORE + Math.min(post.getTalkCount(), 5))
                .build();
    }

    /** An empty talk item, the start of a merge. */
    public static DigestItem emptyTalk() {
        return DigestItem.newBuilder()
                .setId("")
                .setKind(ItemKind.TALK)
                .setTitle("")
                .setThemes(List.of())
                .setSpeakers(List.of())
                .setProjects(List.of())
                .setSources(List.of())
                .build();
    }

    /**
     * Adds one mention to the merged talk {@code merged}: the post with the smallest id gives title, day,
     * summary and language; speakers and projects are the union of all mentions.
     */
    public DigestItem mergeMention(String talkKey, TalkMention mention, DigestItem merged) {
        boolean leads = merged.getSources().isEmpty()
                || mention.getPostId().compareTo(merged.getSources().get(0)) <= 0;
        TreeSet<String> sources = new TreeSet<>(merged.getSources());
        sources.add(mention.getPostId());
        List<String> projects = sorted(union(merged.getProjects(), mention.getProjects()));
        DigestItem.Builder next = DigestItem.newBuilder(merged)
                .setId(TALK_PREFIX + talkKey)
                .setSources(List.copyOf(sources))
                .setProjects(projects)
                .setSpeakers(mergeSpeakers(merged.getSpeakers(), mention.getSpeakers()))
                .setScore(SCORE_PER_MENTION * sources.size());
        if (leads) {
            next.setTitle(mention.getTitle())
                    .setUrl(mention.getPostUrl())
                    .setDay(dayOf(mention).toString())
                    .setSummary(mention.getSummary())
                    .setLanguage(mention.getLanguage());
        }
        String text = next.getTitle() + " " + Objects.requireNonNullElse(next.getSummary(), "");
        return next.setThemes(classifier.classify(text, projects)).build();
    }

    private LocalDate dayOf(TalkMention mention) {
        if (mention.getDay() != null) {
            return mention.getDay();
        }
        return mention.getPostDate() != null ? mention.getPostDate() : calendar.dayOf(mention.getPostFirstSeen());
    }

    private static List<Speaker> mergeSpeakers(List<Speaker> known, List<Speaker> more) {
        Map<String, Speaker> byName = new LinkedHashMap<>();
        for (Speaker s : known) {
            byName.put(s.getName(), s);
        }
        for (Speaker s : more) {
            byName.merge(s.getName(), s, DigestItems::preferKnownCompany);
        }
        List<Speaker> speakers = new ArrayList<>(byName.values());
        speakers.sort(Comparator.comparing(Speaker::getName));
        return speakers;
    }

    // order-independent: a stated company beats none, and of two stated companies the first by name wins
    private static Speaker preferKnownCompany(Speaker a, Speaker b) {
        if (a.getCompany() == null) {
            return b;
        }
        if (b.getCompany() == null) {
            return a;
        }
        return a.getCompany().compareTo(b.getCompany()) <= 0 ? a : b;
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> sorted(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }
}
