package dev.recap.app.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected ratios are Python 3's {@code difflib.SequenceMatcher(None, a, b).ratio()} on the same strings. */
class SequenceMatcherTest {

    @Test
    void shouldGiveDifflibsRatioForShortStrings() {
        double ratio = SequenceMatcher.ratio("argocd core", "argo cd core a pure gitops agent for kubernetes");

        assertThat(ratio).isCloseTo(0.3793103448275862, within(1e-12));
    }

    @Test
    void shouldCountMatchesOnBothSidesOfTheLongestBlock() {
        double ratio = SequenceMatcher.ratio(
                "malicious compliance", "malicious compliance reflections on trusting container scanners");

        assertThat(ratio).isCloseTo(0.4819277108433735, within(1e-12));
    }

    @Test
    void shouldGiveThreeQuartersForAShiftedWord() {
        assertThat(SequenceMatcher.ratio("abcd", "bcde")).isEqualTo(0.75);
    }

    @Test
    void shouldGiveOneForTwoEmptyStrings() {
        assertThat(SequenceMatcher.ratio("", "")).isEqualTo(1.0);
    }

    @Test
    void shouldLeavePopularCharactersOutOfLongStringsLikeAutojunk() {
        String a = "the quick brown fox jumps over the lazy dog ".repeat(5);
        String b = "a quick brown cat leaps over the lazy dogs ".repeat(5);

        double ratio = SequenceMatcher.ratio(a, b);

        assertThat(ratio).isEqualTo(0.0);
    }

    @Test
    void shouldExtendBlocksOverPopularCharactersLikeDifflib() {
        String a = "kubecon europe amsterdam ".repeat(9);
        String b = "kubecon europe paris ".repeat(10);

        double ratio = SequenceMatcher.ratio(a, b);

        assertThat(ratio).isCloseTo(0.06896551724137931, within(1e-12));
    }
}
