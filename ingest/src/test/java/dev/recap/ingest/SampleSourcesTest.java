package dev.recap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.PostFormat;
import dev.recap.ingest.parse.ScheduleEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The demo's schedule and feed in {@code samples/} read as written. */
class SampleSourcesTest {

    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("samples");

    @Test
    void shouldReadEveryTalkOfTheSampleScheduleDuringTheConference() {
        FileOutcome outcome = FileExtractor.standard()
                .extract(SourceFile.of(SAMPLES.resolve("schedules/kubecon-eu-2023-excerpt.ics"), SAMPLES));

        FileOutcome.Schedule schedule = (FileOutcome.Schedule) outcome;
        assertThat(schedule.talks()).hasSize(14);
        assertThat(schedule.talks())
                .extracting(ScheduleEntry::start)
                .allMatch(start -> !day(start).isBefore(LocalDate.of(2023, 4, 18))
                        && !day(start).isAfter(LocalDate.of(2023, 4, 21)));
        ScheduleEntry first = schedule.talks().get(0);
        assertThat(first.title()).isEqualTo("Argo CD Core - A Pure GitOps Agent for Kubernetes");
        assertThat(first.speakers())
                .containsExactly(
                        new ScheduleEntry.Speaker("Alexander Matyushentsev", "Akuity"),
                        new ScheduleEntry.Speaker("Leonardo Luz Almeida", "Intuit"));
        assertThat(first.start()).isEqualTo(Instant.parse("2023-04-19T09:00:00Z"));
        assertThat(first.conference()).isEqualTo("KubeCon + CloudNativeCon Europe 2023");
    }

    @Test
    void shouldReadTheSampleFeedOfflineWithTheSummaryStandingIn() {
        FileOutcome outcome =
                FileExtractor.standard().extract(SourceFile.of(SAMPLES.resolve("feeds/recap-feed.xml"), SAMPLES));

        FileOutcome.FeedExtracted feed = (FileOutcome.FeedExtracted) outcome;
        assertThat(feed.extractions())
                .extracting(e -> e.post().title())
                .containsExactly(
                        "KubeCon EU 2023, day two: meshes and GitOps",
                        "Observability notes from KubeCon EU 2023",
                        "Platform engineering day, in short");
        assertThat(feed.extractions()).extracting(e -> e.post().format()).containsOnly(PostFormat.RSS);
        assertThat(feed.extractions().get(0).talks())
                .extracting(t -> t.title())
                .containsExactly(
                        "Life without sidecars - is eBPF's promise too good to be true?",
                        "Tips from the Trenches: GitOps at Adobe");
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
    }
}
