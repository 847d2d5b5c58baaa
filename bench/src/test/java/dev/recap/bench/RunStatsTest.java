package dev.recap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunStatsTest {

    @Test
    void shouldPrintEachFigureAsMeanAndSampleStandardDeviation() {
        List<double[]> runs = List.of(new double[] {1_000, 0.25}, new double[] {3_000, 0.35});

        String line = RunStats.meanAndSd(
                runs,
                new RunStats.Figure<>("app", "%,.0f", "events/s", r -> r[0]),
                new RunStats.Figure<>("ratio", "%.3f", "", r -> r[1]));

        assertThat(line).isEqualTo("app 2,000 ± 1,414 events/s; ratio 0.300 ± 0.071");
    }

    @Test
    void shouldSayWhetherTheTargetIsMetAndGiveNoSpreadForOneRun() {
        assertThat(RunStats.target("notifier", 1_000, "emails/s", 1_879))
                .isEqualTo("target: notifier >= 1,000 emails/s: met");
        assertThat(RunStats.target("streams", 50_000, "events/s", 20_385))
                .isEqualTo("target: streams >= 50,000 events/s: NOT met");
        assertThat(RunStats.sd(List.of(5.0), x -> x)).isZero();
    }
}
