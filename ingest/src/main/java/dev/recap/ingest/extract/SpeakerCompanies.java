package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the companies of speakers already named, in their talk's own text: "Ann Lee (Acme)", "Ann Lee
 * from Acme", "Ann Lee, d'Acme,", "Ann Lee de chez Acme", "Ann Lee von der Acme Bank", and "Ann Lee and
 * Bob Roe, both from Acme" / "tous deux chez Acme" / "ambos de Acme" for everyone. A speaker whose company
 * is known keeps it.
 */
final class SpeakerCompanies {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // capitalised words; a dot only inside a word ("Solo.io", "Booking.com"), never the end of a sentence
    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L}))*";
    private static final String COMPANY = "(" + WORD + "(?:\\s+(?:&\\s+)?" + WORD + "){0,3})";
    private static final Pattern PARENTHESIS = Pattern.compile("^\\s*\\(\\s*(\\p{Lu}[^()]{0,40}?)\\s*\\)");
    private static final Pattern MARKER = Pattern.compile(
            "^,?\\s+(?:(?:who\\s+works\\s+)?(?:from|at|of)|de\\s+chez|chez|de|von\\s+der|von|vom|bei\\s+der|bei"
                    + "|por|del)\\s+(?:(?:la|le|el|der|die|the)\\s+)?(?-i:" + COMPANY + ")"
                    + "|^,?\\s+d['’]\\s?(?-i:" + COMPANY + ")",
            CI);
    private static final Pattern SHARED = Pattern.compile(
            "(?:both|all\\s+three|tous\\s+(?:les\\s+)?deux|toutes\\s+(?:les\\s+)?deux|ambos|ambas|beide)\\s*,?\\s*"
                    + "(?:from|at|of|chez|de|d['’]|von\\s+der|von|bei|del)\\s*(?-i:" + COMPANY + ")",
            CI);
    private static final int SHARED_WINDOW = 80;

    // the first two letters of SHARED's words ("both", "all three", "tous", "ambos", "beide"...)
    private static final LetterPairs SHARED_OPENINGS = new LetterPairs("bo", "al", "to", "am", "be");

    private SpeakerCompanies() {}

    static List<TalkSpeaker> enrich(List<TalkSpeaker> speakers, String text) {
        if (speakers.stream().allMatch(s -> s.company() != null)) {
            return speakers;
        }
        List<TalkSpeaker> enriched = new ArrayList<>();
        for (TalkSpeaker speaker : speakers) {
            enriched.add(
                    speaker.company() != null
                            ? speaker
                            : new TalkSpeaker(speaker.name(), companyAfter(speaker.name(), text)));
        }
        String shared = sharedCompany(speakers, text);
        return shared == null
                ? enriched
                : enriched.stream()
                        .map(s -> s.company() == null ? new TalkSpeaker(s.name(), shared) : s)
                        .toList();
    }

    private static String companyAfter(String name, String text) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            // both patterns are anchored: one attempt where the name ends, without copying the rest
            for (Pattern pattern : List.of(PARENTHESIS, MARKER)) {
                Matcher m = pattern.matcher(text).region(at + name.length(), text.length());
                if (m.lookingAt()) {
                    return m.group(1) != null ? m.group(1) : m.group(2);
                }
            }
        }
        return null;
    }

    // "Ann Lee and Bob Roe, both from Acme": the phrase must follow a mention of one of the speakers closely.
    private static String sharedCompany(List<TalkSpeaker> speakers, String text) {
        for (TalkSpeaker speaker : speakers) {
            int at = text.indexOf(speaker.name());
            if (at >= 0) {
                int end = Math.min(text.length(), at + speaker.name().length() + SHARED_WINDOW);
                // SHARED found in the window: tried only where its first two letters stand ("bo", "al"...)
                Matcher m = SHARED.matcher(text);
                for (int p = at; p + 1 < end; p++) {
                    if (SHARED_OPENINGS.opens(text.charAt(p), text.charAt(p + 1))
                            && m.region(p, end).lookingAt()) {
                        return m.group(1);
                    }
                }
            }
        }
        return null;
    }
}
