package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConferenceCatalogueTest {

    private final ConferenceCatalogue catalogue = ConferenceCatalogue.standard();

    @ParameterizedTest
    @CsvSource({"0,2023-04-18", "1,2023-04-19", "2,2023-04-20", "3,2023-04-21"})
    void shouldMapDayNumbersToKubeConEuropeDates(int day, LocalDate date) {
        LocalDate mapped = ConferenceCatalogue.KUBECON_EU_2023.day(day);

        assertThat(mapped).isEqualTo(date);
    }

    @Test
    void shouldAnswerNullForADayOutsideTheConference() {
        LocalDate mapped = ConferenceCatalogue.KUBECON_EU_2023.day(5);

        assertThat(mapped).isNull();
    }

    @Test
    void shouldRecogniseKubeConEuropeFromNameAndYear() {
        Optional<Conference> conference = catalogue.recognise("KubeCon-CloudNativeCon Europe 2023 - Jour 1", "", null);

        assertThat(conference).contains(ConferenceCatalogue.KUBECON_EU_2023);
    }

    @Test
    void shouldRecogniseKubeConEuropeFromTextAndPublicationDate() {
        Optional<Conference> conference =
                catalogue.recognise("My week", "Back from KubeCon in Amsterdam.", LocalDate.of(2023, 4, 23));

        assertThat(conference).contains(ConferenceCatalogue.KUBECON_EU_2023);
    }

    @Test
    void shouldTellAnotherEditionOfTheSameYearApart() {
        Optional<Conference> conference = catalogue.recognise("KubeCon North America 2023", "Chicago", null);

        assertThat(conference.map(Conference::name)).contains("KubeCon + CloudNativeCon North America 2023");
    }

    @Test
    void shouldNotRecogniseAnEditionItDoesNotKnow() {
        Optional<Conference> conference = catalogue.recognise("KubeCon China 2021", "Shanghai", null);

        assertThat(conference).isEmpty();
    }

    @Test
    void shouldMapDayTwoOfKubeConParis2024() {
        Optional<Conference> conference =
                catalogue.recognise("KubeCon Europe 2024 à Paris : jour 2", "Retour sur la deuxième journée.", null);

        assertThat(conference.map(c -> c.day(2))).contains(LocalDate.of(2024, 3, 21));
    }

    @Test
    void shouldAddAUsersConferencesFromAYamlFile() throws Exception {
        Path file = Path.of(getClass()
                .getResource("/fixtures/conferences/user-conferences.yaml")
                .toURI());

        ConferenceCatalogue loaded = ConferenceCatalogue.load(file);

        assertThat(loaded.recognise("Cloud Native Days France 2024", "Une journée à Paris.", null))
                .map(Conference::name)
                .contains("Cloud Native Days France 2024");
        assertThat(loaded.conferences()).contains(ConferenceCatalogue.KUBECON_EU_2023);
    }
}
