package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.recap.ingest.Fixtures;
import java.nio.charset.StandardCharsets;
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

        assertThat(schedule.skipped()).hasSize(1);
        SkippedItem skipped = schedule.skipped().get(0);
        assertThat(skipped.reason()).isEqualTo(SkipReason.INVALID_EVENT);
        assertThat(skipped.message()).isEqualTo("event no-start@recap.test: needs UID, SUMMARY and DTSTART");
        assertThat(new String(skipped.original(), StandardCharsets.UTF_8))
                .isEqualTo("BEGIN:VEVENT\r\nUID:no-start@recap.test\r\nDTSTAMP:20230301T000000Z\r\n"
                        + "SUMMARY:Talk without a time\r\nEND:VEVENT\r\n");
    }

    @Test
    void shouldKeepTheOtherEventsWhenOneEventCannotBeParsed() {
        DocumentResult result = parser.parse(Fixtures.bytes("ical/ical-one-broken-event.ics"));

        DocumentResult.Schedule schedule = (DocumentResult.Schedule) result;
        assertThat(schedule.talks())
                .extracting(ScheduleEntry::id, ScheduleEntry::start, ScheduleEntry::conference)
                .containsExactly(
                        tuple(
                                "kceu23-argo-core@recap.test",
                                Instant.parse("2023-04-19T12:30:00Z"),
                                "KubeCon + CloudNativeCon Europe 2023"),
                        tuple(
                                "kceu23-malicious@recap.test",
                                Instant.parse("2023-04-21T09:00:00Z"),
                                "KubeCon + CloudNativeCon Europe 2023"));
        assertThat(schedule.skipped()).hasSize(1);
        SkippedItem broken = schedule.skipped().get(0);
        assertThat(broken.reason()).isEqualTo(SkipReason.INVALID_EVENT);
        assertThat(broken.message())
                .startsWith("event kceu23-broken@recap.test: not readable iCalendar: ")
                .contains("2023-04-20 at ten");
        assertThat(new String(broken.original(), StandardCharsets.UTF_8))
                .isEqualTo("BEGIN:VEVENT\r\nUID:kceu23-broken@recap.test\r\nDTSTAMP:20230301T000000Z\r\n"
                        + "DTSTART:2023-04-20 at ten\r\nSUMMARY:A talk whose start cannot be read\r\nEND:VEVENT\r\n");
    }

    @Test
    void shouldLeaveOutAnEventInAnUnknownTimeZoneSayingWhy() {
        DocumentResult result = parser.parse(Fixtures.bytes("ical/ical-unknown-time-zone.ics"));

        DocumentResult.Schedule schedule = (DocumentResult.Schedule) result;
        assertThat(schedule.talks()).extracting(ScheduleEntry::id).containsExactly("kceu23-argo-core@recap.test");
        assertThat(schedule.skipped())
                .extracting(SkippedItem::reason, SkippedItem::message)
                .containsExactly(tuple(
                        SkipReason.INVALID_EVENT,
                        "event kceu23-nowhere@recap.test: java.time.zone.ZoneRulesException:"
                                + " Unknown time-zone ID: Nowhere/Land"));
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
