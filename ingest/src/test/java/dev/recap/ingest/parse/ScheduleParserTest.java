package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.ingest.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleParserTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void shouldReadATalkWithAttendeesAsSpeakers() {
        DocumentResult result = parser.parse(Fixtures.bytes("ical/ical-schedule.ics"));

        assertThat(result).isInstanceOf(DocumentResult.Schedule.class);
        DocumentResult.Schedule schedule = (DocumentResult.Schedule) result;
        assertThat(schedule.talks())
                .containsExactly(new ScheduleEntry(
                        "kceu23-argo-core@recap.test",
                        "Argo CD Core - A Pure GitOps Agent for Kubernetes",
                        java.util.List.of(
                                new ScheduleEntry.Speaker("Alexander Matyushentsev", null),
                                new ScheduleEntry.Speaker("Leonardo Luz Almeida", null)),
                        Instant.parse("2023-04-19T12:30:00Z"),
                        Instant.parse("2023-04-19T13:05:00Z"),
                        "Hall 7, Room B",
                        "CI/CD",
                        "https://kccnceu2023.sched.com/event/1HyZ1",
                        "KubeCon + CloudNativeCon Europe 2023",
                        "Run Argo CD without its UI and API server."));
    }

    @Test
    void shouldLeaveOutAnEventWithoutStartSayingWhy() {
        DocumentResult.Schedule schedule =
                (DocumentResult.Schedule) parser.parse(Fixtures.bytes("ical/ical-schedule.ics"));

        assertThat(schedule.skipped()).containsExactly("event no-start@recap.test: needs UID, SUMMARY and DTSTART");
    }

    @Test
    void shouldTakeSpeakersAndCompaniesFromTheDescriptionInTheEventZone() {
        DocumentResult result = parser.parse(Fixtures.bytes("ical/ical-with-speakers-in-description.ics"));

        ScheduleEntry talk = ((DocumentResult.Schedule) result).talks().get(0);
        assertThat(talk.speakers())
                .containsExactly(
                        new ScheduleEntry.Speaker("Ian Coldwater", "Independent"),
                        new ScheduleEntry.Speaker("Duffie Cooley", "Isovalent"),
                        new ScheduleEntry.Speaker("Micah Hausler", "AWS"),
                        new ScheduleEntry.Speaker("Rory McCune", "Datadog"));
        assertThat(talk.start()).isEqualTo(Instant.parse("2023-04-21T09:00:00Z"));
        assertThat(talk.end()).isEqualTo(Instant.parse("2023-04-21T09:35:00Z"));
        assertThat(talk.description()).isEqualTo("How scanners can be fooled.");
        assertThat(talk.conference()).isNull();
    }

    @Test
    void shouldSkipACalendarThatCannotBeParsed() {
        DocumentResult result = parser.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nthis is not ical\n".getBytes());

        assertThat(result).isInstanceOf(DocumentResult.Skipped.class);
        assertThat(((DocumentResult.Skipped) result).reason()).isEqualTo(SkipReason.INVALID_SCHEDULE);
    }
}
