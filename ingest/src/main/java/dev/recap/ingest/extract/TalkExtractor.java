package dev.recap.ingest.extract;

import dev.recap.ingest.parse.ParsedPost;
import dev.recap.ingest.parse.Section;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds the talks a parsed post describes, one per talk heading: {@code Talk: X} headings, headings
 * naming their speakers ("X par Ann Lee (Acme)"), and headings under a "Day N"/"Jour N" or "Talks"
 * heading, minus keynotes, introductions, conclusions and the like. A talk's day is its "Day N" mapped
 * through the {@link ConferenceCatalogue}; projects come from the {@link ProjectCatalogue}.
 */
public final class TalkExtractor {

    private final ConferenceCatalogue conferences;
    private final ProjectCatalogue projects;

    public TalkExtractor(ConferenceCatalogue conferences, ProjectCatalogue projects) {
        this.conferences = Objects.requireNonNull(conferences, "conferences");
        this.projects = Objects.requireNonNull(projects, "projects");
    }

    /** An extractor with the standard conference and project catalogues. */
    public static TalkExtractor standard() {
        return new TalkExtractor(ConferenceCatalogue.standard(), ProjectCatalogue.standard());
    }

    /** The conference, talks and projects of {@code post}. */
    public PostExtraction extract(ParsedPost post) {
        Optional<Conference> conference = conferences.recognise(post.title(), post.bodyText(), post.publishedDate());
        List<ExtractedTalk> talks = talks(post, conference);
        List<String> named = projects.namedIn(post.title() + "\n" + post.bodyText());
        return new PostExtraction(post, conference, talks, named);
    }

    private record Open(int level, HeadingKind kind) {}

    private record TalkHeading(String title, List<TalkSpeaker> speakers) {}

    private List<ExtractedTalk> talks(ParsedPost post, Optional<Conference> conference) {
        List<Section> sections = post.sections();
        List<ExtractedTalk> talks = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        OptionalInt day = HeadingClassifier.dayNumber(post.title());
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.level() == 0) {
                continue;
            }
            while (!open.isEmpty() && open.peek().level() >= section.level()) {
                open.pop();
            }
            HeadingKind parent =
                    open.isEmpty() ? HeadingKind.OTHER : open.peek().kind();
            HeadingKind kind = HeadingClassifier.classify(section.heading());
            if (kind == HeadingKind.DAY) {
                day = HeadingClassifier.dayNumber(section.heading());
            }
            Optional<TalkHeading> talk = talkHeading(section, kind, parent);
            if (talk.isPresent()) {
                talks.add(talk(talks.size(), talk.get(), dateOf(day, conference), textUnder(sections, i)));
            }
            open.push(new Open(section.level(), kind));
        }
        return talks;
    }

    private static LocalDate dateOf(OptionalInt day, Optional<Conference> conference) {
        return day.isPresent() && conference.isPresent() ? conference.get().day(day.getAsInt()) : null;
    }

    // A heading is a talk when it says so, names its speakers, sits under a day or a talk list, or its
    // first line names speakers ("By Ann Lee (Acme)").
    private static Optional<TalkHeading> talkHeading(Section section, HeadingKind kind, HeadingKind parent) {
        String heading = section.heading();
        boolean byContext = parent == HeadingKind.DAY
                || parent == HeadingKind.TALK_LIST
                || !SpeakerParser.fromLine(firstLine(section.text())).isEmpty();
        return switch (kind) {
            case DAY, TALK_LIST, NOT_A_TALK -> Optional.empty();
            case TALK ->
                Optional.of(withSpeakers(
                        HeadingClassifier.explicitTalkTitle(heading).orElseThrow(), true));
            case OTHER ->
                SpeakerParser.splitHeading(heading, byContext)
                        .map(split -> new TalkHeading(split.title(), split.speakers()))
                        .or(() -> byContext ? Optional.of(new TalkHeading(heading, List.of())) : Optional.empty());
        };
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private static TalkHeading withSpeakers(String title, boolean lenient) {
        return SpeakerParser.splitHeading(title, lenient)
                .map(split -> new TalkHeading(split.title(), split.speakers()))
                .orElse(new TalkHeading(title, List.of()));
    }

    private ExtractedTalk talk(int position, TalkHeading heading, LocalDate day, String text) {
        List<TalkSpeaker> speakers = heading.speakers();
        if (speakers.isEmpty()) {
            speakers = SpeakerParser.fromLine(firstLine(text));
        }
        if (speakers.isEmpty()) {
            speakers = ProseSpeakers.in(new Section(0, "", text).paragraphs());
        }
        return new ExtractedTalk(
                position,
                heading.title(),
                speakers,
                day,
                TalkSummary.of(heading.title(), text),
                projects.namedIn(heading.title() + "\n" + text));
    }

    // A talk's text is its own section and every deeper section under it.
    private static String textUnder(List<Section> sections, int index) {
        Section talk = sections.get(index);
        StringBuilder text = new StringBuilder(talk.text());
        for (int i = index + 1; i < sections.size() && sections.get(i).level() > talk.level(); i++) {
            text.append("\n\n")
                    .append(sections.get(i).heading())
                    .append("\n\n")
                    .append(sections.get(i).text());
        }
        return text.toString().strip();
    }
}
