package dev.recap.notifier.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CncfMaturityTest {

    private final CncfMaturity maturity = CncfMaturity.bundled();

    @Test
    void shouldKnowTheMaturityOfLandscapeProjectsWhateverTheCase() {
        assertThat(maturity.of("Argo")).isEqualTo("graduated");
        assertThat(maturity.of("cilium")).isEqualTo("graduated");
        assertThat(maturity.of("Kepler")).isEqualTo("sandbox");
        assertThat(maturity.size()).isEqualTo(255);
    }

    @Test
    void shouldKnowNothingOfProjectsOutsideTheCncf() {
        assertThat(maturity.of("Trivy")).isNull();
        assertThat(maturity.of(null)).isNull();
    }
}
