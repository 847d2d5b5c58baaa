package dev.recap.notifier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void shouldEscapeOnlyTheThreeCharactersSlackReserves() {
        assertThat(SlackText.escape("a & b <c> \"d\" 'e' *f*")).isEqualTo("a &amp; b &lt;c&gt; \"d\" 'e' *f*");
    }

    @Test
    void shouldKeepAnItemOnOneLine() {
        assertThat(SlackText.oneLine("  Title\non\ttwo\r\nlines\u2028 ")).isEqualTo("Title on two lines");
        assertThat(SlackText.oneLine(null)).isEmpty();
    }

    @Test
    void shouldCutAtAWordAndAddAnEllipsis() {
        assertThat(SlackText.cut("Kubernetes operators in production", 20)).isEqualTo("Kubernetes…");
    }

    @Test
    void shouldNeverCutInsideAnEntity() {
        assertThat(SlackText.cut("&&&&&&", 12)).isEqualTo("&amp;&amp;…");
    }

    @Test
    void shouldNeverCutASurrogatePair() {
        String rockets = "🚀🚀🚀🚀";

        assertThat(SlackText.cut(rockets, 6)).isEqualTo("🚀🚀…");
        assertThat(SlackText.cutPlain(rockets, 6)).isEqualTo("🚀🚀…");
        assertThat(SlackText.cutPlain(rockets, 4)).isEqualTo("🚀…");
    }

    @Test
    void shouldLeaveTextThatFitsAsItIs() {
        assertThat(SlackText.cut("a < b", 8)).isEqualTo("a &lt; b");
        assertThat(SlackText.cutPlain("Recap", 150)).isEqualTo("Recap");
    }

    @Test
    void shouldAcceptOnlyAbsoluteHttpLinks() {
        assertThat(SlackText.httpUrl(" HTTPS://example.org/a?b=1&c=2 ")).isEqualTo("HTTPS://example.org/a?b=1&c=2");
        assertThat(SlackText.httpUrl("javascript:alert(1)")).isNull();
        assertThat(SlackText.httpUrl("https:///no-host")).isNull();
        assertThat(SlackText.httpUrl("https://example.org/a|b")).isNull();
        assertThat(SlackText.httpUrl("https://example.org/<x>")).isNull();
        assertThat(SlackText.httpUrl(null)).isNull();
    }
}
