package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;
import dev.recap.ingest.parse.Section;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the talks a section lists line by line rather than under headings: list items linking to a
 * sched.com schedule ("- [Title](https://…sched.com/event/…) — Ann Lee, Acme"), lines "Title - Ann Lee,
 * Acme; Bob Roe, Initech", "Title by|par|por Ann Lee (Acme) and …", numbered "1. Title, Ann Lee, Bob
 * Roe", and table rows (see {@link TalkTable}). Each talk keeps the lines nested under it and the
 * paragraphs that follow it up to the next talk, as its own text.
 */
final class TalkLines {

    /** A talk one line names, its own text, and the section text that comes before it. */
    record LineTalk(String title, List<TalkSpeaker> speakers, String text, String before, String dayCell) {}

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern SCHEDULE_URL = Pattern.compile("^https?://[^/]*\\bsched\\.(?:com|co)(?:/.*)?$");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*•]|\\d{1,2}[.)])\\s+");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+");
    private static final Pattern LEADING_SEPARATOR =
            Pattern.compile("^[\\s,:;|–—-]*(?:(?:by|par|por|von|with|avec|con)\\s+)?", Pattern.CASE_INSENSITIVE);
    // a sentence inside a title: a full stop before a capital ("vs. Kueue" is no full stop), or a final one
    private static final Pattern SENTENCE = Pattern.compile(
            "(?<!\\b(?:vs|v|dr|st|mr|ms|mrs|inc|co|no|vol|ft|feat|etc|e\\.g|i\\.e))\\.\\s+\\p{Lu}|\\.$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD_SEPARATOR =
            Pattern.compile("[-–—|:,]|(?:by|par|por|von)\\s", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TITLE_CHARS = 160;
    private static final int MIN_TITLE_CHARS = 4;
    private static final int MAX_LINE_CHARS = 300;

    private TalkLines() {}

    /**
     * The talks {@code section} lists. In a {@code listing} context (under a day or "Talks" heading) a
     * line may name its speakers without their companies; elsewhere one company at least is needed,
     * except for schedule links, which are talks on their own.
     */
    static List<LineTalk> in(Section section, boolean listing) {
        List<String> paragraphs = section.proseParagraphs();
        List<LineTalk> talks = new ArrayList<>();
        List<String> before = new ArrayList<>();
        StringBuilder text = null;
        String title = null;
        List<TalkSpeaker> speakers = null;
        boolean boldTitles = listing
                || paragraphs.stream()
                                .filter(p -> boldTitle(p, section) != null)
                                .count()
                        >= 2;
        for (String paragraph : paragraphs) {
            List<TalkTable.Row> rows = TalkTable.rows(paragraph);
            if (!rows.isEmpty()) {
                rows.forEach(r -> talks.add(new LineTalk(r.title(), r.speakers(), "", "", r.day())));
                continue;
            }
            List<QuotedTalks.Quoted> quoted = QuotedTalks.talks(paragraph);
            if (!quoted.isEmpty()) {
                if (title != null) {
                    talks.add(new LineTalk(title, speakers, text.toString().strip(), justBefore(before), null));
                    title = null;
                    text = null;
                }
                // speakers named after a quote are its own; otherwise the paragraph's, when it quotes one talk
                List<TalkSpeaker> named = quoted.size() == 1 ? ProseSpeakers.in(List.of(paragraph)) : List.of();
                for (QuotedTalks.Quoted q : quoted) {
                    List<TalkSpeaker> own = q.speakers().isEmpty() ? named : q.speakers();
                    talks.add(new LineTalk(q.title(), own, paragraph, justBefore(before), null));
                }
                continue;
            }
            List<String> lines = paragraph.lines().toList();
            boolean single = lines.size() == 1;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean item = LIST_MARK.matcher(line).lookingAt();
                // bare text keeps a talk line and its notes in one paragraph: "Title | Ann Lee, Acme\nNotes..."
                boolean opening = i == 0 && !single && !item;
                Optional<LineTalk> talk = item || single
                        ? talk(line, section, listing, boldTitles)
                        : opening ? strongTalk(line, section) : Optional.empty();
                if (talk.isPresent()) {
                    if (title != null) {
                        talks.add(new LineTalk(title, speakers, text.toString().strip(), justBefore(before), null));
                    }
                    title = talk.get().title();
                    speakers = talk.get().speakers();
                    text = new StringBuilder();
                } else if (title != null) {
                    text.append(line.strip()).append(single || !item ? "\n\n" : "\n");
                } else if (talks.isEmpty()) {
                    before.add(line);
                }
            }
            if (text != null) {
                text.append("\n\n");
            }
        }
        if (title != null) {
            talks.add(new LineTalk(title, speakers, text.toString().strip(), justBefore(before), null));
        }
        return talks;
    }

    private static Optional<LineTalk> talk(String line, Section section, boolean listing, boolean boldTitles) {
        if (line.length() > MAX_LINE_CHARS || !line.equals(line.stripLeading())) {
            return Optional.empty();
        }
        boolean numbered = NUMBERED.matcher(line).lookingAt();
        String content = Openings.strip(LIST_MARK, line).strip();
        return scheduled(content, section)
                .or(() -> bold(content, section, boldTitles))
                .or(() -> SpeakerParser.splitHeading(content, listing)
                        .map(s -> new LineTalk(s.title(), s.speakers(), "", "", null)))
                .or(() -> dashed(content, listing))
                .or(() -> numbered || listing ? commaNamed(content) : Optional.empty())
                .filter(t -> plausibleTitle(t.title()) && t.title().strip().contains(" "));
    }

    // "[Title](https://kccnceu2024.sched.com/event/…) — Ann Lee, Acme": the link says it is a talk.
    private static Optional<LineTalk> scheduled(String content, Section section) {
        for (Section.Link link : section.links()) {
            if (isSchedule(link.url()) && content.startsWith(link.text())) {
                String rest = Openings.strip(
                        LEADING_SEPARATOR, content.substring(link.text().length()));
                List<TalkSpeaker> speakers = rest.isBlank() ? List.of() : SpeakerParser.listed(rest);
                return Optional.of(new LineTalk(link.text(), speakers, "", "", null));
            }
        }
        return Optional.empty();
    }

    // The line just before the first talk ("On the last day I saw:"), where a day stated for the list is.
    private static String justBefore(List<String> before) {
        return before.isEmpty() ? "" : before.get(before.size() - 1);
    }

    // The forms that say "talk" on their own: a schedule link, or a title and speakers with a company.
    private static Optional<LineTalk> strongTalk(String line, Section section) {
        if (line.length() > MAX_LINE_CHARS) {
            return Optional.empty();
        }
        return scheduled(line.strip(), section)
                .or(() -> dashed(line.strip(), false))
                .filter(t -> plausibleTitle(t.title()) && t.title().strip().contains(" "));
    }

    // "**Title** — Ann Lee, Acme", or a bold title alone on its line among others like it (a heading in
    // all but name, as Medium writes them).
    private static Optional<LineTalk> bold(String content, Section section, boolean boldTitles) {
        String title = boldTitle(content, section);
        if (title == null) {
            return Optional.empty();
        }
        String rest = Openings.strip(LEADING_SEPARATOR, content.substring(title.length()));
        List<TalkSpeaker> speakers = rest.isBlank() ? List.of() : SpeakerParser.listed(rest);
        boolean talk = !speakers.isEmpty() || (rest.isBlank() && boldTitles && QuotedTalks.looksLikeTitle(title));
        return talk ? Optional.of(new LineTalk(title, speakers, "", "", null)) : Optional.empty();
    }

    // The marked phrase {@code line} opens with, when the line is that phrase alone or the phrase, a dash and more.
    private static String boldTitle(String line, Section section) {
        if (section.marked().isEmpty()) {
            return null; // nothing set in bold or code: no marked title
        }
        String content = Openings.strip(LIST_MARK, line.strip());
        if (content.contains("\n")) {
            return null;
        }
        for (String marked : section.marked()) {
            if (content.startsWith(marked) && marked.contains(" ")) {
                String rest = content.substring(marked.length()).strip();
                if (rest.isEmpty() || BOLD_SEPARATOR.matcher(rest).lookingAt()) {
                    return marked;
                }
            }
        }
        return null;
    }

    static boolean isSchedule(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return SCHEDULE_URL.matcher(lower).matches();
    }

    // "Title - Ann Lee, Acme; Bob Roe, Initech": the last dash whose right side reads as speakers.
    private static Optional<LineTalk> dashed(String content, boolean listing) {
        List<int[]> cuts = dashes(content);
        for (int i = cuts.size() - 1; i >= 0; i--) {
            String left = content.substring(0, cuts.get(i)[0]).strip();
            List<TalkSpeaker> speakers = SpeakerParser.listed(content.substring(cuts.get(i)[1]));
            boolean convincing = listing || speakers.stream().anyMatch(s -> s.company() != null);
            if (!speakers.isEmpty() && convincing && !left.isEmpty()) {
                return Optional.of(new LineTalk(left, speakers, "", "", null));
            }
        }
        return Optional.empty();
    }

    // The separators between a title and its speakers, in order, as [start, end) offsets: " - ", " | ", "—" or "–" with
    // or without
    // spaces, ": ". Found from the separator characters rather than by trying a regex at every position; a
    // separator's spaces belong to it, as they do to the regex's match, so " - - " is one cut.
    static List<int[]> dashes(String content) {
        List<int[]> cuts = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < content.length(); k++) {
            char c = content.charAt(k);
            boolean dash = c == '-' || c == '|';
            boolean longDash = c == '–' || c == '—';
            if (!dash && !longDash && c != ':') {
                continue;
            }
            int start = k;
            while (start > from && Chars.isRegexSpace(content.charAt(start - 1))) {
                start--;
            }
            int end = k + 1;
            while (end < content.length() && Chars.isRegexSpace(content.charAt(end))) {
                end++;
            }
            boolean spacedBefore = start < k;
            boolean spacedAfter = end > k + 1;
            if (((dash || longDash) && spacedBefore && spacedAfter) || longDash || (c == ':' && spacedAfter)) {
                cuts.add(new int[] {start, end});
                from = end;
                k = end - 1;
            }
        }
        return cuts;
    }

    // "1. Title, Ann Lee, Bob Roe": the trailing comma-separated names are the speakers.
    private static Optional<LineTalk> commaNamed(String content) {
        String[] parts = COMMA.split(content);
        int first = parts.length;
        while (first > 1 && PersonNames.looksLikeName(parts[first - 1])) {
            first--;
        }
        if (first == parts.length) {
            return Optional.empty();
        }
        String title = String.join(", ", List.of(parts).subList(0, first));
        List<TalkSpeaker> speakers = List.of(parts).subList(first, parts.length).stream()
                .map(name -> new TalkSpeaker(name, null))
                .toList();
        return Optional.of(new LineTalk(title, speakers, "", "", null));
    }

    static boolean plausibleTitle(String title) {
        String t = title.strip();
        return t.length() >= MIN_TITLE_CHARS
                && t.length() <= MAX_TITLE_CHARS
                && !t.endsWith(":")
                && !SENTENCE.matcher(t).find()
                && EnumSet.of(HeadingKind.OTHER, HeadingKind.TALK).contains(HeadingClassifier.classify(t));
    }
}
