package dev.recap.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryPickerTest {

    @Test
    void shouldSkipAParagraphOfFewerThanSixWordsHoweverLong() {
        Section section = new Section(
                0,
                "",
                "Supercalifragilistic\u00A0kubernetes\u2003observability platform-engineering day.\n\n"
                        + "Then a real sentence of more than six words about the keynote.");

        String summary = SummaryPicker.pick(List.of(section));

        assertThat(summary).isEqualTo("Then a real sentence of more than six words about the keynote.");
    }
}
