package dev.recap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailReportTest {

    @Test
    void shouldSummariseOnlyTheValidRunsAndSayWhetherTheTargetWasMet() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MailReport report =
                new MailReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), MailBenchOptions.defaults());
        MailReport.Run fast = run("1", 1_200, List.of());
        MailReport.Run faster = run("2", 1_400, List.of());
        MailReport.Run broken = run("3", 9_000, List.of("sent 1 of 100000, 0 failed, 0 skipped, 0 not attempted"));

        report.summary(List.of(fast, faster, broken));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("over 2 valid run(s)").contains("notifier 1,300 ± 141 emails/s");
        assertThat(printed).contains("target: notifier >= 1,000 emails/s: met;");
    }

    @Test
    void shouldGiveTheNotifiersRatioToSmtpSource() {
        MailReport.Run run = run("1", 500, List.of());

        assertThat(run.ratio()).isEqualTo(0.125);
        assertThat(run.valid()).isTrue();
    }

    private static MailReport.Run run(String label, double notifier, List<String> problems) {
        return new MailReport.Run(label, 4_000, notifier, 2_000, 6_000, 100_000 / notifier, 100_000, problems);
    }
}
