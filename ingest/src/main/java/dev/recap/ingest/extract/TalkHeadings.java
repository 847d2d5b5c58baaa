package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Section;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells whether a heading is a talk and reads its title and speakers: a heading is a talk when it says
 * so ({@code Talk: X}), names its speakers ("X par Ann Lee (Acme)", "1. X, Ann Lee, Bob Roe"), sits
 * under a day or a talk list, or its own text names speakers ("By Ann Lee (Acme)", "Ann Lee from Acme
 * showed…", "**Ann Lee** et **Bob Roe** présentent…").
 */
final class TalkHeadings {

    /** A talk heading's title and the speakers it names. */
    record Heading(String title, List<TalkSpeaker> speakers) {}

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+");

    private TalkHeadings() {}

    /** The talk {@code section}'s heading names, if it names one. */
    static Optional<Heading> of(Section section, HeadingKind kind, HeadingKind parent) {
        return of(section, kind, parent, new SpeakerReadings());
    }

    /** As {@link #of(Section, HeadingKind, HeadingKind)}, reading speakers through the post's {@code readings}. */
    static Optional<Heading> of(Section section, HeadingKind kind, HeadingKind parent, SpeakerReadings readings) {
        String heading = section.heading();
        boolean numbered = NUMBER.matcher(heading).lookingAt();
        if (kind == HeadingKind.DAY || kind == HeadingKind.TALK_LIST || kind == HeadingKind.NOT_A_TALK) {
            return Optional.empty();
        }
        boolean byContext = parent == HeadingKind.DAY
                || parent == HeadingKind.TALK_LIST
                || !readings.line(TalkExtractor.firstLine(section.text())).isEmpty()
                || (kind == HeadingKind.OTHER && namesItsSpeakers(section, readings));
        return switch (kind) {
            case DAY, TALK_LIST, NOT_A_TALK -> Optional.empty();
            case TALK ->
                Optional.of(withSpeakers(
                        HeadingClassifier.explicitTalkTitle(heading).orElseThrow()));
            case OTHER ->
                numbered ? numberedTalk(Openings.strip(NUMBER, heading), byContext) : named(heading, byContext);
        };
    }

    // People in the prose of a section that lists talks of its own ("Observability Day") are theirs.
    private static boolean namesItsSpeakers(Section section, SpeakerReadings readings) {
        List<String> paragraphs = section.proseParagraphs();
        boolean byProse = !readings.prose(paragraphs).isEmpty()
                || !MarkedSpeakers.in(paragraphs, section.marked()).isEmpty();
        return byProse && TalkLines.in(section, false).isEmpty();
    }

    private static Optional<Heading> named(String heading, boolean byContext) {
        return SpeakerParser.splitHeading(heading, byContext)
                .map(split -> new Heading(split.title(), split.speakers()))
                .or(() -> byContext ? Optional.of(new Heading(heading, List.of())) : Optional.empty());
    }

    // "1. Title, Ann Lee, Bob Roe": a numbered heading is a talk when it names speakers, or by context.
    private static Optional<Heading> numberedTalk(String heading, boolean byContext) {
        HeadingKind kind = HeadingClassifier.classify(heading);
        if (kind != HeadingKind.OTHER && kind != HeadingKind.TALK) {
            return Optional.empty();
        }
        Optional<Heading> named = named(heading, byContext);
        if (named.isPresent() && !named.get().speakers().isEmpty()) {
            return named;
        }
        String[] parts = COMMA.split(heading);
        int first = parts.length;
        while (first > 1 && PersonNames.looksLikeName(parts[first - 1])) {
            first--;
        }
        if (first < parts.length) {
            List<TalkSpeaker> speakers = List.of(parts).subList(first, parts.length).stream()
                    .map(name -> new TalkSpeaker(name, null))
                    .toList();
            return Optional.of(new Heading(String.join(", ", List.of(parts).subList(0, first)), speakers));
        }
        return named;
    }

    private static Heading withSpeakers(String title) {
        return SpeakerParser.splitHeading(title, true)
                .map(split -> new Heading(split.title(), split.speakers()))
                .orElse(new Heading(title, List.of()));
    }
}
