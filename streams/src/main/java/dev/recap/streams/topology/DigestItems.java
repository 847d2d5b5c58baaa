package dev.recap.streams.topology;

import dev.recap.events.DigestItem;
import dev.recap.events.ItemKind;
import dev.recap.events.Post;
import dev.recap.events.SourcePost;
import dev.recap.streams.classify.ThemeClassifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Turns a post into its {@link DigestItem}: classified over its title, summary and body, dated by its
 * stated date, else by when it was first seen, in the configured zone. Talks are built by {@link TalkItems}.
 */
public final class DigestItems {

    static final String POST_PREFIX = "post:";
    static final String TALK_PREFIX = "talk:";
    private static final int POST_BASE_SCORE = 1;

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
                .setSourcePosts(List.of(new SourcePost(
                        post.getId(), post.getTitle(), post.getAuthor(), post.getLanguage(), post.getUrl())))
                .setArrived(calendar.dayOf(post.getFirstSeen()).toString())
                .build();
    }

    private static List<String> sorted(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }
}
