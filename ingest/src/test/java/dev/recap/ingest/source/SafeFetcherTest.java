package dev.recap.ingest.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SafeFetcherTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final FetchSettings local = FetchSettings.defaults().withAllowPrivate(true);

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldFetchABodyWithItsValidatorsAndRecapUserAgent() throws Exception {
        server.stubFor(get("/feed.xml")
                .willReturn(aResponse()
                        .withBody("<rss/>")
                        .withHeader("ETag", "\"v1\"")
                        .withHeader("Last-Modified", "Tue, 18 Apr 2023 10:00:00 GMT")));

        Fetched.Body body = new SafeFetcher(local).fetch(server.url("/feed.xml"));

        assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(body.validators()).isEqualTo(new Fetched.Validators("\"v1\"", "Tue, 18 Apr 2023 10:00:00 GMT"));
        server.verify(
                getRequestedFor(urlEqualTo("/feed.xml")).withHeader("User-Agent", equalTo(FetchSettings.USER_AGENT)));
    }

    @Test
    void shouldAnswerNotModifiedWhenTheETagStillHolds() throws Exception {
        server.stubFor(get("/feed.xml")
                .withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));

        Fetched fetched = new SafeFetcher(local).fetch(server.url("/feed.xml"), new Fetched.Validators("\"v1\"", null));

        assertThat(fetched).isEqualTo(new Fetched.NotModified());
    }

    @Test
    void shouldFollowARedirect() throws Exception {
        server.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
        server.stubFor(get("/new").willReturn(aResponse().withBody("moved")));

        Fetched.Body body = new SafeFetcher(local).fetch(server.url("/old"));

        assertThat(body.bytes()).isEqualTo("moved".getBytes(StandardCharsets.UTF_8));
        assertThat(body.uri().getPath()).isEqualTo("/new");
    }

    @Test
    void shouldRefuseMoreRedirectsThanTheLimit() {
        for (int i = 0; i < 7; i++) {
            server.stubFor(
                    get("/r" + i).willReturn(aResponse().withStatus(302).withHeader("Location", "/r" + (i + 1))));
        }

        assertThatThrownBy(() -> new SafeFetcher(local).fetch(server.url("/r0")))
                .isInstanceOf(FetchException.class)
                .hasMessage("refused " + server.url("/r0") + ": more than 5 redirects");
        server.verify(6, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/r.*")));
    }

    @Test
    void shouldRefuseALoopbackAddressUnlessAllowed() {
        String url = "http://127.0.0.1:" + server.port() + "/feed.xml";

        assertThatThrownBy(() -> new SafeFetcher(FetchSettings.defaults()).fetch(url))
                .isInstanceOf(FetchException.class)
                .hasMessage("refused " + url + ": 127.0.0.1 resolves to 127.0.0.1, a loopback address"
                        + " (allow with --allow-private)")
                .matches(e -> ((FetchException) e).refused());
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldCheckTheAddressAgainOnEveryRedirect() {
        server.stubFor(get("/start")
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", "http://127.0.0.1:" + server.port() + "/internal")));
        // "localhost" passes as a public address here; the redirect target is a literal loopback address
        AddressGuard.Resolver resolver = host -> host.equals("localhost")
                ? new InetAddress[] {InetAddress.getByName("203.0.113.7")}
                : InetAddress.getAllByName(host);
        SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults(), resolver);

        assertThatThrownBy(() -> fetcher.fetch("http://localhost:" + server.port() + "/start"))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("127.0.0.1 resolves to 127.0.0.1, a loopback address");
        server.verify(1, getRequestedFor(urlEqualTo("/start")));
        server.verify(0, getRequestedFor(urlEqualTo("/internal")));
    }

    @Test
    void shouldRefuseANonHttpScheme() {
        assertThatThrownBy(() -> new SafeFetcher(local).fetch("file:///etc/passwd"))
                .isInstanceOf(FetchException.class)
                .hasMessage("refused file:///etc/passwd: only http and https URLs are fetched");
    }

    @Test
    void shouldStopReadingABodyOverTheCap() {
        server.stubFor(
                get("/big").willReturn(aResponse().withBody("x".repeat(2_000)).withChunkedDribbleDelay(4, 40)));

        assertThatThrownBy(() -> new SafeFetcher(local.withMaxBytes(1_000)).fetch(server.url("/big")))
                .isInstanceOf(FetchException.class)
                .hasMessage(server.url("/big") + " is larger than the cap of 1000 bytes");
    }

    @Test
    void shouldRefuseABodyDeclaredOverTheCap() {
        server.stubFor(get("/big").willReturn(aResponse().withBody("x".repeat(2_000))));

        assertThatThrownBy(() -> new SafeFetcher(local.withMaxBytes(1_000)).fetch(server.url("/big")))
                .isInstanceOf(FetchException.class)
                .hasMessage(server.url("/big") + " is larger than the cap of 1000 bytes");
    }

    @Test
    void shouldGiveUpOnAServerThatDoesNotAnswerInTime() {
        server.stubFor(get("/slow").willReturn(aResponse().withBody("late").withFixedDelay(3_000)));
        SafeFetcher fetcher = new SafeFetcher(local.withReadTimeout(Duration.ofMillis(300)));

        assertThatThrownBy(() -> fetcher.fetch(server.url("/slow")))
                .isInstanceOf(FetchException.class)
                .hasMessage("timed out fetching " + server.url("/slow") + " (no complete response within 300 ms)");
    }

    @Test
    void shouldReportAnHttpErrorWithoutTheQueryString() {
        server.stubFor(
                get(urlEqualTo("/private?token=secret")).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> new SafeFetcher(local).fetch(server.url("/private?token=secret")))
                .isInstanceOf(FetchException.class)
                .hasMessage("HTTP 403 from " + server.url("/private") + "?…");
    }
}
