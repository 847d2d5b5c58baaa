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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SafeFetcherTest {

    /** For these tests 127.0.0.1 counts as public (it is where the stub listens) and only 10/8 as private. */
    private static final Function<InetAddress, String> TEN_IS_PRIVATE =
            address -> address.getHostAddress().startsWith("10.") ? "private" : null;

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
    void shouldRefuseAHostNameThatResolvesToLoopbackUnlessAllowed() {
        AddressGuard.Resolver resolver = host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        String url = "http://feeds.test:" + server.port() + "/feed.xml";

        assertThatThrownBy(() -> new SafeFetcher(FetchSettings.defaults(), resolver).fetch(url))
                .isInstanceOf(FetchException.class)
                .hasMessage("refused " + url + ": feeds.test resolves to 127.0.0.1, a loopback address"
                        + " (allow with --allow-private)")
                .matches(e -> ((FetchException) e).refused());
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldFetchAHostNameThatResolvesToLoopbackWhenAllowedSendingItsNameAsHost() throws Exception {
        server.stubFor(get("/feed.xml").willReturn(aResponse().withBody("<rss/>")));
        // only this resolver knows feeds.test: the request can only have gone to the address it answered
        AddressGuard.Resolver resolver = host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};

        Fetched.Body body = new SafeFetcher(local, resolver).fetch("http://feeds.test:" + server.port() + "/feed.xml");

        assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        server.verify(
                getRequestedFor(urlEqualTo("/feed.xml")).withHeader("Host", equalTo("feeds.test:" + server.port())));
    }

    @Test
    void shouldConnectToTheAddressItCheckedWithoutResolvingTheNameAgain() throws Exception {
        server.stubFor(get("/feed.xml").willReturn(aResponse().withBody("<rss/>")));
        // a rebinding name: public the first time, internal on every later lookup
        AtomicInteger lookups = new AtomicInteger();
        AddressGuard.Resolver rebinding = host ->
                new InetAddress[] {InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "10.0.0.1")};
        SafeFetcher fetcher = new SafeFetcher(
                FetchSettings.defaults(), new AddressGuard(false, rebinding, TEN_IS_PRIVATE), SafeFetcherTest::noTls);

        Fetched.Body body = fetcher.fetch("http://rebind.test:" + server.port() + "/feed.xml");

        assertThat(body.bytes()).isEqualTo("<rss/>".getBytes(StandardCharsets.UTF_8));
        assertThat(lookups).hasValue(1);
    }

    @Test
    void shouldCheckTheAddressAgainOnEveryRedirect() {
        server.stubFor(get("/start")
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", "http://internal.test:" + server.port() + "/internal")));
        AddressGuard.Resolver resolver = host ->
                new InetAddress[] {InetAddress.getByName(host.equals("internal.test") ? "10.0.0.1" : "127.0.0.1")};
        SafeFetcher fetcher = new SafeFetcher(
                FetchSettings.defaults(), new AddressGuard(false, resolver, TEN_IS_PRIVATE), SafeFetcherTest::noTls);

        assertThatThrownBy(() -> fetcher.fetch("http://public.test:" + server.port() + "/start"))
                .isInstanceOf(FetchException.class)
                .hasMessage("refused http://internal.test:" + server.port() + "/internal: internal.test resolves to"
                        + " 10.0.0.1, a private address (allow with --allow-private)");
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
    void shouldRefuseARedirectWithoutLocation() {
        server.stubFor(get("/moved").willReturn(aResponse().withStatus(302)));

        assertThatThrownBy(() -> new SafeFetcher(local).fetch(server.url("/moved")))
                .isInstanceOf(FetchException.class)
                .hasMessage("redirect without Location from " + server.url("/moved"));
    }

    @Test
    void shouldReportAnHttpErrorWithoutTheQueryString() {
        server.stubFor(
                get(urlEqualTo("/private?token=secret")).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> new SafeFetcher(local).fetch(server.url("/private?token=secret")))
                .isInstanceOf(FetchException.class)
                .hasMessage("HTTP 403 from " + server.url("/private") + "?…");
    }

    private static SSLSocketFactory noTls() {
        throw new AssertionError("these tests fetch over http");
    }
}
