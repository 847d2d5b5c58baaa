package dev.recap.ingest.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.recap.ingest.parse.FeedItem;
import dev.recap.ingest.parse.SkipReason;
import dev.recap.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {

    private static final Duration INTERVAL = Duration.ofMinutes(15);
    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final MutableClock clock = new MutableClock(Instant.parse("2023-04-18T08:00:00Z"));
    private FeedPoller poller;

    @BeforeEach
    void start() {
        server.start();
        SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults().withAllowPrivate(true));
        poller = new FeedPoller(fetcher, clock, INTERVAL, Duration.ofHours(6));
        poller.add(server.url("/feed.xml"));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldReturnOnlyItemsWhoseGuidThenLinkWasNotSeenBefore() throws Exception {
        serve(rss(item("g1", "https://b.example/1"), item("g2", "https://b.example/2")), "\"v1\"");
        List<FeedPoll> first = poller.pollDue();
        serve(
                rss(
                        item("g1", "https://b.example/1"),
                        item("g3", "https://b.example/2"),
                        item("g4", "https://b.example/4")),
                "\"v2\"");
        clock.advance(INTERVAL);

        List<FeedPoll> second = poller.pollDue();

        assertThat(guids(first)).containsExactly("g1", "g2");
        assertThat(guids(second)).containsExactly("g4");
    }

    @Test
    void shouldSendTheETagBackAndDoNothingOnNotModified() throws Exception {
        serve(rss(item("g1", "https://b.example/1")), "\"v1\"");
        poller.pollDue();
        server.stubFor(get("/feed.xml")
                .withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));
        clock.advance(INTERVAL);

        List<FeedPoll> polls = poller.pollDue();

        assertThat(polls).containsExactly(new FeedPoll.Unchanged(server.url("/feed.xml")));
    }

    @Test
    void shouldNotPollAFeedBeforeItIsDue() throws Exception {
        serve(rss(item("g1", "https://b.example/1")), "\"v1\"");
        poller.pollDue();
        clock.advance(INTERVAL.minusSeconds(1));

        List<FeedPoll> polls = poller.pollDue();

        assertThat(polls).isEmpty();
        server.verify(1, getRequestedFor(urlEqualTo("/feed.xml")));
    }

    @Test
    void shouldBackOffExponentiallyAfterFailuresAndWarnOnlyOnce() throws Exception {
        server.stubFor(get("/feed.xml").willReturn(aResponse().withStatus(503)));

        FeedPoll first = poller.pollDue().get(0);
        clock.advance(Duration.ofMinutes(30));
        FeedPoll second = poller.pollDue().get(0);
        clock.advance(Duration.ofMinutes(59));
        List<FeedPoll> tooEarly = poller.pollDue();

        assertThat(first)
                .isEqualTo(new FeedPoll.Failed(
                        server.url("/feed.xml"),
                        null,
                        SkipReason.FETCH_FAILED,
                        "HTTP 503 from " + server.url("/feed.xml"),
                        true));
        assertThat(((FeedPoll.Failed) second).newlyFailing()).isFalse();
        assertThat(tooEarly).isEmpty();
        assertThat(poller.statuses().get(0).failures()).isEqualTo(2);
        assertThat(poller.statuses().get(0).nextAttempt()).isEqualTo(Instant.parse("2023-04-18T09:30:00Z"));
    }

    @Test
    void shouldCapTheBackoff() {
        Duration backoff = poller.backoff(20);

        assertThat(backoff).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void shouldPollAgainAtTheNormalIntervalOnceRecovered() throws Exception {
        server.stubFor(get("/feed.xml").willReturn(aResponse().withStatus(500)));
        poller.pollDue();
        serve(rss(item("g1", "https://b.example/1")), "\"v1\"");
        clock.advance(Duration.ofMinutes(30));

        List<FeedPoll> polls = poller.pollDue();

        assertThat(guids(polls)).containsExactly("g1");
        assertThat(poller.statuses().get(0).failing()).isFalse();
        assertThat(poller.nextDue()).contains(Instant.parse("2023-04-18T08:45:00Z"));
    }

    private void serve(String body, String etag) {
        server.stubFor(get("/feed.xml").willReturn(aResponse().withBody(body).withHeader("ETag", etag)));
    }

    private static List<String> guids(List<FeedPoll> polls) {
        return polls.stream()
                .filter(FeedPoll.NewItems.class::isInstance)
                .flatMap(p -> ((FeedPoll.NewItems) p).items().stream())
                .map(FeedItem::guid)
                .toList();
    }

    private static String item(String guid, String link) {
        return "<item><title>Post " + guid + "</title><link>" + link + "</link><guid isPermaLink=\"false\">" + guid
                + "</guid><description>Text.</description></item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>https://b.example/</link>"
                + "<description>D</description>" + String.join("", items) + "</channel></rss>";
    }
}
