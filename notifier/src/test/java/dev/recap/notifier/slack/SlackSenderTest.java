package dev.recap.notifier.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.recap.events.Digest;
import dev.recap.notifier.TestDigests;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackSenderTest {

    private static final String PATH = "/services/T0001/B0002/s3cr3tT0k3n";
    private static final URI WEB = URI.create("https://recap.example/web/2023-W16.html");

    @TempDir
    Path out;

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final FakeTime time = new FakeTime();
    private final ObjectMapper json = new ObjectMapper();
    private SlackSender sender;

    @BeforeEach
    void start() {
        server.start();
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withBody("ok")));
        SlackWebhooks webhooks = SlackWebhooks.fromEnvironment(Map.of(
                "RECAP_SLACK_WEBHOOK_PLATFORM_TEAM", server.baseUrl() + PATH, "RECAP_SLACK_ALLOW_INSECURE", "true"));
        SlackWebhookClient client = new SlackWebhookClient(SlackClientSettings.defaults(), time, time);
        sender = SlackSender.posting(new SlackDigestMessages(25), webhooks, client);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldPostTheDigestInTheChannelsLocaleAndThemes() throws Exception {
        SlackDeliveryResult result = sender.send(
                TestDigests.standard(), SlackFixtures.channel("s1", "platform-team", "fr", "observability"), WEB);

        assertThat(result).isEqualTo(new SlackDeliveryResult(1, 1));
        List<ObjectNode> posted = posted();
        assertThat(posted).extracting(SlackFixtures::headerText).containsExactly("Recap — semaine 2023-W16");
        assertThat(SlackFixtures.sectionTexts(posted.get(0)))
                .containsExactly("*Observabilité*\n• " + TestDigests.OTEL_TITLE + " — Alice Doe (Acme), Bob Roe");
    }

    @Test
    void shouldPostEveryPartOfASplitDigestInOrder() throws Exception {
        Digest digest = SlackFixtures.longDigest(13, 25, 900);

        SlackDeliveryResult result = sender.send(digest, SlackFixtures.channel("s1", "platform-team", "en"), WEB);

        assertThat(result).isEqualTo(new SlackDeliveryResult(3, 3));
        assertThat(posted())
                .extracting(SlackFixtures::headerText)
                .containsExactly(
                        "Recap — week 2023-W16 (1/3)", "Recap — week 2023-W16 (2/3)", "Recap — week 2023-W16 (3/3)");
        assertThat(posted()).isEqualTo(new SlackDigestMessages(25).messages(digest, "en", Set.of(), WEB));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void shouldFailPermanentlyForAnUnknownChannel() {
        SlackDeliveryException e = catchThrowableOfType(
                SlackDeliveryException.class,
                () -> sender.send(TestDigests.standard(), SlackFixtures.channel("m1", "marketing", "en"), WEB));

        assertThat(e.permanent()).isTrue();
        assertThat(e.reason()).isEqualTo("unknown_channel");
        assertThat(e.getMessage())
                .isEqualTo("No Slack webhook is configured for channel 'marketing' (subscriber m1);"
                        + " set RECAP_SLACK_WEBHOOK_<NAME>");
        server.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldFailPermanentlyForASubscriberWithoutChannel() {
        SlackDeliveryException e = catchThrowableOfType(
                SlackDeliveryException.class,
                () -> sender.send(TestDigests.standard(), TestDigests.subscriber("ada", "en"), WEB));

        assertThat(e.permanent()).isTrue();
        assertThat(e.reason()).isEqualTo("no_channel");
        assertThat(e.getMessage()).isEqualTo("Subscriber ada names no Slack channel");
    }

    @Test
    void shouldWriteTheMessagesToTheOutboxWhenConfiguredSo() throws Exception {
        SlackSender writing = SlackSender.writing(new SlackDigestMessages(), new SlackOutbox(out));

        SlackDeliveryResult result =
                writing.send(TestDigests.standard(), SlackFixtures.channel("s1", "platform-team", "en"), WEB);

        assertThat(result).isEqualTo(new SlackDeliveryResult(1, 1));
        Path file = out.resolve("slack/2023-W16/platform-team.json");
        assertThat(json.readTree(Files.readString(file)))
                .isEqualTo(json.valueToTree(
                        new SlackDigestMessages().messages(TestDigests.standard(), "en", Set.of(), WEB)));
        server.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }

    private List<ObjectNode> posted() throws Exception {
        List<ObjectNode> payloads = new java.util.ArrayList<>();
        for (LoggedRequest request : server.findAll(postRequestedFor(urlEqualTo(PATH)))) {
            payloads.add((ObjectNode) json.readTree(request.getBodyAsString()));
        }
        return payloads;
    }
}
