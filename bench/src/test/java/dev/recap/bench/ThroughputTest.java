package dev.recap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThroughputTest {

    @Test
    void shouldTurnOperationsPerSecondIntoMegabytesPerSecond() {
        Throughput throughput = Throughput.of("parseExtract", 400.0, 20.0, 50_000);

        assertThat(throughput.mbPerSecond()).isCloseTo(20.0, within(1e-9));
        assertThat(throughput.errorMbPerSecond()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldGiveTheRatioToTheBaselineWithBothRelativeErrors() {
        Throughput ours = new Throughput("parseExtract", 10.0, 0.3);
        Throughput baseline = new Throughput("libraryParse", 40.0, 1.6);

        double ratio = ours.ratioTo(baseline);
        double error = ours.ratioErrorTo(baseline);

        assertThat(ratio).isCloseTo(0.25, within(1e-9));
        assertThat(error).isCloseTo(0.25 * 0.05, within(1e-9));
    }
}
