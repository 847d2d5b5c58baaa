package dev.recap.notifier.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextDigestWriterTest {

    @Test
    void shouldWrapLongLinesAtSeventyTwoColumnsWithTheContinuationIndent() {
        String text = "word ".repeat(40).strip();
        StringBuilder out = new StringBuilder();

        PlainTextDigestWriter.wrap(out, "* ", text, "  ");

        assertThat(out.toString().split("\n"))
                .containsExactly(
                        "* " + "word ".repeat(13) + "word",
                        "  " + "word ".repeat(13) + "word",
                        "  " + "word ".repeat(11) + "word");
    }

    @Test
    void shouldKeepAWordLongerThanALineWhole() {
        String url = "https://example.org/" + "a".repeat(80);
        StringBuilder out = new StringBuilder();

        PlainTextDigestWriter.wrap(out, "", "see " + url, "");

        assertThat(out.toString()).isEqualTo("see\n" + url + "\n");
    }
}
