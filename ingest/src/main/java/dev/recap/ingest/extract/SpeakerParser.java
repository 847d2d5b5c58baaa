package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads speakers where posts commonly write them: at the end of a heading ("Title par Ann Lee (Acme) et
 * Bob Roe") or on a first line ("By Ann Lee (Acme)"). Names must look like names (capitalised words,
 * particles allowed); anything else reads as no speakers at all.
 */
final class SpeakerParser {

    private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern HEADING = Pattern.compile("^(.+\\S)\\s+(?:par|by|von|por)\\s+(\\p{Lu}.*)$");
    private static final Pattern FIRST_LINE = Pattern.compile(
            "^(?:[Pp]ar|[Bb]y|[Aa]vec|[Ww]ith|[Pp]or|[Vv]on|(?:[Ss]peakers?|[Ii]ntervenant(?:e|s|es)?|[Oo]rateurs?"
                    + "|[Pp]onentes?|[Ss]precher(?:in|innen)?|[Rr]eferent(?:in|en|innen)?|[Pp]resenters?)\\s*:)\\s*"
                    + "(\\p{Lu}.*?)[.]?$");
    // the letters FIRST_LINE's words open on
    private static final String FIRST_LINE_LETTERS = "PpBbAaWwVvSsIiOoRr";
    private static final Pattern PERSON = Pattern.compile("^([^()]+?)\\s*(?:\\(([^()]*)\\))?$");
    private static final int MAX_COMPANY_WORDS = 5;
    private static final Pattern ROLE = Pattern.compile(
            "\\s*\\((?:moderator|moderatorin|moderadora?|mod[ée]rat(?:eur|rice)|host|mc|chair)\\)",
            Pattern.CASE_INSENSITIVE);

    /** A heading split into a talk title and its speakers. */
    record TitledSpeakers(String title, List<TalkSpeaker> speakers) {}

    private SpeakerParser() {}

    /**
     * Splits {@code heading} at its last "par"/"by". Unless {@code lenient}, one speaker at least must
     * name a company, as "Scaling by Design Patterns" is a title, not a speaker.
     */
    static Optional<TitledSpeakers> splitHeading(String heading, boolean lenient) {
        if (!hasJoiner(heading)) {
            return Optional.empty(); // most headings: no regex needed to tell
        }
        Matcher m = HEADING.matcher(heading.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<TalkSpeaker> speakers = people(m.group(2));
        boolean convincing = lenient || speakers.stream().anyMatch(s -> s.company() != null);
        return speakers.isEmpty() || !convincing
                ? Optional.empty()
                : Optional.of(new TitledSpeakers(withoutTrailingPunctuation(m.group(1)), speakers));
    }

    /** The speakers of a "By Ann Lee (Acme)" line; empty when {@code line} is not such a line. */
    static List<TalkSpeaker> fromLine(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || FIRST_LINE_LETTERS.indexOf(stripped.charAt(0)) < 0) {
            return List.of(); // most lines: no regex needed to tell
        }
        Matcher m = FIRST_LINE.matcher(stripped);
        return m.matches() ? people(m.group(1)) : List.of();
    }

    // {@code text} without the spaces and , ; : – — - that end it: what [\\s,;:–—-]+$ removes ("$" also
    // stands before one final line break, which stays)
    static String withoutTrailingPunctuation(String text) {
        int end = text.length();
        if (end > 0
                && (text.charAt(end - 1) == '\u0085'
                        || text.charAt(end - 1) == '\u2028'
                        || text.charAt(end - 1) == '\u2029')) {
            end--;
        }
        int start = end;
        while (start > 0 && isTrailingPunctuation(text.charAt(start - 1))) {
            start--;
        }
        return start == end ? text : text.substring(0, start) + text.substring(end);
    }

    private static boolean isTrailingPunctuation(char c) {
        return Chars.isRegexSpace(c) || c == ',' || c == ';' || c == ':' || c == '–' || c == '—' || c == '-';
    }

    // " par ", " by ", " von " or " por " between white space, as HEADING needs
    private static boolean hasJoiner(String text) {
        for (int i = 1; i + 3 < text.length(); i++) {
            if (Chars.isRegexSpace(text.charAt(i - 1))) {
                int length = text.startsWith("by", i)
                        ? 2
                        : text.startsWith("par", i) || text.startsWith("von", i) || text.startsWith("por", i) ? 3 : 0;
                if (length > 0 && i + length < text.length() && Chars.isRegexSpace(text.charAt(i + length))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The people of a list such as "Ann Lee, Acme; Bob Roe, Initech", "Ann Lee (Acme) and Bob Roe" or
     * "Ann Lee, Bob Roe, Initech": a name opens a person, a phrase that is no name is the company of the
     * person before it. Empty when the text does not read entirely so.
     */
    static List<TalkSpeaker> listed(String text) {
        return listed(text, true);
    }

    /** As {@link #listed(String)}; unless {@code companyAfterComma}, "Ann Lee, Bob Roe" is two people. */
    static List<TalkSpeaker> listed(String text, boolean companyAfterComma) {
        String stripped = text.strip();
        if (stripped.isEmpty() || !(Character.isUpperCase(stripped.codePointAt(0)) || stripped.charAt(0) == '(')) {
            return List.of(); // a list opens on a name, or on a role such as "(host)" before it
        }
        String list = withoutTrailingPunctuation(ROLE.matcher(text.strip()).replaceAll(""));
        if (list.contains("(")) {
            return people(list);
        }
        // "Ann Lee, Acme & Bob Roe, Initech": pairs joined by "and" are pairs joined by ";"
        String[] joined = ListSplitter.ands(list);
        if (companyAfterComma
                && !list.contains(";")
                && joined.length > 1
                && Stream.of(joined).allMatch(g -> ListSplitter.commas(g.strip()).length == 2)) {
            list = String.join("; ", joined);
        }
        List<String[]> parts = new ArrayList<>();
        for (String group : SEMICOLON.split(list)) {
            String[] tokens = ListSplitter.commas(group.strip());
            // "Ann Lee, Acme" and "Ann Lee, Acme; Bob Roe, Initech": a name and a company
            boolean pair = companyAfterComma && tokens.length == 2 && ListSplitter.ands(tokens[1]).length == 1;
            if ((list.contains(";") || pair) && tokens.length > 1) {
                tokens = new String[] {
                    tokens[0], String.join(", ", List.of(tokens).subList(1, tokens.length))
                };
            }
            for (String token : tokens) {
                if (!addListed(parts, token.strip(), list.contains(";") || pair)) {
                    return List.of();
                }
            }
        }
        return parts.stream().map(p -> new TalkSpeaker(p[0], p[1])).toList();
    }

    private static boolean addListed(List<String[]> parts, String token, boolean grouped) {
        String[] last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        boolean companyPlace = last != null && last[1] == null;
        boolean names = Stream.of(ListSplitter.ands(token)).allMatch(part -> isName(part.strip()));
        if (companyPlace && (grouped || !names) && isCompany(token)) {
            // "Ann Lee and Bob Roe, Acme": the company of everyone named together before it
            for (int i = parts.size() - 1;
                    i >= 0 && parts.get(i)[1] == null && Objects.equals(parts.get(i)[2], last[2]);
                    i--) {
                parts.get(i)[1] = token;
            }
            return true;
        }
        for (String part : ListSplitter.ands(token)) {
            if (!isName(part.strip())) {
                return false;
            }
            parts.add(new String[] {part.strip(), null, token});
        }
        return true;
    }

    private static boolean isCompany(String token) {
        return !token.isEmpty()
                && (Character.isUpperCase(token.codePointAt(0)) || Character.isDigit(token.codePointAt(0)))
                && SPACES.split(token).length <= MAX_COMPANY_WORDS
                && !token.contains(". ");
    }

    /** The people of "Ann Lee (Acme), Bob Roe et Cy Doe (Initech)"; empty when a part is not a name. */
    static List<TalkSpeaker> people(String text) {
        String stripped = text.strip();
        List<String[]> parts = new ArrayList<>();
        for (String group : ListSplitter.commas(stripped)) {
            for (String part : ListSplitter.ands(group)) {
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
