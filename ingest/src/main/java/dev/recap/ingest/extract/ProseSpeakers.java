package dev.recap.ingest.extract;

import dev.recap.ingest.parse.Chars;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the speakers a talk's own prose names: a sentence opening on them ("Ann Lee de chez Acme et Bob
 * Roe d'Initech nous parlent...", "Ann Lee from Acme showed...") or a phrase introducing them ("donné
 * par", "presented by", "de la mano de"). Every part of the phrase must read as a name, with an
 * optional company ("de chez", "d'", "de", "from", "at", "(Acme)"); otherwise nothing is read.
 */
final class ProseSpeakers {

    // ASCII case folding only: the accented letters of the cues are spelled out ([ée]), and Unicode case
    // folding makes every position of every paragraph several times dearer to scan
    private static final int CI = Pattern.CASE_INSENSITIVE;
    // the word before a joining word that makes it introduce speakers ("donné par", "presented by"): it
    // ends in one of these forms, compared in ASCII lower case (the accented letters are spelled out)
    private static final Set<String> CUES = cueForms();
    // the cue forms by their last CUE_END letters, the shortest form's length
    private static final int CUE_END =
            CUES.stream().mapToInt(String::length).min().orElseThrow();
    private static final Map<String, List<String>> CUES_BY_END =
            CUES.stream().collect(Collectors.groupingBy(form -> form.substring(form.length() - CUE_END)));
    // the one cue of several words
    private static final String DE_LA_MANO = "de la mano";
    private static final int MIN_JOINER_LENGTH = 2;
    private static final int MAX_JOINER_LENGTH = 3;
    private static final int CUE_WINDOW = 24;
    private static final Pattern LEAD_IN =
            Pattern.compile("^(?:(?:in|during|dans|durant|pendant|en|lors|au cours)\\b[^,.]{0,60},\\s*)", CI);
    private static final Pattern SHORT_LEAD_IN = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){0,3},\\s*");
    private static final int MAX_NAME_OPENING_WORDS = 5;
    private static final Pattern LOWER_ASIDE = Pattern.compile("\\s*\\((?=\\p{Ll})[^()]*\\)");
    // the particles a phrase of names may hold, in the order the phrase pattern tries them
    private static final List<String> PHRASE_PARTICLE_ORDER = List.of(
            "de", "da", "di", "du", "van", "von", "der", "den", "le", "la", "del", "ten", "ter", "dos", "das", "et",
            "and", "y", "und", "chez", "from", "at", "of", "por", "bei", "with", "avec", "con", "mit");
    private static final Set<String> PHRASE_PARTICLES = Set.copyOf(PHRASE_PARTICLE_ORDER);
    private static final String TOKEN = "(?:(?:d['’])?\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.&-]*|\\([^()]*\\)|,|&|@|(?:"
            + String.join("|", PHRASE_PARTICLE_ORDER) + ")(?=\\s))";
    private static final Pattern PHRASE = Pattern.compile("^" + TOKEN + "(?:\\s*" + TOKEN + ")*");
    private static final Pattern PARTS = Pattern.compile("\\s*,\\s*(?:(?:et|and|&|und|y)\\s+)?(?![^()]*\\))"
            + "|\\s+(?:et|and|&|und|y|with|avec|con|mit)\\s+(?![^()]*\\))");
    private static final Pattern COMPANY_MARKER =
            Pattern.compile("\\s+(?:de\\s+chez|chez|from|at|of|de|por|von\\s+der|von|bei\\s+der|bei|@)\\s+(?=\\p{Lu})"
                    + "|\\s+d['’](?=\\p{Lu})|\\s*\\((?=[^()]*\\)$)");
    private static final Pattern LEADING_MARKER =
            Pattern.compile("^(?:de\\s+chez|chez|from|at|of|de|d['’]|von\\s+der|von|bei\\s+der|bei|@)\\s*");
    private static final Pattern COMPANY_EDGES = Pattern.compile("^[(\\s]+|[)\\s.,]+$");
    static final int MAX_PARAGRAPHS = 3;
    private static final int MAX_PHRASE_CHARS = 300;

    private ProseSpeakers() {}

    /** The speakers named in the first paragraphs of {@code paragraphs}; empty when none reads as such. */
    static List<TalkSpeaker> in(List<String> paragraphs) {
        for (String paragraph : paragraphs.subList(0, Math.min(MAX_PARAGRAPHS, paragraphs.size()))) {
            String stripped = paragraph.strip();
            String text =
                    hasLowerAside(stripped) ? LOWER_ASIDE.matcher(stripped).replaceAll("") : stripped;
            for (String sentence : sentences(text)) {
                if (sentence.isEmpty() || !Character.isUpperCase(sentence.charAt(0))) {
                    continue; // names, and the clauses that come before them, open on a capital
                }
                String afterLeadIn = mayOpenOnLeadIn(sentence) ? Openings.strip(LEAD_IN, sentence) : sentence;
                List<TalkSpeaker> opening = phraseAt(afterLeadIn, true);
                if (opening.isEmpty() && sentence.indexOf(',') >= 0) {
                    // "Le dernier jour, Ann Lee, de Acme, a montré…": a short opening clause, then the names
                    opening = phraseAt(Openings.strip(SHORT_LEAD_IN, sentence), true);
                }
                if (!opening.isEmpty()) {
                    return opening;
                }
            }
            List<TalkSpeaker> cued = afterCue(text);
            if (!cued.isEmpty()) {
                return cued;
            }
        }
        return List.of();
    }

    // Each joining word ("par", "by", "por", "de", "von": a whole word, then white space) found from the
    // white space after it, then the cue word just before it checked: a regex tried at every position of
    // every paragraph costs far more.
    private static List<TalkSpeaker> afterCue(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) || !Chars.isLetter(text.charAt(i - 1))) {
                continue;
            }
            int wordStart = i - 1;
            while (wordStart > 0 && i - wordStart <= MAX_JOINER_LENGTH && Chars.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            boolean whole = wordStart == 0 || !Chars.isLetter(text.charAt(wordStart - 1));
            boolean joiner = whole && isJoiner(text, wordStart, i);
            if (joiner && cued(text, wordStart)) {
                int names = i + 1;
                // names follow a cue closely: no need to copy the rest of a long paragraph
                List<TalkSpeaker> cued =
                        phraseAt(text.substring(names, Math.min(text.length(), names + MAX_PHRASE_CHARS)), false);
                if (!cued.isEmpty()) {
                    return cued;
                }
            }
        }
        return List.of();
    }

    // A joining word ("par", "by", "por", "de", "von"), in any case, at [start, end); no letter outside ASCII
    // lower-cases to theirs. Compared letter by letter: a two- or three-letter word ends every few words.
    private static boolean isJoiner(String text, int start, int end) {
        int length = end - start;
        if (length < MIN_JOINER_LENGTH || length > MAX_JOINER_LENGTH) {
            return false;
        }
        char a = asciiLower(text.charAt(start));
        char b = asciiLower(text.charAt(start + 1));
        if (length == 2) {
            return (a == 'b' && b == 'y') || (a == 'd' && b == 'e');
        }
        char c = asciiLower(text.charAt(start + 2));
        return (a == 'p' && (b == 'a' || b == 'o') && c == 'r') || (a == 'v' && b == 'o' && c == 'n');
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    // True when {@code text} at {@code from} holds {@code lower} (ASCII lower case), ASCII letters in any case.
    private static boolean asciiEqualsIgnoreCase(String text, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(from + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // A "(" then a small letter, which LOWER_ASIDE needs: most paragraphs have none.
    private static boolean hasLowerAside(String text) {
        for (int at = text.indexOf('('); at >= 0 && at + 1 < text.length(); at = text.indexOf('(', at + 1)) {
            if (Character.isLowerCase(text.codePointAt(at + 1))) {
                return true;
            }
        }
        return false;
    }

    // LEAD_IN's words open on one of these letters, and it needs a comma: most sentences skip the regex
    private static boolean mayOpenOnLeadIn(String sentence) {
        char first = Character.toLowerCase(sentence.charAt(0));
        return (first == 'i' || first == 'd' || first == 'p' || first == 'e' || first == 'l' || first == 'a')
                && sentence.indexOf(',') >= 0;
    }

    // True when a cue word, then white space, comes just before the joining word at {@code joiner}, within
    // CUE_WINDOW characters. Cue words are made of letters: only the letters before the space are tried.
    private static boolean cued(String text, int joiner) {
        int from = Math.max(0, joiner - CUE_WINDOW);
        int end = joiner;
        while (end > from && Chars.isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (end == joiner || start == end) {
            return false;
        }
        if (end - start >= CUE_END) {
            List<String> forms = CUES_BY_END.get(asciiLowerCase(text.substring(end - CUE_END, end)));
            for (String form : forms == null ? List.<String>of() : forms) {
                if (form.length() <= end - start && asciiEqualsIgnoreCase(text, end - form.length(), form)) {
                    return true;
                }
            }
        }
        return end - DE_LA_MANO.length() >= from
                && text.regionMatches(true, end - DE_LA_MANO.length(), DE_LA_MANO, 0, DE_LA_MANO.length());
    }

    private static String asciiLowerCase(String word) {
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = chars[i] >= 'A' && chars[i] <= 'Z' ? (char) (chars[i] + ('a' - 'A')) : chars[i];
        }
        return new String(chars);
    }

    private static Set<String> cueForms() {
        Set<String> forms = new HashSet<>(List.of(
                "given",
                "presented",
                "delivered",
                "hosted",
                "led",
                "run",
                "shared",
                "moderated",
                "was",
                "were",
                "kam",
                "stammte",
                "vorgestellt",
                "präsentiert",
                "prasentiert",
                "gehalten",
                "moderiert",
                "talk",
                "session",
                "keynote",
                "presentation",
                "charla",
                "ponencia",
                "vortrag"));
        // French participles: donné, donnée, donnés, données... (with or without the accent)
        for (String stem : List.of("donn", "présent", "present", "anim", "propos", "partag", "modér", "moder")) {
            for (String e : List.of("é", "e")) {
                for (String feminine : List.of("", "e")) {
                    for (String plural : List.of("", "s")) {
                        forms.add(stem + e + feminine + plural);
                    }
                }
            }
        }
        // Spanish participles: presentado, presentadas...
        for (String stem : List.of("presentad", "impartid", "dad", "ofrecid", "moderad")) {
            for (String ending : List.of("o", "a", "os", "as")) {
                forms.add(stem + ending);
            }
        }
        return Set.copyOf(forms);
    }

    /** The people of the phrase that opens {@code text} ("Ann Lee (Acme) et Bob Roe, qui…"); empty if none. */
    static List<TalkSpeaker> opening(String text) {
        return phraseAt(text, false);
    }

    // The people of the phrase that opens {@code text}, up to its first lower-case word or sentence end. A
    // sentence opening on names must go on with a verb: a caption repeating a title is no speaker line.
    private static List<TalkSpeaker> phraseAt(String text, boolean subject) {
        if (subject && !opensOnAName(text)) {
            return List.of(); // most sentences: "The talk...", "Il a montré...": no regex needed to tell
        }
        int end = sentenceEnd(text);
        String sentence = end >= 0 ? text.substring(0, end) : text;
        if (!subject && !mayHoldACapital(sentence)) {
            return List.of(); // "de la plateforme...": particles then a lower-case word, no name
        }
        Matcher phrase = PHRASE.matcher(sentence);
        if (!phrase.find()) {
            return List.of();
        }
        String rest = sentence.substring(phrase.end()).strip();
        if (subject && (rest.isEmpty() || !Character.isLowerCase(rest.codePointAt(0)))) {
            return List.of();
        }
        return people(TrailingJoiners.strip(phrase.group()));
    }

    // Where the sentence that opens {@code text} ends: a line break, or . ! ? : ; before white space or the
    // end (what [.!?:;](?=\\s|$)|\\n finds first); -1 when it runs to the end.
    static int sentenceEnd(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                int next = i + 1;
                boolean finalBreak = next == length - 1
                        && (text.charAt(next) == '\u0085'
                                || text.charAt(next) == '\u2028'
                                || text.charAt(next) == '\u2029');
                if (next == length || Chars.isRegexSpace(text.charAt(next)) || finalBreak) {
                    return i;
                }
            }
        }
        return -1;
    }

    // Whether the phrase PHRASE reads at the start of {@code sentence} can hold a capitalised word, the one
    // thing a name needs: its tokens are read until a capital (or "d'", or a parenthesis: maybe), or until
    // something that is neither a particle nor "," "&" "@" (no: the phrase ends there, without a name).
    private static boolean mayHoldACapital(String sentence) {
        int i = 0;
        for (boolean first = true; ; first = false) {
            while (!first && i < sentence.length() && Chars.isRegexSpace(sentence.charAt(i))) {
                i++;
            }
            if (i >= sentence.length()) {
                return false;
            }
            char c = sentence.charAt(i);
            boolean elided = c == 'd'
                    && i + 1 < sentence.length()
                    && (sentence.charAt(i + 1) == '\'' || sentence.charAt(i + 1) == '’');
            if (Character.getType(sentence.codePointAt(i)) == Character.UPPERCASE_LETTER || c == '(' || elided) {
                return true;
            }
            if (c == ',' || c == '&' || c == '@') {
                i++;
                continue;
            }
            int end = i;
            while (end < sentence.length() && sentence.charAt(end) >= 'a' && sentence.charAt(end) <= 'z') {
                end++;
            }
            if (end == i
                    || end >= sentence.length()
                    || !Chars.isRegexSpace(sentence.charAt(end))
                    || !PHRASE_PARTICLES.contains(sentence.substring(i, end))) {
                return false;
            }
            i = end;
        }
    }

    // The sentences of {@code text}: cut at line ends, and at spaces after . ! ? when a capital follows.
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sentences.add(text.substring(start, i));
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?')
                    && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                int next = i + 1;
                while (next < text.length() && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
                    next++;
                }
                if (next < text.length() && Character.isUpperCase(text.charAt(next))) {
                    sentences.add(text.substring(start, i + 1));
                    start = next;
                    i = next - 1;
                }
            }
        }
        sentences.add(text.substring(start));
        return sentences;
    }

    // A name is two capitalised words, particles allowed between them: "Ann Lee", "Raymond de Jong".
    private static boolean opensOnAName(String text) {
        int i = skipSpaces(text, 0);
        if (i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        for (int word = 1; word < MAX_NAME_OPENING_WORDS; word++) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            i = skipSpaces(text, end);
            if (i >= text.length()) {
                return false;
            }
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
            int next = i;
            while (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (!PersonNames.PARTICLES.contains(text.substring(i, next))) {
                return false;
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "Ann Lee de chez Acme et Bob Roe d'Initech" as people; empty when a part is neither a name nor a company. */
    static List<TalkSpeaker> people(String phrase) {
        List<String[]> people = new ArrayList<>();
        for (String part : PARTS.split(phrase.strip())) {
            if (part.isBlank()) {
                continue;
            }
            Matcher leading = LEADING_MARKER.matcher(part);
            if (leading.find() && !people.isEmpty()) {
                people.get(people.size() - 1)[1] = company(part.substring(leading.end()));
                continue;
            }
            String[] person = person(part);
            if (person == null) {
                return List.of();
            }
            people.add(person);
        }
        return SpeakerParser.withSharedCompany(people);
    }

    // {name, company} of "Ann Lee de chez Acme", trying each company marker from the left.
    private static String[] person(String part) {
        Matcher marker = COMPANY_MARKER.matcher(part);
        while (marker.find()) {
            String name = part.substring(0, marker.start());
            String company = company(part.substring(marker.end()));
            if (PersonNames.looksLikeName(name) && company != null) {
                return new String[] {name.strip(), company};
            }
        }
        return PersonNames.looksLikeName(part) ? new String[] {part.strip(), null} : null;
    }

    private static String company(String text) {
        String company = COMPANY_EDGES.matcher(text).replaceAll("");
        return company.isEmpty() || !Character.isUpperCase(company.codePointAt(0)) ? null : company;
    }
}
