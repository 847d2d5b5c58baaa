package dev.recap.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeaderValuesTest {

    @Test
    void shouldKeepASingleLineValueAsItIs() {
        String subject = "Recap — semaine 2023-W16";

        String kept = HeaderValues.singleLine("Subject", subject);

        assertThat(kept).isSameAs(subject);
    }

    @Test
    void shouldRefuseABareLineFeed() {
        String subject = "Recap\nBcc: victim@example.org";

        assertThatThrownBy(() -> HeaderValues.singleLine("Subject", subject))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Refusing a Subject header value containing CR, LF or NUL at index 5");
    }
}
