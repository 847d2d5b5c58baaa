package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.recap.ingest.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkExtractorTest {

    private final TalkExtractor extractor = TalkExtractor.standard();

    @Test
    void shouldExtractTalkHeadingsUnderADayAndSkipKeynotesAndConclusion() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("markdown/yaml-front-matter.md"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::position, ExtractedTalk::title, ExtractedTalk::day)
                .containsExactly(
                        tuple(0, "Flux: Multi-tenancy Deep Dive", LocalDate.of(2023, 4, 20)),
                        tuple(
                                1,
                                "Operate Multi-Tenancy Service Mesh with ArgoCD in Production",
                                LocalDate.of(2023, 4, 20)));
    }

    @Test
    void shouldReadSpeakersWithCompaniesFromTheFirstLine() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("markdown/yaml-front-matter.md"));

        assertThat(extraction.talks().get(1).speakers())
                .containsExactly(
                        new TalkSpeaker("Lin Sun", "Solo.io"),
                        new TalkSpeaker("Faseela K", "Ericsson Software Technology"));
    }

    @Test
    void shouldSummariseATalkWithTheFirstThreeSentencesOfItsSection() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("markdown/yaml-front-matter.md"));

        assertThat(extraction.talks().get(0).summary())
                .isEqualTo("How the Flux controllers keep tenants apart. Each tenant gets a namespace and a service"
                        + " account. The demo worked.");
    }

    @Test
    void shouldNameProjectsPerTalkAndPerPost() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("markdown/yaml-front-matter.md"));

        assertThat(extraction.talks().get(0).projects()).containsExactly("Flux");
        assertThat(extraction.talks().get(1).projects()).containsExactly("Argo", "Istio");
        assertThat(extraction.projects()).containsExactly("Keycloak", "Flux", "Argo", "Istio");
    }

    @Test
    void shouldRecogniseTheConferenceFromTheTitle() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("markdown/yaml-front-matter.md"));

        assertThat(extraction.conference()).contains(ConferenceCatalogue.KUBECON_EU_2023);
    }

    @Test
    void shouldFindNoTalksInAPostOrganisedByTheme() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("markdown/no-talks.md"));

        assertThat(extraction.talks()).isEmpty();
        assertThat(extraction.projects()).containsExactly("Argo", "Flux");
    }

    @Test
    void shouldTakeTheDayFromTheTitleWhenHeadingsDoNotSayIt() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("markdown/jekyll-front-matter.markdown"));

        assertThat(extraction.talks())
                .extracting(ExtractedTalk::title, ExtractedTalk::day)
                .containsExactly(tuple("Malicious compliance", LocalDate.of(2023, 4, 21)));
    }

    @Test
    void shouldReadTitleAndSpeakersFromAHeadingThatNamesThem() {
        PostExtraction extraction = extractor.extract(Fixtures.parsed("text/bare-text.txt"));

        assertThat(extraction.talks()).hasSize(1);
        assertThat(extraction.talks().get(0).title()).isEqualTo("Growing a Platform Team");
        assertThat(extraction.talks().get(0).speakers())
                .containsExactly(new TalkSpeaker("Jane Doe", "Example Corp"), new TalkSpeaker("John Roe", null));
        assertThat(extraction.talks().get(0).day()).isNull();
    }

    @Test
    void shouldLeaveDayEmptyWhenTheConferenceIsUnknown() {
        ConferenceCatalogue none = new ConferenceCatalogue(List.of());
        TalkExtractor unaware = new TalkExtractor(none, ProjectCatalogue.standard());

        PostExtraction extraction = unaware.extract(Fixtures.parsed("markdown/yaml-front-matter.md"));

        assertThat(extraction.conference()).isEmpty();
        assertThat(extraction.talks()).extracting(ExtractedTalk::day).containsExactly(null, null);
    }
}
