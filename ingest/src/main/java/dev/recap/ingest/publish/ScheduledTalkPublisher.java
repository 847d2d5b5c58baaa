package dev.recap.ingest.publish;

import dev.recap.events.ScheduledTalk;
import dev.recap.events.Speaker;
import dev.recap.ingest.parse.ScheduleEntry;
import dev.recap.schemas.TopicCatalogue;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns a talk of a conference schedule into a {@link ScheduledTalk} record keyed by the talk id (the
 * iCalendar UID), so re-ingesting a schedule updates each talk in place on the compacted topic.
 */
public final class ScheduledTalkPublisher {

    /** Descriptions beyond this are cut: the digest needs a summary, not the abstract in full. */
    public static final int MAX_DESCRIPTION_CHARS = 4_000;

    private final TopicCatalogue catalogue;

    public ScheduledTalkPublisher(TopicCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The record of {@code talk}. */
    public ProducerRecord<String, ScheduledTalk> toRecord(ScheduleEntry talk) {
        String description = talk.description();
        if (description != null && description.length() > MAX_DESCRIPTION_CHARS) {
            description = description.substring(0, MAX_DESCRIPTION_CHARS);
        }
        ScheduledTalk value = ScheduledTalk.newBuilder()
                .setId(talk.id())
                .setTitle(talk.title())
                .setSpeakers(talk.speakers().stream()
                        .map(s -> new Speaker(s.name(), s.company()))
                        .toList())
                .setStart(talk.start())
                .setEnd(talk.end())
                .setRoom(talk.room())
                .setTrack(talk.track())
                .setUrl(talk.url())
                .setConference(talk.conference())
                .setDescription(description)
                .build();
        return new ProducerRecord<>(catalogue.scheduledTalks().name(), talk.id(), value);
    }
}
