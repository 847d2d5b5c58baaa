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

/**
 * Finds the talks a parsed post describes: talk headings ({@code Talk: X}, "X par Ann Lee (Acme)", "1. X,
 * Ann Lee", headings under a "Day N"/"Talks" heading) and talk lines in the other sections (schedule
 * links, "X - Ann Lee, Acme", tables; see {@link TalkLines}), minus keynotes, introductions,
 * conclusions and the like. A talk's day comes from {@link TalkDays}; projects from the
 * {@link ProjectCatalogue}.
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
        List<ExtractedTalk> talks = talks(post, TalkDays.of(conference.orElse(null)));
        List<String> named = projects.namedIn(post.title() + "\n" + post.bodyText());
        return new PostExtraction(post, conference, talks, named);
    }

    // An open heading: its level and kind, and whether it or a heading above it is a talk or no talk.
    private record Open(int level, HeadingKind kind, boolean settled) {}

    private List<ExtractedTalk> talks(ParsedPost post, TalkDays days) {
        List<ExtractedTalk> talks = new ArrayList<>();
        SpeakerReadings readings = new SpeakerReadings();
        for (TalkCandidate candidate : RepeatedTalks.merge(candidates(post, days, readings))) {
            talks.add(talk(talks.size(), candidate, readings));
        }
        return talks;
    }

    private List<TalkCandidate> candidates(ParsedPost post, TalkDays days, SpeakerReadings readings) {
        List<Section> sections = post.sections();
        List<TalkCandidate> talks = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        Optional<LocalDate> postDay = days.stated(post.title());
        Optional<LocalDate> day = postDay;
        int dayLevel = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            while (!open.isEmpty() && open.peek().level() >= section.level()) {
                open.pop();
            }
            HeadingKind parent =
                    open.isEmpty() ? HeadingKind.OTHER : open.peek().kind();
            boolean settled = !open.isEmpty() && open.peek().settled();
            HeadingKind kind = section.level() == 0 ? HeadingKind.OTHER : HeadingClassifier.classify(section.heading());
            Optional<TalkHeadings.Heading> talk =
                    section.level() == 0 ? Optional.empty() : TalkHeadings.of(section, kind, parent, readings);
            // A day heading holds for the headings under it and for the talks that follow it at its level,
            // up to the next heading of its level or above that is not a talk ("Other talks").
            if (kind == HeadingKind.DAY) {
                day = days.stated(section.heading());
                dayLevel = section.level();
            } else if (section.level() > 0 && section.level() <= dayLevel && talk.isEmpty()) {
                day = postDay;
                dayLevel = 0;
            }
            if (talk.isPresent()) {
                String text = textUnder(sections, i);
                LocalDate date = days.of(day, text, "");
                talks.add(
                        new TalkCandidate(talk.get().title(), talk.get().speakers(), date, text, marked(sections, i)));
            } else if (!settled && kind != HeadingKind.NOT_A_TALK) {
                boolean listing = kind == HeadingKind.DAY
                        || kind == HeadingKind.TALK_LIST
                        || parent == HeadingKind.DAY
                        || parent == HeadingKind.TALK_LIST;
                for (TalkLines.LineTalk line : TalkLines.in(section, listing)) {
                    Optional<LocalDate> lineDay = day.or(() -> days.cell(line.dayCell()));
                    LocalDate date = days.of(lineDay, line.text(), line.before());
                    talks.add(new TalkCandidate(line.title(), line.speakers(), date, line.text(), section.marked()));
                }
            }
            if (section.level() > 0) {
                boolean decided = settled || talk.isPresent() || kind == HeadingKind.NOT_A_TALK;
                open.push(new Open(section.level(), kind, decided));
            }
        }
        return talks;
    }

    // The speakers a talk names where it is listed, else in its first line, its prose or its marked
    // phrases; then their companies from its text.
    private ExtractedTalk talk(int position, TalkCandidate candidate, SpeakerReadings readings) {
        String title = candidate.title();
        String text = candidate.text();
        List<String> marked = candidate.marked();
        List<TalkSpeaker> speakers = candidate.speakers();
        Section own = new Section(0, "", text);
        if (speakers.isEmpty()) {
            speakers = readings.line(firstLine(text));
        }
        if (speakers.isEmpty()) {
            speakers = readings.prose(own.paragraphs());
        }
        if (speakers.isEmpty()) {
            speakers = MarkedSpeakers.in(own.paragraphs(), marked);
        }
        speakers = SpeakerCompanies.enrich(speakers, text);
        return new ExtractedTalk(
                position,
                title,
                speakers,
                candidate.day(),
                TalkSummary.of(title, text, readings),
                projects.namedIn(title + "\n" + text));
    }

    // the first line as String.lines() cuts it, at \n, \r or \r\n
    static String firstLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return text.substring(0, i);
            }
        }
        return text;
    }

    // A talk's text is its own section and every deeper section under it.
    private static String textUnder(List<Section> sections, int index) {
        Section talk = sections.get(index);
        StringBuilder text = new StringBuilder(String.join("\n\n", talk.proseParagraphs()));
        for (int i = index + 1; i < sections.size() && sections.get(i).level() > talk.level(); i++) {
            text.append("\n\n")
                    .append(sections.get(i).heading())
                    .append("\n\n")
                    .append(String.join("\n\n", sections.get(i).proseParagraphs()));
        }
        return text.toString().strip();
    }

    private static List<String> marked(List<Section> sections, int index) {
        List<String> marked = new ArrayList<>(sections.get(index).marked());
        for (int i = index + 1;
                i < sections.size()
                        && sections.get(i).level() > sections.get(index).level();
                i++) {
            marked.addAll(sections.get(i).marked());
        }
        return marked;
    }
}
