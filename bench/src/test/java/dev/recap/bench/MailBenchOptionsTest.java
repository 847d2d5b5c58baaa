package dev.recap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailBenchOptionsTest {

    @Test
    void shouldDefaultToOneHundredThousandEmailsOverEightConnectionsInTwoRuns() {
        MailBenchOptions options = MailBenchOptions.parse();

        assertThat(options).isEqualTo(new MailBenchOptions(100_000, 8, 2, 42));
    }

    @Test
    void shouldReadEveryOption() {
        MailBenchOptions options =
                MailBenchOptions.parse("--emails", "10000", "--connections", "4", "--runs", "1", "--seed", "7");

        assertThat(options).isEqualTo(new MailBenchOptions(10_000, 4, 1, 7));
    }

    @Test
    void shouldNameTheOptionWhoseValueIsNotANumber() {
        assertThatThrownBy(() -> MailBenchOptions.parse("--emails", "10k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad value for --emails: 10k");
    }

    @Test
    void shouldRefuseConnectionsTheNotifierWouldRefuse() {
        assertThatThrownBy(() -> MailBenchOptions.parse("--connections", "65"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--connections must be 1..64, was 65");
    }

    @Test
    void shouldRefuseMoreEmailsThanSubscriberIdsHaveDigits() {
        assertThatThrownBy(() -> MailBenchOptions.parse("--emails", "1000000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--emails must be 1..999999, was 1000000");
    }

    @Test
    void shouldRefuseZeroRuns() {
        assertThatThrownBy(() -> MailBenchOptions.parse("--runs", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--runs must be >= 1, was 0");
    }

    @Test
    void shouldRefuseAnUnknownOption() {
        assertThatThrownBy(() -> MailBenchOptions.parse("--mails", "10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option --mails");
    }

    @Test
    void shouldRefuseAnOptionWithoutItsValue() {
        assertThatThrownBy(() -> MailBenchOptions.parse("--emails", "10", "--runs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("every option takes a value: [--emails, 10, --runs]");
    }
}
