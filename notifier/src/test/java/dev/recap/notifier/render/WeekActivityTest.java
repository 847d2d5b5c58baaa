package dev.recap.notifier.render;

import static dev.recap.notifier.render.NewsletterFixtures.MONDAY;
import static dev.recap.notifier.render.NewsletterFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeekActivityTest {

    @Test
    void shouldCountPostsAndTalksPerThemeForEachDayOfTheWeek() {
        var days = NewsletterFixtures.themeDays();

        WeekActivity activity = WeekActivity.of(MONDAY, days);

        assertThat(activity.counts("gitops-delivery")).containsExactly(3, 0, 5, 1, 0, 0, 0);
        assertThat(activity.counts("ebpf-networking")).containsExactly(0, 4, 7, 0, 0, 0, 0);
        assertThat(activity.counts("wasm")).containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat(activity.weekStart()).contains(MONDAY);
        assertThat(activity.isEmpty()).isFalse();
    }

    @Test
    void shouldIgnoreDaysOutsideTheWeek() {
        var days = List.of(day("wasm", MONDAY.minusDays(1), 5, 5), day("wasm", MONDAY.plusDays(7), 5, 5));

        WeekActivity activity = WeekActivity.of(MONDAY, days);

        assertThat(activity.isEmpty()).isTrue();
        assertThat(activity.counts("wasm")).containsExactly(0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void shouldRefuseAWeekThatDoesNotStartOnMonday() {
        assertThatThrownBy(() -> WeekActivity.of(MONDAY.plusDays(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A week starts on a Monday, was 2023-04-18");
    }

    @Test
    void shouldRefuseTwoValuesForOneThemeAndDay() {
        var days = List.of(day("wasm", MONDAY, 1, 0), day("wasm", MONDAY, 2, 0));

        assertThatThrownBy(() -> WeekActivity.of(MONDAY, days))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two theme-days for wasm@2023-04-17");
    }

    @Test
    void shouldBeEqualForTheSameCountsAndKnowNoWeekWhenEmpty() {
        WeekActivity first = WeekActivity.of(MONDAY, NewsletterFixtures.themeDays());
        WeekActivity second = WeekActivity.of(MONDAY, NewsletterFixtures.themeDays());

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second).isNotEqualTo(WeekActivity.empty());
        assertThat(WeekActivity.empty().weekStart()).isEmpty();
        assertThat(WeekActivity.empty().isEmpty()).isTrue();
    }
}
