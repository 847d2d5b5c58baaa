package dev.recap.ingest.parse;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One talk of a conference schedule: its id (the iCalendar UID), official title, speakers, times, room,
 * track, URL, conference and description. Optional values are {@code null}.
 */
public record ScheduleEntry(
        String id,
        String title,
        List<Speaker> speakers,
        Instant start,
        Instant end,
        String room,
        String track,
        String url,
        String conference,
        String description) {

    public ScheduleEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("talk " + id + " ends before it starts");
        }
    }

    /** A speaker as the schedule names them, with a company when it gives one. */
    public record Speaker(String name, String company) {
        public Speaker {
            name = Objects.requireNonNull(name, "name").strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a speaker needs a name");
            }
            company = company == null || company.isBlank() ? null : company.strip();
        }
    }
}
