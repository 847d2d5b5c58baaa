package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void shouldReadAuthorAndDateOfAByLineWithAMiddleDot() {
        Byline.Stated stated = Byline.in(List.of("By Hannah Cole · 9 April 2025"));

        assertThat(stated.author()).isEqualTo("Hannah Cole");
        assertThat(stated.date())
                .isEqualTo(LocalDate.of(2025, 4, 9).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    @Test
    void shouldReadAPostedOnLineWithANameParticle() {
        Byline.Stated stated = Byline.in(List.of("Posted on April 28, 2023 by Kees van Dijk"));

        assertThat(stated.author()).isEqualTo("Kees van Dijk");
        assertThat(stated.date().toLocalDate()).isEqualTo(LocalDate.of(2023, 4, 28));
    }

    @Test
    void shouldReadALoneNameAboveAReadingTime() {
        Byline.Stated stated = Byline.in(List.of("Diego Martín", "10 min de lectura"));

        assertThat(stated.author()).isEqualTo("Diego Martín");
        assertThat(stated.date()).isNull();
    }

    @Test
    void shouldReadDatesInFrenchSpanishAndGerman() {
        assertThat(NaturalDates.in("Publié le 8 avril 2025").toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(NaturalDates.in("9 de abril de 2025").toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 9));
        assertThat(NaturalDates.in("28. März 2023").toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 28));
    }

    @Test
    void shouldNotReadADateFromAFileNameOrProse() {
        assertThat(NaturalDates.in("- [Jour 2]({% post_url 2023-04-23-KubeCon-J2 %})"))
                .isNull();
        assertThat(Byline.in(List.of("The conference ran from 18 April 2023 to 21 April 2023 and more than ten"
                                + " thousand people came to Amsterdam for it."))
                        .date())
                .isNull();
    }

    @Test
    void shouldReadAMonthNameEndedByADotOrAfterANonWordCharacter() {
        assertThat(NaturalDates.in("Sept. 5, 2023 - notes").toLocalDate()).isEqualTo(LocalDate.of(2023, 9, 5));
        assertThat(NaturalDates.in("(dec 1st 2024)").toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(NaturalDates.in("marsh 5 2023")).isNull();
    }

    @Test
    void shouldReadAByLineWhoseNameFollowsSeveralSpacesOrStartsOutsideTheBmp() {
        assertThat(Byline.in(List.of("Written by \t Ann Lee")).author()).isEqualTo("Ann Lee");
        assertThat(Byline.in(List.of("by \uD835\uDC00nn Lee")).author()).isEqualTo("\uD835\uDC00nn Lee");
        assertThat(Byline.in(List.of("Stand by me, a song")).author()).isNull();
    }
}
