package dev.recap.notifier.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IssueCalendarTest {

    @Test
    void shouldNumberWeek2023W16AsIssue16ByDefault() {
        LocalDate week16 = LocalDate.of(2023, 4, 17);

        int issue = IssueCalendar.DEFAULT.issueNumber(week16);

        assertThat(issue).isEqualTo(16);
        assertThat(IssueCalendar.DEFAULT.firstIssueMonday()).isEqualTo(LocalDate.of(2023, 1, 2));
    }

    @Test
    void shouldCountIsoWeeksAcrossAYearWithFiftyThreeWeeks() {
        IssueCalendar calendar = IssueCalendar.ofWeek("2020-W52");

        int issue = calendar.issueNumber(LocalDate.of(2021, 1, 4));

        assertThat(issue).isEqualTo(3);
    }

    @Test
    void shouldWriteTheMonthAndYearOnceWhenTheWeekStaysInOneMonth() {
        LocalDate week16 = LocalDate.of(2023, 4, 17);

        assertThat(IssueCalendar.dateRange(week16, Locale.ENGLISH)).isEqualTo("17–23 April 2023");
        assertThat(IssueCalendar.dateRange(week16, Locale.FRENCH)).isEqualTo("17–23 avril 2023");
    }

    @Test
    void shouldNameBothMonthsOrBothYearsWhenTheWeekCrossesThem() {
        LocalDate marchApril = LocalDate.of(2023, 3, 27);
        LocalDate newYear = LocalDate.of(2020, 12, 28);

        assertThat(IssueCalendar.dateRange(marchApril, Locale.ENGLISH)).isEqualTo("27 March – 2 April 2023");
        assertThat(IssueCalendar.dateRange(marchApril, Locale.FRENCH)).isEqualTo("27 mars – 2 avril 2023");
        assertThat(IssueCalendar.dateRange(newYear, Locale.FRENCH)).isEqualTo("28 décembre 2020 – 3 janvier 2021");
    }

    @Test
    void shouldRefuseAWeekBeforeTheFirstIssueAndMalformedWeeks() {
        assertThatThrownBy(() -> IssueCalendar.DEFAULT.issueNumber(LocalDate.of(2022, 12, 26)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Week 2022-12-26 comes before the first issue (2023-01-02)");
        assertThatThrownBy(() -> IssueCalendar.ofWeek("2023-16"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not an ISO week like 2023-W01: '2023-16'");
        assertThatThrownBy(() -> IssueCalendar.ofWeek("2023-W53"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No week 53 in 2023");
    }
}
