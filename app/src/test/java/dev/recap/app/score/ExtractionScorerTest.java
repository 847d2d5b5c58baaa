package dev.recap.app.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionScorerTest {

    @Test
    void shouldNormaliseCaseAccentsPunctuationAndKeynotePrefixes() {
        String normalised = Titles.normalise("Keynote: Sécurité <br> & l’IBOM – Day 1!");

        assertThat(normalised).isEqualTo("securite libom day 1");
    }

    @Test
    void shouldScoreTokenContainmentAtNineTenths() {
        double similarity = Titles.similarity(
                "Malicious Compliance", "Malicious Compliance: Reflections on Trusting Container Scanners");

        assertThat(similarity).isCloseTo(0.4819277108433735, within(1e-12));
        assertThat(Titles.similarity("Argo CD core agent", "Argo CD Core - A Pure GitOps Agent for Kubernetes"))
                .isEqualTo(0.9);
    }

    @Test
    void shouldReadDaysAsNumbersDayLabelsOrConferenceDates() {
        assertThat(List.of(TalkTally.dayOf(2), TalkTally.dayOf("Day 3"), TalkTally.dayOf("2023-04-19")))
                .containsExactly(2, 3, 1);
        assertThat(TalkTally.dayOf("2023-05-01")).isNull();
    }

    @Test
    void shouldGiveEveryMetricOneForTheTruthItselfLikeTheSelftest() throws IOException {
        Path expected = seedTruth();
        ExtractionScorer scorer = ExtractionScorer.fromYaml(expected);

        ExtractionScore score = scorer.score(scorer.truthAsPredictions());

        Map<String, Double> figures = score.figures();
        figures.remove("day_claims_where_post_states_none");
        assertThat(figures.values()).isNotEmpty().allMatch(value -> value == 1.0);
        assertThat(score.dayClaimsWherePostStatesNone()).isZero();
        assertThat(score.talks()).isEqualTo(new Prf(25, 0, 0));
    }

    static Path seedTruth() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds").resolve("expected.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeThat((Path) null)
                .as("shared/seeds/expected.yaml next to the repository")
                .isNotNull();
        return null;
    }
}
