package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
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

    @Test
    void shouldStripTheXmlPrologueAsTheRegexReplacementDoes() {
        List<String> pieces = List.of(
                "<?xml version=\"1.0\"?>",
                "<!-- note -->",
                "<!--",
                "-->",
                "<!DOCTYPE rss>",
                "<!doctype html>",
                "<!DOCTYPE x [<!ENTITY a 'b'>]>",
                "<!DOCTYPE",
                "[",
                "]",
                ">",
                "<",
                "?>",
                "<?",
                "<!",
                "<rss version=\"2.0\">",
                "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "<html>",
                "text",
                " ",
                "\n",
                "<!-- <rss> -->");
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder head = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                head.append(pieces.get(random.nextInt(pieces.size())));
            }

            String stripped = FormatDetector.withoutPrologue(head.toString());

            assertThat(stripped)
                    .as(head.toString())
                    .isEqualTo(FormatDetector.XML_PROLOGUE.matcher(head).replaceAll(""));
        }
    }
}
