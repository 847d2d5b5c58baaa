package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-04-19T11:24:09+02:00|2023-04-19T11:24:09+02:00",
                "2023-04-23T14:00+00:00|2023-04-23T14:00:00Z",
                "2023-04-21 10:00:00 +0200|2023-04-21T10:00:00+02:00",
                "2023-04-21 23:30|2023-04-21T23:30:00Z",
                "2023-04-19|2023-04-19T00:00:00Z",
                "2023-04-19T08:00:00.123Z|2023-04-19T08:00:00.123Z",
            })
    void shouldReadDatesAsPostsWriteThem(String text, String expected) {
        OffsetDateTime parsed = PostDates.parse(text);

        assertThat(parsed).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"April 19th", "2023-13-45", "yesterday"})
    void shouldAnswerNullForTextThatIsNotADate(String text) {
        OffsetDateTime parsed = PostDates.parse(text);

        assertThat(parsed).isNull();
    }

    @Test
    void shouldTakeLocalDateFromTomlAsUtcMidnight() {
        OffsetDateTime parsed = PostDates.parse(LocalDate.of(2023, 4, 20));

        assertThat(parsed).isEqualTo(OffsetDateTime.parse("2023-04-20T00:00:00Z"));
    }
}
