package dev.recap.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The speakers read from the lines and prose of one post, each read once: a heading's section is read to
 * decide whether it is a talk, then again for the talk's speakers and its summary, over the same lines.
 * One instance serves one post; it is not shared between threads.
 */
final class SpeakerReadings {

    private final Map<String, List<TalkSpeaker>> lines = new HashMap<>();
    private final Map<List<String>, List<TalkSpeaker>> prose = new HashMap<>();

    /** {@link SpeakerParser#fromLine}. */
    List<TalkSpeaker> line(String line) {
        return lines.computeIfAbsent(line, SpeakerParser::fromLine);
    }

    /** {@link ProseSpeakers#in}: only the first paragraphs count, so they are the key. */
    List<TalkSpeaker> prose(List<String> paragraphs) {
        List<String> first =
                List.copyOf(paragraphs.subList(0, Math.min(ProseSpeakers.MAX_PARAGRAPHS, paragraphs.size())));
        return prose.computeIfAbsent(first, ProseSpeakers::in);
    }
}
