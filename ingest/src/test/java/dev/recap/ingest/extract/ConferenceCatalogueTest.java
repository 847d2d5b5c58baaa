package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
    void shouldNotRecogniseAnotherEdition() {
        Optional<Conference> conference = catalogue.recognise("KubeCon North America 2023", "Chicago", null);

        assertThat(conference).isEmpty();
    }
}
