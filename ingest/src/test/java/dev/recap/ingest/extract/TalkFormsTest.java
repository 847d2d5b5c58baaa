package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.recap.ingest.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The talk forms posts use besides talk headings, one fixture each in {@code fixtures/talks/}. */
class TalkFormsTest {

    private final TalkExtractor extractor = TalkExtractor.standard();

    @Test
    void shouldReadListItemsLinkingToTheScheduleAsTalksAndSkipRelatedPosts() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("talks/sched-links.md"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::title, ExtractedTalk::speakers, ExtractedTalk::day, ExtractedTalk::summary)
                .containsExactly(
                        tuple(
                                "Cilium Mesh: Connecting Clusters Without Tears",
                                List.of(new TalkSpeaker("Liz Rice", "Isovalent")),
                                LocalDate.of(2024, 3, 21),
                                "- Clear walk-through of cluster mesh with a live demo across two regions."),
                        tuple(
                                "Flux at Scale: Lessons From 10,000 Clusters",
                                List.of(
                                        new TalkSpeaker("Stefan Prodan", "ControlPlane"),
                                        new TalkSpeaker("Hidde Beydals", "ControlPlane")),
                                LocalDate.of(2024, 3, 21),
                                "- Sharding the source controller was the trick that made the numbers work."));
    }

    @Test
    void shouldReadTitleDashSpeakerCompanyLinesAndNotCodeBlocks() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("talks/dash-lines.md"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::title, ExtractedTalk::speakers, ExtractedTalk::day)
                .containsExactly(
                        tuple(
                                "Scaling Prometheus Remote Write to a Billion Series",
                                List.of(
                                        new TalkSpeaker("Ann Marie Lopez", "Grafana Labs"),
                                        new TalkSpeaker("Tom Becker", "Chronosphere")),
                                LocalDate.of(2023, 11, 9)),
                        tuple(
                                "Policy as Code for Platform Teams",
                                List.of(new TalkSpeaker("Ravi Menon", "Red Hat")),
                                LocalDate.of(2023, 11, 9)),
                        tuple(
                                "Why We Left Our Service Mesh",
                                List.of(new TalkSpeaker("Dana Wu", "Acme Retail")),
                                LocalDate.of(2023, 11, 9)));
        assertThat(extraction.talks().get(1).summary())
                .isEqualTo("Kyverno policies generated from a catalogue of golden paths, reviewed like any other pull"
                        + " request.");
    }

    @Test
    void shouldReadATableOfTalksWithItsSpeakersAndDayColumn() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("talks/table.md"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::title, ExtractedTalk::speakers, ExtractedTalk::day)
                .containsExactly(
                        tuple(
                                "Securing the Software Supply Chain with Sigstore",
                                List.of(new TalkSpeaker("Priya Raman", "Chainguard")),
                                LocalDate.of(2025, 4, 2)),
                        tuple(
                                "Multi-Tenant Observability with OpenTelemetry",
                                List.of(
                                        new TalkSpeaker("Jonas Keller", "Dynatrace"),
                                        new TalkSpeaker("Aiko Tanaka", "Honeycomb")),
                                LocalDate.of(2025, 4, 3)),
                        tuple(
                                "Kubernetes on the Edge with KubeEdge",
                                List.of(new TalkSpeaker("Wei Zhang", null)),
                                LocalDate.of(2025, 4, 4)));
    }

    @Test
    void shouldReadNumberedHeadingsNamingSpeakersAndSkipNumberedHeadingsThatNameNone() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("talks/numbered-headings.md"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::title, ExtractedTalk::speakers, ExtractedTalk::day)
                .containsExactly(
                        tuple(
                                "Platform Engineering Without the Portal",
                                List.of(new TalkSpeaker("Sara Olsen", null), new TalkSpeaker("Marco Rossi", null)),
                                null),
                        tuple("eBPF for Storage Latency Tracing", List.of(new TalkSpeaker("Jin Park", null)), null));
    }

    @Test
    void shouldTakeTheDayFromWeekdaysAndTheLastDayInATalksOwnText() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("talks/day-phrases.md"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::title, ExtractedTalk::day)
                .containsExactly(
                        tuple("Argo Rollouts en producción", LocalDate.of(2024, 3, 21)),
                        tuple("WebAssembly en el borde", LocalDate.of(2024, 3, 22)),
                        tuple("Gobernanza de clústeres", null));
    }

    @Test
    void shouldReadSpeakersSetInBoldOrCodeAsTheTalksOfTheirHeadings() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("talks/marked-speakers.md"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::title, ExtractedTalk::speakers, ExtractedTalk::day)
                .containsExactly(
                        tuple(
                                "Operators at Scale",
                                List.of(new TalkSpeaker("Nadia Haddad", null), new TalkSpeaker("Pierre Vasseur", null)),
                                LocalDate.of(2023, 4, 20)),
                        tuple(
                                "Observability Budgets",
                                List.of(new TalkSpeaker("Kenji Mori", null)),
                                LocalDate.of(2023, 4, 20)));
    }

    @Test
    void shouldReadScheduleLinksAndTableRowsOfAnHtmlPageAndNothingFromItsSidebar() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("talks/html-list-and-table.html"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::title, ExtractedTalk::speakers, ExtractedTalk::day)
                .containsExactly(
                        tuple("Gateway API Goes GA", List.of(new TalkSpeaker("Rob Scott", "Google")), null),
                        tuple("Profiling Joins OpenTelemetry", List.of(), null),
                        tuple(
                                "Running Postgres on Kubernetes the Boring Way",
                                List.of(new TalkSpeaker("Gabriele Bartolini", "EDB")),
                                LocalDate.of(2023, 11, 8)));
    }
}
