package dev.recap.app;

import dev.recap.ingest.FileOutcome;
import dev.recap.ingest.extract.ExtractedTalk;
import dev.recap.ingest.extract.PostExtraction;
import dev.recap.ingest.extract.TalkSpeaker;
import dev.recap.ingest.parse.ParsedPost;
import dev.recap.ingest.parse.ScheduleEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The readable form of {@code recap extract}: a few indented lines per input with the same facts as the
 * JSON (metadata, themes, projects, talks), or the reason an input was rejected.
 */
final class ExtractionSummary {

    private final ExtractionJson themes;

    ExtractionSummary(ExtractionJson themes) {
        this.themes = Objects.requireNonNull(themes, "themes");
    }

    /** Prints {@code outcome} and a blank line after it. */
    void print(PrintWriter out, String file, FileOutcome outcome) {
        out.println(file);
        if (outcome instanceof FileOutcome.Rejected rejected) {
            out.printf("  rejected (%s): %s%n%n", rejected.reason().code(), rejected.message());
            return;
        }
        if (outcome instanceof FileOutcome.Extracted post) {
            printPost(out, post.extraction());
        } else if (outcome instanceof FileOutcome.FeedExtracted feed) {
            out.printf("  feed of %d post(s)%n", feed.extractions().size());
            for (int i = 0; i < feed.extractions().size(); i++) {
                out.printf("  item %d%n", i + 1);
                printPost(out, feed.extractions().get(i));
            }
        } else if (outcome instanceof FileOutcome.Schedule schedule) {
            out.printf("  schedule of %d talk(s)%n", schedule.talks().size());
            schedule.talks().forEach(talk -> out.printf("    %s%s%n", talk.title(), scheduledSpeakers(talk)));
        } else if (outcome instanceof FileOutcome.FeedList list) {
            out.printf("  feed list of %d feed(s)%n", list.feeds().size());
            list.feeds().forEach(feed -> out.printf("    %s%n", feed));
        }
        out.println();
    }

    private void printPost(PrintWriter out, PostExtraction extraction) {
        ParsedPost post = extraction.post();
        out.printf("  title:    %s%n", post.title());
        out.printf("  author:   %s%n", orNone(post.author()));
        out.printf("  date:     %s%n", dateOf(post));
        out.printf(
                "  format:   %s, language %s%n",
                post.format().name().toLowerCase(Locale.ROOT), orNone(post.language()));
        out.printf("  tags:     %s%n", list(post.tags()));
        out.printf("  url:      %s%n", orNone(post.canonicalUrl()));
        out.printf("  themes:   %s%n", list(themes.postThemes(extraction)));
        out.printf("  projects: %s%n", list(extraction.projects()));
        out.printf("  talks:    %d%n", extraction.talks().size());
        extraction.talks().forEach(talk -> printTalk(out, talk));
    }

    private static String scheduledSpeakers(ScheduleEntry talk) {
        return talk.speakers().isEmpty()
                ? ""
                : " ("
                        + String.join(
                                ", ",
                                talk.speakers().stream()
                                        .map(ScheduleEntry.Speaker::name)
                                        .toList()) + ")";
    }

    private void printTalk(PrintWriter out, ExtractedTalk talk) {
        out.printf("    %d. %s%n", talk.position() + 1, talk.title());
        themes.officialTitle(talk)
                .filter(official -> !official.equals(talk.title()))
                .ifPresent(official -> out.printf("       officially \"%s\"%n", official));
        if (!talk.speakers().isEmpty()) {
            out.printf("       by %s%n", speakers(talk.speakers()));
        }
        out.printf(
                "       day %s; themes %s; projects %s%n",
                talk.day() == null ? "not stated" : talk.day(), list(themes.talkThemes(talk)), list(talk.projects()));
    }

    private static String dateOf(ParsedPost post) {
        if (post.publishedDate() == null) {
            return "not stated";
        }
        String source = post.dateSource().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return post.publishedDate() + " (from " + source + ")";
    }

    private static String speakers(List<TalkSpeaker> speakers) {
        return String.join(
                ", ",
                speakers.stream()
                        .map(s -> s.company() == null ? s.name() : s.name() + " (" + s.company() + ")")
                        .toList());
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "-" : String.join(", ", values);
    }

    private static String orNone(String value) {
        return value == null ? "-" : value;
    }
}
