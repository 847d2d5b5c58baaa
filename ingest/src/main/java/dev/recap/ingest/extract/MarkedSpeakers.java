package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads speakers a post sets in code or bold rather than in a sentence ("`Ann Lee` et `Bob Roe` nous
 * parlent de…"): the marked phrases of a talk's section that read as names and appear in its first
 * paragraphs, in order of appearance.
 */
final class MarkedSpeakers {

    private static final int PARAGRAPHS = 2;

    private MarkedSpeakers() {}

    static List<TalkSpeaker> in(List<String> paragraphs, List<String> marked) {
        String opening = String.join("\n", paragraphs.subList(0, Math.min(PARAGRAPHS, paragraphs.size())));
        List<String> phrases = new ArrayList<>();
        for (String phrase : marked) {
            if (!phrases.contains(phrase) && opening.contains(phrase)) {
                phrases.add(phrase);
            }
        }
        phrases.sort((a, b) -> Integer.compare(opening.indexOf(a), opening.indexOf(b)));
        // "*Ann Lee, Acme*" is a name and a company, "`Ann Lee`" a name, "**Kubernetes**" neither
        List<TalkSpeaker> speakers = new ArrayList<>();
        for (String phrase : phrases) {
            List<TalkSpeaker> people = PersonNames.looksLikeName(phrase)
                    ? List.of(new TalkSpeaker(phrase, null))
                    : SpeakerParser.listed(phrase);
            people.stream().filter(p -> !speakers.contains(p)).forEach(speakers::add);
        }
        return speakers;
    }
}
