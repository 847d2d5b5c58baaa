package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatDetectorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Intro\n\n## Day one\n\nText.",
                "Intro\n\n#\tDay one\n\nText.",
                "See [the talk](https://example.org/t) here.",
                "Code:\n\n~~~\nkubectl get pods\n~~~\n",
                "Some **bold** and `code` words.",
                "Day one\n=======\n\n- a point",
                "Day one\n---\n\n* a point",
                "Some __bold__ words.\n\n1. first"
            })
    void shouldTellMarkdownFromAnyOfItsMarkers(String text) {
        ContentKind kind = FormatDetector.detect(text);

        assertThat(kind).isEqualTo(ContentKind.MARKDOWN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Aller au contenu\n\nRetour sur la KubeCon\n#\n\nUn texte.",
                "One **bold** word only.",
                "A line\n--\nanother [bracket] (and parens)",
                "- just one list item"
            })
    void shouldTakeTextWithTooFewMarkersForBareText(String text) {
        ContentKind kind = FormatDetector.detect(text);

        assertThat(kind).isEqualTo(ContentKind.TEXT);
    }
}
