package dev.recap.streams.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecapHttpApiTest {

    @Test
    void shouldPercentDecodeEachSegmentWhenSplittingAPath() {
        assertThat(RecapHttpApi.segments("/talks/argo%20cd%20core")).containsExactly("talks", "argo cd core");
    }

    @Test
    void shouldKeepAnEncodedSlashInsideItsSegmentAndAPlusAsAPlus() {
        assertThat(RecapHttpApi.segments("/talks/ci%2Fcd+c++/")).containsExactly("talks", "ci/cd+c++");
    }

    @Test
    void shouldGiveNoSegmentForTheRoot() {
        assertThat(RecapHttpApi.segments("/")).isEmpty();
    }

    @Test
    void shouldEncodeASegmentSoThatSplittingGivesItBack() {
        String key = "ci/cd + gitops: 100% é";

        String raw = "/local/stores/talk-items-store/" + RecapQueries.encode(key);

        assertThat(RecapHttpApi.segments(raw)).containsExactly("local", "stores", "talk-items-store", key);
    }
}
