package dev.recap.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CoalescingTest {

    private final Coalescing coalescing = new Coalescing(Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void shouldCheckEveryQuarterOfTheQuietPeriod() {
        assertThat(coalescing.checkEvery()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void shouldHaveNothingDueBeforeAnyChange() {
        coalescing.onRecord(0, false);

        assertThat(coalescing.due(60_000)).isFalse();
    }

    @Test
    void shouldPublishOnceTheInputHasBeenQuietForTheQuietPeriod() {
        coalescing.onRecord(1_000, true);

        assertThat(coalescing.due(1_999)).isFalse();
        assertThat(coalescing.due(2_000)).isTrue();
    }

    @Test
    void shouldPublishAtTheMaxDelayWhileTheInputStaysBusy() {
        // bursts less than a second apart, as behind a repartition topic under exactly-once
        for (long now = 0; now <= 9_000; now += 900) {
            coalescing.onRecord(now, true);
            assertThat(coalescing.due(now + 899)).as("at %d ms", now + 899).isFalse();
        }
        coalescing.onRecord(10_000, true);

        assertThat(coalescing.due(10_000)).isTrue();
    }

    @Test
    void shouldCountTheDelayFromTheOldestChangeNotYetPublished() {
        coalescing.onRecord(0, true);
        coalescing.published();
        for (long now = 5_000; now < 15_000; now += 100) {
            coalescing.onRecord(now, true);
        }

        assertThat(coalescing.due(14_999)).isFalse();
        assertThat(coalescing.due(15_000)).isTrue();
    }

    @Test
    void shouldPublishChangesFoundOnRestartOnceQuiet() {
        coalescing.pending(0);

        assertThat(coalescing.due(0)).isTrue();
    }
}
