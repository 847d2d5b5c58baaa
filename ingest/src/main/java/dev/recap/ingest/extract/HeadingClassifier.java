package dev.recap.ingest.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells day headings, talk-list headings, explicit talk headings and non-talk headings apart, in
 * English, French, Spanish and German. Word lists, not guesses: anything unknown is {@link HeadingKind#OTHER}.
 */
final class HeadingClassifier {

    private static final Pattern DAY_HEADING =
            Pattern.compile("^(?:day|jour|journee|dia|tag)\\s*(\\d{1,2})(?:\\s.*)?$");
    private static final Pattern EXPLICIT_TALK = Pattern.compile(
            "^(?:talk|session|conf[ée]rence|pr[ée]sentation|vortrag|charla)(?:\\s*:|\\s+[–—-])\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLED_KIND = Pattern.compile(
            "^(?:keynote|lightning talk|panel(?: discussion)?)(?:\\s*:|\\s+[–—-])\\s*(\\S+\\s+\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> NOT_TALKS = WordList.load("not-talk-headings.txt");
    private static final Set<String> NOT_TALK_PREFIXES = Set.of("keynote", "misc", "conclusion");
    private static final Set<String> TALK_LISTS = Set.of(
            "talks",
            "les talks",
            "mes talks",
            "the talks",
            "talks i attended",
            "conferences",
            "les conferences",
            "sessions",
            "les sessions",
            "presentations",
            "les presentations",
            "breakout sessions",
            "vortrage",
            "charlas",
            "ponencias");

    private HeadingClassifier() {}

    static HeadingKind classify(String heading) {
        String words = Words.normalise(heading);
        if ((DayPhrases.opensOnDayWord(words) && DAY_HEADING.matcher(words).matches())
                || DayPhrases.isDayHeadingWords(words)) {
            return HeadingKind.DAY;
        }
        if (TALK_LISTS.contains(words)) {
            return HeadingKind.TALK_LIST;
        }
        if (explicitTalkTitle(heading).isPresent()) {
            return HeadingKind.TALK;
        }
        if (NOT_TALKS.contains(words) || NOT_TALK_PREFIXES.stream().anyMatch(p -> words.startsWith(p))) {
            return HeadingKind.NOT_A_TALK;
        }
        return HeadingKind.OTHER;
    }

    /**
     * The title of a {@code Talk: X} heading, without its prefix; a titled keynote, panel or lightning talk
     * ("Keynote: X") keeps its prefix, which says what kind of talk it was. "Keynote: Ann Lee" names no talk.
     */
    static Optional<String> explicitTalkTitle(String heading) {
        Matcher m = EXPLICIT_TALK.matcher(heading.strip());
        if (m.matches()) {
            return Optional.of(m.group(1).strip());
        }
        Matcher kind = TITLED_KIND.matcher(heading.strip());
        boolean titled =
                kind.matches() && !PersonNames.looksLikeName(kind.group(1)) && !DayPhrases.isDayHeading(kind.group(1));
        return titled ? Optional.of(heading.strip()) : Optional.empty();
    }
}
