package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds talk titles quoted in prose: "Ann Lee a présenté « Long-Term Metrics at Scale with Thanos »", "the
 * talk “Scaling Flux to 300 Teams”". A quotation is a title when the paragraph speaks of a talk and the
 * quotation reads as one: three words at least, most of its longer words capitalised.
 */
final class QuotedTalks {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern QUOTED = Pattern.compile("[«“\"]\\s*([^«»“”\"\\n]{8,160}?)\\s*[»”\"]");
    private static final Pattern TALK_CUE = Pattern.compile(
            "\\b(?:talk|talks|session|keynote|presentation|presented|gave|titled|pr[ée]sent[ée]e?s?|pr[ée]sentation"
                    + "|conf[ée]rence|intitul[ée]e?|charla|ponencia|presentad[oa]s?|titulad[oa]|vortrag|vorgestellt"
                    + "|pr[äa]sentiert)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANOTHER_YEAR = Pattern.compile(
            "\\b(?:last year|the year before|last (?:spring|summer|autumn|fall|winter|january|february|march|april|may"
                    + "|june|july|august|september|october|november|december)|l'an(?:n[ée]e)? (?:derni[eè]re?|pass[ée]e?)|l’an(?:n[ée]e)? (?:derni[eè]re?"
                    + "|pass[ée]e?)|el año pasado|el pasado año|letztes jahr|im vorjahr|next year|l'an prochain"
                    + "|el año que viene|nächstes jahr)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BY = Pattern.compile(
            "\\s*,?\\s*(?:(?:pr[ée]sent[ée]e?s?|presented|given|donn[ée]e?s?|presentad[oa]s?|dad[oa]s?)\\s+)?"
                    + "(?:par|by|de|avec|with|por|con|von|mit|from)\\s+(?=\\p{Lu})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MIN_WORDS = 3;
    private static final int LONG_WORD = 4;

    private QuotedTalks() {}

    /** A quoted title and the speakers named right after it ("« X » de Ann Lee (Acme)"), if any. */
    record Quoted(String title, List<TalkSpeaker> speakers) {}

    /** The talk titles quoted in {@code paragraph}, in order. */
    static List<String> in(String paragraph) {
        return talks(paragraph).stream().map(Quoted::title).toList();
    }

    /**
     * The talks quoted in {@code paragraph}: quotations that read as titles, in a paragraph that speaks of
     * a talk or followed by their speakers ("« X » avec Ann Lee"), and not about another year's edition.
     */
    static List<Quoted> talks(String paragraph) {
        if (paragraph.indexOf('"') < 0 && paragraph.indexOf('«') < 0 && paragraph.indexOf('“') < 0) {
            return List.of(); // no quotation at all, the common case
        }
        Boolean aboutTalks = null; // whether the paragraph speaks of a talk, looked for once a quote needs it
        List<Quoted> talks = new ArrayList<>();
        Matcher m = QUOTED.matcher(paragraph);
        while (m.find()) {
            String quoted = m.group(1).strip();
            Matcher by = BY.matcher(paragraph).region(m.end(), paragraph.length());
            List<TalkSpeaker> speakers =
                    by.lookingAt() ? ProseSpeakers.opening(paragraph.substring(by.end())) : List.of();
            if (speakers.isEmpty() && aboutTalks == null) {
                aboutTalks = TALK_CUE.matcher(paragraph).find();
            }
            boolean talk = !speakers.isEmpty() || aboutTalks;
            if (talk
                    && looksLikeTitle(quoted)
                    && TalkLines.plausibleTitle(quoted)
                    && !anotherYear(paragraph, m.start())) {
                talks.add(new Quoted(quoted, speakers));
            }
        }
        return talks;
    }

    // "In Paris last year I queued for « X »": a talk of another edition is not this post's.
    private static boolean anotherYear(String paragraph, int at) {
        int start = Math.max(
                paragraph.lastIndexOf(". ", at),
                Math.max(paragraph.lastIndexOf("! ", at), paragraph.lastIndexOf("? ", at)));
        int end = paragraph.indexOf(". ", at);
        String sentence = paragraph.substring(Math.max(0, start), end < 0 ? paragraph.length() : end);
        return ANOTHER_YEAR.matcher(sentence).find();
    }

    static boolean looksLikeTitle(String text) {
        String[] words = SPACES.split(text);
        long longWords =
                List.of(words).stream().filter(w -> w.length() >= LONG_WORD).count();
        long capitalised = List.of(words).stream()
                .filter(w -> w.length() >= LONG_WORD && Character.isUpperCase(w.codePointAt(0)))
                .count();
        return words.length >= MIN_WORDS && longWords > 0 && capitalised * 2 > longWords;
    }
}
