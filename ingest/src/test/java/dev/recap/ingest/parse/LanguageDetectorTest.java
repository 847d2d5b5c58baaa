package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Nous avons vu des talks sur la sécurité et sur le GitOps, mais pas assez sur les données, et je le regrette pour cette année.",
                "en|We saw talks on security and on GitOps, but not enough on data, and that is what I will look for at the next one with my team.",
                "es|Vimos charlas sobre seguridad y sobre GitOps, pero no las suficientes sobre datos, como el año pasado, y también muy pocas del equipo.",
                "de|Wir haben Vorträge über Sicherheit und GitOps gesehen, aber nicht genug über Daten, und das ist auch für mich ein Thema, das wird.",
            })
    void shouldDetectLanguageFromFunctionWords(String language, String text) {
        String detected = LanguageDetector.detect(text);

        assertThat(detected).isEqualTo(language);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Kubernetes Cilium Argo", "OK"})
    void shouldAnswerNullWhenUnsure(String text) {
        String detected = LanguageDetector.detect(text);

        assertThat(detected).isNull();
    }

    @Test
    void shouldJoinAWordAcrossOneApostropheFollowedByALetterOnly() {
        String joined = "x'le x'le x'le x'le x'le x'le";
        String doubled = "x''le x''le x''le x''le x''le x''le";
        String twice = "x'y'le x'y'le x'y'le x'y'le x'y'le x'y'le";
        String trailing = "le’ le’ le’ le’ le’ le’";

        assertThat(LanguageDetector.detect(joined)).isNull();
        assertThat(LanguageDetector.detect(doubled)).isEqualTo("fr");
        assertThat(LanguageDetector.detect(twice)).isEqualTo("fr");
        assertThat(LanguageDetector.detect(trailing)).isEqualTo("fr");
    }
}
