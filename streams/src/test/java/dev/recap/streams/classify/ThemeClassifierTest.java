package dev.recap.streams.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeClassifierTest {

    private final ThemeClassifier classifier = ThemeClassifier.withDefaultRules();

    @Test
    void shouldPutTheThemeOfANamedProjectFirst() {
        List<String> themes = classifier.classify("A pure GitOps agent", List.of("Argo"));

        assertThat(themes).containsExactly("gitops-delivery");
    }

    @Test
    void shouldMatchFrenchKeywordsWithoutTheirAccents() {
        List<String> themes = classifier.classify("La sécurité et la conformité des images", List.of());

        assertThat(themes).containsExactly("security-supply-chain");
    }

    @Test
    void shouldAddSecondaryThemesThatScoreThreeOrMore() {
        List<String> themes = classifier.classify(
                "Verifiable GitHub action: supply chain security with eBPF, XDP and kernel probes", List.of("Tracee"));

        assertThat(themes).containsExactly("security-supply-chain", "ebpf-networking");
    }

    @Test
    void shouldFileATextWithoutSignalUnderOther() {
        assertThat(classifier.classify("Lunch was great, the venue was huge", List.of()))
                .containsExactly("other");
    }

    @Test
    void shouldNotLetCommunityLeadWhenATechnicalThemeScores() {
        List<String> themes = classifier.classify(
                "Keynotes: community, maintainers and contributors; Kepler measures energy", List.of("Kepler"));

        assertThat(themes).containsExactly("sustainability", "community");
    }

    @Test
    void shouldMatchWholeWordsOnly() {
        assertThat(classifier.scores("the cniche and ebpfx things", List.of())).isEmpty();
    }
}
