package dev.recap.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One talk as one post describes it: the title as written, the speakers it names, the conference day
 * it took place ({@code null} when the post does not say), the first sentences of its section and the
 * projects named there. {@code position} is its order in the post, from 0.
 */
public record ExtractedTalk(
        int position, String title, List<TalkSpeaker> speakers, LocalDate day, String summary, List<String> projects) {

    public ExtractedTalk {
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0, was " + position);
        }
        title = Objects.requireNonNull(title, "title").strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a talk needs a title");
        }
        speakers = List.copyOf(speakers);
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        projects = List.copyOf(projects);
    }
}
