package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.ingest.parse.ScheduleEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialTitlesTest {

    private static ScheduleEntry entry(String title, String... speakers) {
        return new ScheduleEntry(
                title,
                title,
                List.of(speakers).stream()
                        .map(s -> new ScheduleEntry.Speaker(s, null))
                        .toList(),
                Instant.parse("2023-04-19T10:00:00Z"),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static ExtractedTalk talk(String title, String... speakers) {
        return new ExtractedTalk(
                0,
                title,
                List.of(speakers).stream().map(s -> new TalkSpeaker(s, null)).toList(),
                null,
                null,
                List.of());
    }

    private final OfficialTitles titles = OfficialTitles.of(List.of(
            entry("Argo CD Core - A Pure GitOps Agent for Kubernetes", "Alexander Matyushentsev"),
            entry("Cilium: Welcome, Vision and Updates"),
            entry("Cilium Mesh: Connecting Clusters"),
            entry("Keynote: Open Source Is a Team Sport", "Anna Weber")));

    @Test
    void shouldNameAShortenedTitleByTheEntryItOpens() {
        assertThat(titles.of(talk("Argocd core"))).contains("Argo CD Core - A Pure GitOps Agent for Kubernetes");
    }

    @Test
    void shouldMatchAKeynoteWithOrWithoutItsPrefix() {
        assertThat(titles.of(talk("Open Source Is a Team Sport"))).contains("Keynote: Open Source Is a Team Sport");
    }

    @Test
    void shouldMatchARewordedTitleThroughASharedSpeaker() {
        assertThat(titles.of(talk("Argo CD core, a GitOps agent", "Alexander Matyushentsev")))
                .contains("Argo CD Core - A Pure GitOps Agent for Kubernetes");
        assertThat(titles.of(talk("Argo CD core, a GitOps agent"))).isEmpty();
    }

    @Test
    void shouldKeepTwoTalksOnOneProjectApartWhenATitleCouldBeEither() {
        assertThat(titles.of(talk("Cilium"))).isEmpty();
    }
}
