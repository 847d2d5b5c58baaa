package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
                "Wednesday|DAY",
                "Le dernier jour|DAY",
                "Co-located events|DAY",
                "Conference-driven development|OTHER",
            })
    void shouldClassifyHeadings(String heading, HeadingKind kind) {
        HeadingKind classified = HeadingClassifier.classify(heading);

        assertThat(classified).isEqualTo(kind);
    }
}
