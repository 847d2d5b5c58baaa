package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.ingest.IngestCounts;
import dev.recap.ingest.IngestProgress;
import dev.recap.testkit.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlainProgressTest {

    private final StringWriter err = new StringWriter();
    private final MutableClock clock = new MutableClock(Instant.parse("2023-04-25T12:00:00Z"));

    @Test
    void shouldPrintAPlainLineEveryHundredInputsWhenNotOnATerminal() {
        IngestProgress progress = TerminalProgress.forConsole(false, new PrintWriter(err), clock);

        progress.started(250);
        for (int i = 1; i <= 250; i++) {
            clock.advance(Duration.ofMillis(20));
            progress.advanced("posts/post-" + i + ".md", new IngestCounts(i, 2 * i, 0, 1, i / 50));
        }
        progress.finished();

        assertThat(err.toString())
                .isEqualTo("Ingesting: 100/250 input(s) read; 100 post(s) (1 update(s)), 200 talk mention(s),"
                        + " 0 scheduled talk(s), 2 dead letter(s) so far; 2.0 s"
                        + System.lineSeparator()
                        + "Ingesting: 200/250 input(s) read; 200 post(s) (1 update(s)), 400 talk mention(s),"
                        + " 0 scheduled talk(s), 4 dead letter(s) so far; 4.0 s"
                        + System.lineSeparator());
    }

    @Test
    void shouldPrintAPlainLineWhenTenSecondsHavePassedSinceTheLastOne() {
        IngestProgress progress = TerminalProgress.forConsole(false, new PrintWriter(err), clock);

        progress.started(5);
        progress.advanced("a.md", new IngestCounts(1, 0, 0, 0, 0));
        clock.advance(Duration.ofSeconds(10));
        progress.advanced("feed.xml", new IngestCounts(12, 3, 0, 0, 1));
        clock.advance(Duration.ofSeconds(9));
        progress.advanced("c.md", new IngestCounts(13, 3, 0, 0, 1));
        clock.advance(Duration.ofSeconds(1));
        progress.advanced("schedule.ics", new IngestCounts(13, 3, 40, 0, 1));

        assertThat(err.toString())
                .isEqualTo("Ingesting: 2/5 input(s) read; 12 post(s) (0 update(s)), 3 talk mention(s),"
                        + " 0 scheduled talk(s), 1 dead letter(s) so far; 10.0 s"
                        + System.lineSeparator()
                        + "Ingesting: 4/5 input(s) read; 13 post(s) (0 update(s)), 3 talk mention(s),"
                        + " 40 scheduled talk(s), 1 dead letter(s) so far; 20.0 s"
                        + System.lineSeparator());
    }

    @Test
    void shouldLeaveTheLastInputToTheSummary() {
        IngestProgress progress = TerminalProgress.forConsole(false, new PrintWriter(err), clock);

        progress.started(1);
        clock.advance(Duration.ofMinutes(1));
        progress.advanced("slow-feed.xml", new IngestCounts(300, 0, 0, 0, 0));
        progress.finished();

        assertThat(err.toString()).isEmpty();
    }
}
