package dev.recap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppProgressTest {

    @Test
    void shouldWantEveryRecordOfAnInputWrittenWithoutTransactions() {
        assertThat(AppProgress.partitionCaughtUp(100, 100, 100, false)).isTrue();
        assertThat(AppProgress.partitionCaughtUp(99, 100, 100, false)).isFalse();
    }

    @Test
    void shouldTakeTheLastOffsetOfATransactionalTopicAsItsCommitMarker() {
        assertThat(AppProgress.partitionCaughtUp(100, 100, 100, true)).isTrue();
        assertThat(AppProgress.partitionCaughtUp(99, 100, 100, true)).isTrue();
        assertThat(AppProgress.partitionCaughtUp(98, 100, 100, true)).isFalse();
    }

    @Test
    void shouldNotBeDoneWhileATransactionIsOpen() {
        assertThat(AppProgress.partitionCaughtUp(99, 100, 130, true)).isFalse();
        assertThat(AppProgress.partitionCaughtUp(100, 100, 130, true)).isFalse();
        assertThat(AppProgress.partitionCaughtUp(100, 100, 101, false)).isFalse();
    }

    @Test
    void shouldBeDoneWithAnEmptyPartition() {
        assertThat(AppProgress.partitionCaughtUp(0, 0, 0, true)).isTrue();
        assertThat(AppProgress.partitionCaughtUp(0, 0, 0, false)).isTrue();
    }
}
