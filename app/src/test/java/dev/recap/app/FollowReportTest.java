package dev.recap.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.ingest.IngestSummary;
import dev.recap.ingest.source.FeedStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FollowReportTest {

    private static final Instant NEXT = Instant.parse("2023-04-25T12:15:00Z");
    private final StringWriter text = new StringWriter();
    private final List<FeedStatus> statuses = new ArrayList<>();
    private final FollowReport report = new FollowReport(new PrintWriter(text), () -> List.copyOf(statuses));

    private static IngestSummary totals(int posts, int talks, int deadLetters) {
        return new IngestSummary(
                posts, talks, 0, 0, false, deadLetters, new TreeSet<>(), new TreeSet<>(), Duration.ZERO);
    }

    @Test
    void shouldPrintARoundThatPublishedAndStayQuietOtherwise() {
        statuses.add(new FeedStatus("https://blog.example.org/feed.xml", 0, null, NEXT));

        report.afterRound(totals(2, 5, 0));
        report.afterRound(totals(2, 5, 0));
        report.afterRound(totals(3, 6, 1));

        assertThat(text.toString().lines())
                .containsExactly(
                        "2 new post(s), 5 talk mention(s), 0 dead letter(s); 2 post(s) since the start",
                        "1 new post(s), 1 talk mention(s), 1 dead letter(s); 3 post(s) since the start");
    }

    @Test
    void shouldSayWhenAFeedFailsAgainAndWhenItRecovers() {
        statuses.add(new FeedStatus("https://blog.example.org/feed.xml", 1, "HTTP 503", NEXT));
        report.afterRound(totals(0, 0, 0));
        report.afterRound(totals(0, 0, 0));
        statuses.set(0, new FeedStatus("https://blog.example.org/feed.xml", 2, "HTTP 503", NEXT));
        report.afterRound(totals(0, 0, 0));
        statuses.set(0, new FeedStatus("https://blog.example.org/feed.xml", 0, null, NEXT));
        report.afterRound(totals(0, 0, 0));

        assertThat(text.toString().lines())
                .containsExactly(
                        "Feed https://blog.example.org/feed.xml failing (1 time(s)): HTTP 503; next attempt"
                                + " 2023-04-25T12:15:00Z",
                        "Feed https://blog.example.org/feed.xml failing (2 time(s)): HTTP 503; next attempt"
                                + " 2023-04-25T12:15:00Z",
                        "Feed https://blog.example.org/feed.xml reads again");
    }
}
