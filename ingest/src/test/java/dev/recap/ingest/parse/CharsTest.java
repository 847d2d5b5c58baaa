package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void shouldTakeAccentsOffLatinLettersAndLeaveAsciiAlone() {
        String ascii = "KubeCon Europe 2023";

        assertThat(Chars.withoutAccents(ascii)).isSameAs(ascii);
        assertThat(Chars.withoutAccents("Résumé de la journée à Amsterdam"))
                .isEqualTo("Resume de la journee a Amsterdam");
        assertThat(Chars.withoutAccents("Día 2: miércoles, Kapuścińska, Yılmaz"))
                .isEqualTo("Dia 2: miercoles, Kapuscinska, Yılmaz");
    }

    @Test
    void shouldFoldOtherTextThroughTheNormalizer() {
        assertThat(Chars.withoutAccents("ﬁnal — “quoted” naïve")).isEqualTo("final — “quoted” naive");
    }
}
