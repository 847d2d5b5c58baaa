package dev.recap.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendCalendarTest {

    private final SendCalendar fridays = SendCalendar.DEFAULT;

    @Test
    void shouldSendOnFridayAtNineInParisAcrossTheSpringClockChange() {
        // Paris moves to UTC+2 on Sunday 2023-03-26: 09:00 is 08:00Z before and 07:00Z after
        assertThat(fridays.nextSendAfter(Instant.parse("2023-03-24T07:59:00Z")))
                .isEqualTo(Instant.parse("2023-03-24T08:00:00Z"));
        assertThat(fridays.nextSendAfter(Instant.parse("2023-03-24T08:00:00Z")))
                .isEqualTo(Instant.parse("2023-03-31T07:00:00Z"));
    }

    @Test
    void shouldNameTheIsoWeekJustEndedInTheSendZone() {
        assertThat(fridays.weekJustEnded(Instant.parse("2023-04-28T07:00:00Z"))).isEqualTo("2023-W16");
        // Sunday 23:30 in Paris is still week 16 there, so the week just ended is 15
        assertThat(fridays.weekJustEnded(Instant.parse("2023-04-23T21:30:00Z"))).isEqualTo("2023-W15");
        assertThat(fridays.weekJustEnded(Instant.parse("2021-01-08T08:00:00Z"))).isEqualTo("2020-W53");
    }

    @Test
    void shouldSendOnlyTheWeekJustEndedWithoutForce() {
        Instant friday = Instant.parse("2023-04-28T07:00:00Z");

        assertThatCode(() -> fridays.checkSendable("2023-W16", friday, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> fridays.checkSendable("2023-W17", friday, false))
                .isInstanceOf(SendRefusedException.class)
                .hasMessage(
                        "2023-W17 is not over yet (the week just ended is 2023-W16); add --force to send it anyway");
        assertThatCode(() -> fridays.checkSendable("2023-W12", friday, true)).doesNotThrowAnyException();
    }

    @Test
    void shouldExplainAMalformedWeek() {
        assertThatThrownBy(() -> SendCalendar.checkWeek("2023-16"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A week is written like 2023-W16 (ISO year, W, week 01-53), was '2023-16'");
        assertThatThrownBy(() -> SendCalendar.checkWeek("2023-W54")).isInstanceOf(IllegalArgumentException.class);
    }
}
