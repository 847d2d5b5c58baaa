package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads speakers where posts commonly write them: at the end of a heading ("Title par Ann Lee (Acme) et
 * Bob Roe") or on a first line ("By Ann Lee (Acme)"). Names must look like names (capitalised words,
 * particles allowed); anything else reads as no speakers at all.
 */
final class SpeakerParser {

    private static final Pattern HEADING = Pattern.compile("^(.+\\S)\\s+(?:par|by|von|por)\\s+(\\p{Lu}.*)$");
    private static final Pattern FIRST_LINE = Pattern.compile(
            "^(?:[Pp]ar|[Bb]y|[Aa]vec|[Ww]ith|[Ss]peakers?\\s*:|[Ii]ntervenants?\\s*:)\\s+(\\p{Lu}.*?)[.]?$");
    private static final Pattern COMMA = Pattern.compile("\\s*[,;]\\s*(?![^()]*\\))");
    private static final Pattern AND = Pattern.compile("\\s+(?:et|and|&|und|y)\\s+(?![^()]*\\))");
    private static final Pattern PERSON = Pattern.compile("^([^()]+?)\\s*(?:\\(([^()]*)\\))?$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:–—-]+$");

    /** A heading split into a talk title and its speakers. */
    record TitledSpeakers(String title, List<TalkSpeaker> speakers) {}

    private SpeakerParser() {}

    /**
     * Splits {@code heading} at its last "par"/"by". Unless {@code lenient}, one speaker at least must
     * name a company, as "Scaling by Design Patterns" is a title, not a speaker.
     */
    static Optional<TitledSpeakers> splitHeading(String heading, boolean lenient) {
        Matcher m = HEADING.matcher(heading.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<TalkSpeaker> speakers = people(m.group(2));
        boolean convincing = lenient || speakers.stream().anyMatch(s -> s.company() != null);
        return speakers.isEmpty() || !convincing
                ? Optional.empty()
                : Optional.of(new TitledSpeakers(
                        TRAILING_PUNCTUATION.matcher(m.group(1)).replaceAll(""), speakers));
    }

    /** The speakers of a "By Ann Lee (Acme)" line; empty when {@code line} is not such a line. */
    static List<TalkSpeaker> fromLine(String line) {
        Matcher m = FIRST_LINE.matcher(line.strip());
        return m.matches() ? people(m.group(1)) : List.of();
    }

    /** The people of "Ann Lee (Acme), Bob Roe et Cy Doe (Initech)"; empty when a part is not a name. */
    static List<TalkSpeaker> people(String text) {
        List<String[]> parts = new ArrayList<>();
        for (String group : COMMA.split(text.strip())) {
            for (String part : AND.split(group)) {
                Matcher m = PERSON.matcher(part.strip());
                if (!m.matches() || !isName(m.group(1).strip())) {
                    return List.of();
                }
                parts.add(new String[] {m.group(1).strip(), m.group(2)});
            }
        }
        return withSharedCompany(parts);
    }

    // "Ann Lee et Bob Roe (Acme)": a company named once, last, is everyone's.
    static List<TalkSpeaker> withSharedCompany(List<String[]> parts) {
        long companies =
                parts.stream().filter(p -> p[1] != null && !p[1].isBlank()).count();
        String last = parts.isEmpty() ? null : parts.get(parts.size() - 1)[1];
        boolean shared = companies == 1 && last != null && !last.isBlank();
        return parts.stream()
                .map(p -> new TalkSpeaker(p[0], shared ? last : p[1]))
                .toList();
    }

    private static boolean isName(String name) {
        return PersonNames.looksLikeName(name);
    }
}
