package dev.recap.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A talk as found in one place of a post, before the places that name the same talk are merged: its
 * title, the speakers named where it is listed, its day, its own text and the phrases marked in it.
 */
record TalkCandidate(String title, List<TalkSpeaker> speakers, LocalDate day, String text, List<String> marked) {

    TalkCandidate {
        Objects.requireNonNull(title, "title");
        speakers = List.copyOf(speakers);
        text = text == null ? "" : text;
        marked = List.copyOf(marked);
    }
}
