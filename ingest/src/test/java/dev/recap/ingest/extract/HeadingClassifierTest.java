package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingClassifierTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Day 1|DAY",
                "Jour 3 : vendredi|DAY",
                "Talks|TALK_LIST",
                "Les conférences|TALK_LIST",
                "Talk: Argocd core|TALK",
                "Keynotes|NOT_A_TALK",
                "La Keynote|NOT_A_TALK",
                "Résumé|NOT_A_TALK",
                "Rencontre|NOT_A_TALK",
                "Related|NOT_A_TALK",
                "MISC things to look into|NOT_A_TALK",
                "Cilium|OTHER",
                "Conference-driven development|OTHER",
            })
    void shouldClassifyHeadings(String heading, HeadingKind kind) {
        HeadingKind classified = HeadingClassifier.classify(heading);

        assertThat(classified).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"KubeCon-CloudNativeCon Europe 2023 - Jour 1|1", "Day 2|2", "Tag 3 in Amsterdam|3"})
    void shouldReadDayNumbers(String text, int day) {
        OptionalInt number = HeadingClassifier.dayNumber(text);

        assertThat(number).hasValue(day);
    }
}
