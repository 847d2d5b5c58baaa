package dev.recap.notifier.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackWebhookClientTest {

    private static final String PATH = "/services/T0001/B0002/s3cr3tT0k3n";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final FakeTime time = new FakeTime();
    private final ObjectMapper json = new ObjectMapper();
    private SlackWebhook webhook;

    @BeforeEach
    void start() {
        server.start();
        URI url = URI.create(server.baseUrl() + PATH);
        webhook = new SlackWebhooks(Map.of("ops", url), true).find("ops").orElseThrow();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldPostJsonAndReturnTheParts() throws Exception {
        server.stubFor(post(PATH).willReturn(ok()));

        SlackDeliveryResult result = client().post(webhook, List.of(payload("one")));

        assertThat(result).isEqualTo(new SlackDeliveryResult(1, 1));
        assertThat(time.sleeps()).isEmpty();
        server.verify(
                1,
                postRequestedFor(urlEqualTo(PATH))
                        .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                        .withRequestBody(equalTo("{\"text\":\"one\"}")));
    }

    @Test
    void shouldWaitForRetryAfterWhenRateLimited() throws Exception {
        sequence(aResponse().withStatus(429).withHeader("Retry-After", "2").withBody("rate_limited"), ok());

        SlackDeliveryResult result = client().post(webhook, List.of(payload("one")));

        assertThat(result).isEqualTo(new SlackDeliveryResult(1, 2));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldWaitOneSecondWhenA429HasNoRetryAfter() throws Exception {
        sequence(aResponse().withStatus(429), ok());

        client().post(webhook, List.of(payload("one")));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void shouldCapALongRetryAfterAtTheConfiguredMaximum() throws Exception {
        sequence(aResponse().withStatus(429).withHeader("Retry-After", "600"), ok());
        SlackClientSettings settings = SlackClientSettings.defaults().withMaxRetryAfter(Duration.ofSeconds(30));

        client(settings).post(webhook, List.of(payload("one")));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void shouldRetryAServerErrorAfterTheBackoffDelay() throws Exception {
        sequence(aResponse().withStatus(500).withBody("internal_error"), ok());
        SlackClientSettings settings = SlackClientSettings.defaults().withRetries(4, Duration.ofSeconds(3));

        SlackDeliveryResult result = client(settings).post(webhook, List.of(payload("one")));

        assertThat(result).isEqualTo(new SlackDeliveryResult(1, 2));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldRetryAResetConnection() throws Exception {
        sequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());

        SlackDeliveryResult result = client().post(webhook, List.of(payload("one")));

        assertThat(result).isEqualTo(new SlackDeliveryResult(1, 2));
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldBackOffExponentiallyThenFailTemporarily() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(503).withBody("service_unavailable")));
        SlackClientSettings settings = SlackClientSettings.defaults().withRetries(4, Duration.ofSeconds(2));

        SlackDeliveryException e = catchThrowableOfType(
                SlackDeliveryException.class, () -> client(settings).post(webhook, List.of(payload("one"))));

        assertThat(e.permanent()).isFalse();
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.reason()).isEqualTo("service_unavailable");
        assertThat(e.getMessage())
                .isEqualTo("Slack webhook of channel ops (http://localhost:" + server.port()
                        + "/…) failed after 4 attempts on part 1/1: HTTP 503 service_unavailable");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        server.verify(4, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldFailAtOnceOnAnInvalidPayload() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(400).withBody("invalid_payload")));

        SlackDeliveryException e = catchThrowableOfType(
                SlackDeliveryException.class, () -> client().post(webhook, List.of(payload("one"))));

        assertThat(e.permanent()).isTrue();
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.reason()).isEqualTo("invalid_payload");
        assertThat(e.partsDelivered()).isZero();
        assertThat(e.getMessage()).contains("invalid_payload").doesNotContain("s3cr3t", "T0001");
        assertThat(time.sleeps()).isEmpty();
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldFailAtOnceWhenTheWebhookIsGone() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(404).withBody("no_service")));

        SlackDeliveryException e = catchThrowableOfType(
                SlackDeliveryException.class, () -> client().post(webhook, List.of(payload("one"))));

        assertThat(e.permanent()).isTrue();
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.reason()).isEqualTo("no_service");
        assertThat(e.getMessage()).endsWith("refused on part 1/1: HTTP 404 no_service");
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldPostEveryPartInOrderOneSecondApart() throws Exception {
        server.stubFor(post(PATH).willReturn(ok()));

        SlackDeliveryResult result =
                client().post(webhook, List.of(payload("part 1"), payload("part 2"), payload("part 3")));

        assertThat(result).isEqualTo(new SlackDeliveryResult(3, 3));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH))))
                .extracting(LoggedRequest::getBodyAsString)
                .containsExactly("{\"text\":\"part 1\"}", "{\"text\":\"part 2\"}", "{\"text\":\"part 3\"}");
    }

    @Test
    void shouldOnlyWaitTheRestOfTheSecondSinceTheLastPost() throws Exception {
        server.stubFor(post(PATH).willReturn(ok()));
        SlackWebhookClient client = client();
        client.post(webhook, List.of(payload("first digest")));
        time.advance(Duration.ofMillis(400));

        client.post(webhook, List.of(payload("second digest")));

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(600));
    }

    @Test
    void shouldReportHowManyPartsWereDeliveredBeforeAFailure() {
        sequence(ok(), aResponse().withStatus(410).withBody("channel_is_archived"));

        SlackDeliveryException e = catchThrowableOfType(
                SlackDeliveryException.class,
                () -> client().post(webhook, List.of(payload("part 1"), payload("part 2"))));

        assertThat(e.permanent()).isTrue();
        assertThat(e.reason()).isEqualTo("channel_is_archived");
        assertThat(e.partsDelivered()).isEqualTo(1);
        assertThat(e.getMessage()).endsWith("refused on part 2/2: HTTP 410 channel_is_archived");
    }

    @Test
    void shouldStopAndKeepTheInterruptFlagWhenInterruptedWhileWaiting() {
        server.stubFor(post(PATH).willReturn(ok()));
        Sleeper interrupted = duration -> {
            throw new InterruptedException("stop");
        };
        SlackWebhookClient client = new SlackWebhookClient(SlackClientSettings.defaults(), time, interrupted);

        SlackDeliveryException e = catchThrowableOfType(
                SlackDeliveryException.class, () -> client.post(webhook, List.of(payload("1"), payload("2"))));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(e.permanent()).isFalse();
        assertThat(e.reason()).isEqualTo("interrupted");
        assertThat(e.partsDelivered()).isEqualTo(1);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    private SlackWebhookClient client() {
        return client(SlackClientSettings.defaults());
    }

    private SlackWebhookClient client(SlackClientSettings settings) {
        return new SlackWebhookClient(settings, time, time);
    }

    private void sequence(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        server.stubFor(post(PATH)
                .inScenario("sequence")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first)
                .willSetStateTo("second"));
        server.stubFor(
                post(PATH).inScenario("sequence").whenScenarioStateIs("second").willReturn(then));
    }

    private static ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withBody("ok");
    }

    private ObjectNode payload(String text) {
        return json.createObjectNode().put("text", text);
    }
}
