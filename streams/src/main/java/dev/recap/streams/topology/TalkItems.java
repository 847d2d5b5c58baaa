package dev.recap.streams.topology;

import dev.recap.events.DigestItem;
import dev.recap.events.ItemKind;
import dev.recap.events.ScheduledTalk;
import dev.recap.events.SourcePost;
import dev.recap.events.Speaker;
import dev.recap.events.TalkMention;
import dev.recap.streams.classify.ThemeClassifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the digest item of one talk from every mention resolved to it and, when a schedule names it,
 * the schedule entry. The schedule gives the official title, speakers, day and link; the posts add the
 * speakers and companies they name, projects, summary and their own names as sources. The item depends
 * only on the set of mentions, never on their order.
 */
final class TalkItems {

    static final int SCORE_PER_SOURCE = 2;
    private static final int MAX_DESCRIPTION_CHARS = 400;

    private final ThemeClassifier classifier;
    private final Calendar calendar;

    TalkItems(ThemeClassifier classifier, Calendar calendar) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The item of talk {@code talkId}, or {@code null} when no mention is left. The mention written with
     * the talk's own title leads (title, link, language), then the others by post id and position.
     */
    DigestItem build(String talkId, List<TalkMention> mentions, ScheduledTalk official) {
        if (mentions.isEmpty()) {
            return null;
        }
        List<TalkMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparing((TalkMention m) -> m.getTalkKey().equals(talkId) ? 0 : 1)
                .thenComparing(TalkMention::getPostId)
                .thenComparingInt(TalkMention::getPosition)
                .thenComparing(TalkMention::getTalkKey));
        TalkMention lead = ordered.get(0);

        TreeSet<String> projects = new TreeSet<>();
        Map<String, SourcePost> sources = new TreeMap<>();
        LinkedHashSet<String> summaries = new LinkedHashSet<>();
        Instant arrived = lead.getPostFirstSeen();
        for (TalkMention m : ordered) {
            projects.addAll(m.getProjects());
            sources.putIfAbsent(
                    m.getPostId(),
                    new SourcePost(
                            m.getPostId(), m.getPostTitle(), m.getPostAuthor(), m.getLanguage(), m.getPostUrl()));
            if (m.getSummary() != null && !m.getSummary().isBlank()) {
                summaries.add(m.getSummary());
            }
            if (m.getPostFirstSeen().isBefore(arrived)) {
                arrived = m.getPostFirstSeen();
            }
        }
        String title = official != null ? official.getTitle() : lead.getTitle();
        String summary = summaries.isEmpty()
                ? description(official)
                : summaries.iterator().next();
        List<String> projectList = List.copyOf(projects);
        String text = title + " " + String.join(" ", summaries);
        return DigestItem.newBuilder()
                .setId(DigestItems.TALK_PREFIX + talkId)
                .setKind(ItemKind.TALK)
                .setTitle(title)
                .setUrl(official != null && official.getUrl() != null ? official.getUrl() : lead.getPostUrl())
                .setThemes(classifier.classify(text, projectList))
                .setDay(day(ordered, official).toString())
                .setSpeakers(speakers(ordered, official))
                .setSummary(summary)
                .setProjects(projectList)
                .setSources(List.copyOf(sources.keySet()))
                .setSourcePosts(List.copyOf(sources.values()))
                .setLanguage(lead.getLanguage())
                .setScore(SCORE_PER_SOURCE * sources.size())
                .setArrived(calendar.dayOf(arrived).toString())
                .setScheduleId(official == null ? null : official.getId())
                .build();
    }

    // The schedule's day, else the first day a post states, else the lead post's date, else when it was seen.
    private LocalDate day(List<TalkMention> ordered, ScheduledTalk official) {
        if (official != null) {
            return calendar.dayOf(official.getStart());
        }
        for (TalkMention m : ordered) {
            if (m.getDay() != null) {
                return m.getDay();
            }
        }
        for (TalkMention m : ordered) {
            if (m.getPostDate() != null) {
                return m.getPostDate();
            }
        }
        return calendar.dayOf(ordered.get(0).getPostFirstSeen());
    }

    // Official speakers first, in the schedule's order; then the others by name. A company the schedule
    // states wins; else a stated company beats none, and of two the first by name wins.
    private static List<Speaker> speakers(List<TalkMention> ordered, ScheduledTalk official) {
        Map<String, Speaker> scheduled = new LinkedHashMap<>();
        if (official != null) {
            for (Speaker s : official.getSpeakers()) {
                scheduled.putIfAbsent(TalkForms.normalisedName(s.getName()), s);
            }
        }
        Map<String, Speaker> others = new TreeMap<>();
        for (TalkMention m : ordered) {
            for (Speaker s : m.getSpeakers()) {
                String name = TalkForms.normalisedName(s.getName());
                if (name.isEmpty()) {
                    continue;
                }
                Speaker known = scheduled.get(name);
                if (known != null) {
                    if (known.getCompany() == null && s.getCompany() != null) {
                        scheduled.put(name, new Speaker(known.getName(), s.getCompany()));
                    }
                } else {
                    others.merge(name, s, TalkItems::preferKnownCompany);
                }
            }
        }
        List<Speaker> all = new ArrayList<>(scheduled.values());
        all.addAll(others.values());
        return all;
    }

    // Order-independent: a stated company beats none; then the smaller company, then the smaller spelling.
    private static Speaker preferKnownCompany(Speaker a, Speaker b) {
        if ((a.getCompany() == null) != (b.getCompany() == null)) {
            return a.getCompany() != null ? a : b;
        }
        int byCompany = a.getCompany() == null ? 0 : a.getCompany().compareTo(b.getCompany());
        if (byCompany != 0) {
            return byCompany < 0 ? a : b;
        }
        return a.getName().compareTo(b.getName()) <= 0 ? a : b;
    }

    private static String description(ScheduledTalk official) {
        if (official == null
                || official.getDescription() == null
                || official.getDescription().isBlank()) {
            return null;
        }
        String text = official.getDescription().strip();
        return text.length() <= MAX_DESCRIPTION_CHARS ? text : text.substring(0, MAX_DESCRIPTION_CHARS) + "…";
    }
}
