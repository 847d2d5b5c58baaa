package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayPhrasesTest {

    // KubeCon EU 2024: co-located Tuesday 19 March, main days Wednesday 20 to Friday 22.
    private static final Conference PARIS = ConferenceCatalogue.standard().conferences().stream()
            .filter(c -> c.city().equals("Paris"))
            .findFirst()
            .orElseThrow();

    @Test
    void shouldMapNumberedDaysInFourLanguages() {
        assertThat(DayPhrases.in("Day 2", PARIS)).contains(LocalDate.of(2024, 3, 21));
        assertThat(DayPhrases.in("Jour 1 : keynotes", PARIS)).contains(LocalDate.of(2024, 3, 20));
        assertThat(DayPhrases.in("Día 3", PARIS)).contains(LocalDate.of(2024, 3, 22));
        assertThat(DayPhrases.in("Tag 2", PARIS)).contains(LocalDate.of(2024, 3, 21));
    }

    @Test
    void shouldMapOrdinalsAndTheLastDay() {
        assertThat(DayPhrases.in("On the last day I stayed for the closing talks", PARIS))
                .contains(LocalDate.of(2024, 3, 22));
        assertThat(DayPhrases.in("Le dernier jour, place à la sécurité", PARIS)).contains(LocalDate.of(2024, 3, 22));
        assertThat(DayPhrases.in("El último día hubo menos gente", PARIS)).contains(LocalDate.of(2024, 3, 22));
        assertThat(DayPhrases.in("Le deuxième jour", PARIS)).contains(LocalDate.of(2024, 3, 21));
        assertThat(DayPhrases.in("Day two", PARIS)).contains(LocalDate.of(2024, 3, 21));
    }

    @Test
    void shouldMapWeekdaysToTheConferenceWeek() {
        assertThat(DayPhrases.in("Mercredi 20 mars", PARIS)).contains(LocalDate.of(2024, 3, 20));
        assertThat(DayPhrases.in("El jueves vimos", PARIS)).contains(LocalDate.of(2024, 3, 21));
        assertThat(DayPhrases.in("On Friday morning", PARIS)).contains(LocalDate.of(2024, 3, 22));
        assertThat(DayPhrases.in("am Dienstag", PARIS)).contains(LocalDate.of(2024, 3, 19));
    }

    @Test
    void shouldMapCoLocatedEventsToTheFirstDay() {
        assertThat(DayPhrases.in("Co-located events", PARIS)).contains(LocalDate.of(2024, 3, 19));
        assertThat(DayPhrases.in("Day 0", PARIS)).contains(LocalDate.of(2024, 3, 19));
    }

    @Test
    void shouldReadNoDayOutsideTheConferenceOrWhenTwoWeekdaysDisagree() {
        assertThat(DayPhrases.in("Monday was travel day", PARIS)).isEmpty();
        assertThat(DayPhrases.in("Day 5", PARIS)).isEmpty();
        assertThat(DayPhrases.in("Wednesday and Thursday were busy", PARIS)).isEmpty();
        assertThat(DayPhrases.in("A talk about Kubernetes operators", PARIS)).isEmpty();
    }

    @Test
    void shouldTellDayHeadingsFromTalkHeadings() {
        assertThat(DayPhrases.isDayHeading("Wednesday")).isTrue();
        assertThat(DayPhrases.isDayHeading("The last day")).isTrue();
        assertThat(DayPhrases.isDayHeading("Jour 3 : sécurité")).isTrue();
        assertThat(DayPhrases.isDayHeading("Co-located events")).isTrue();
        assertThat(DayPhrases.isDayHeading("Scaling Prometheus to a Billion Series"))
                .isFalse();
        assertThat(DayPhrases.isDayHeading("What we learned on Wednesday about storage and backups today"))
                .isFalse();
    }
}
